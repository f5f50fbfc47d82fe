/// For every concern a ladder climbs, some active actor has a mandate at every severity and every
/// school age.
///
/// School ages are 6 to 19 (förskoleklass to the end of gymnasieskolan). Gaps are reported per
/// concern as runs of ages with the same missing severities, e.g. "no active actor has a mandate
/// for psykisk ohälsa (mental-health), severe, ages 18–19". Only `active` actors count: a
/// `planned` team covers nobody yet. A mandate without `ages` covers 0–17 (the format's default),
/// so ages 18–19 need a mandate that says so. A concern used by several ladders is reported once,
/// at the `concern` of the first of them, with that ladder as the element.
///
/// Source: domain.md rule 8 (mandates must be visible; seed 001: "Synliggör varandras uppdrag,
/// kapacitet och tydliggör mandat"); seed 000 and 002 on the gaps between the first line, BUP and
/// the ages they take.
public struct CoverageRule: MapRule {
  public let id = "coverage"
  public var summary: String { L10n.rules("coverage.summary") }
  public let source = "seed 001 (\"tydliggör mandat\"), 000, 002; domain.md rule 8"
  public let kind = RuleKind.local
  public let defaultSeverity = Diagnostic.Severity.info

  /// The ages of pupils in school, förskoleklass to gymnasieskolan.
  public static let schoolAges = 6...19

  public init() {}

  public func check(_ map: CollaborationMap) -> [Diagnostic] {
    let mandates = map.actors.filter { $0.status == .active }.flatMap(\.mandates)
    var seen: Set<Concern> = []
    var findings: [Diagnostic] = []
    for ladder in map.ladders where seen.insert(ladder.concern).inserted {
      let concern = ladder.concern
      for gap in gaps(for: concern, in: mandates) {
        let ages =
          gap.ages.count == 1
          ? L10n.rules("coverage.age", String(gap.ages.lowerBound))
          : L10n.rules(
            "coverage.ages", String(gap.ages.lowerBound), String(gap.ages.upperBound))
        let severities = Self.listed(gap.severities.map(\.name))
        findings.append(
          finding(
            L10n.rules("coverage.message", concern.name, concern.rawValue, severities, ages),
            at: ladder.source?.location(of: "concern"), element: ladder.id,
            hint: L10n.rules("coverage.hint")))
      }
    }
    return findings
  }

  /// Runs of school ages with the same non-empty set of uncovered severities.
  private func gaps(
    for concern: Concern, in mandates: [Mandate]
  ) -> [(ages: ClosedRange<Int>, severities: [Severity])] {
    var runs: [(ages: ClosedRange<Int>, severities: [Severity])] = []
    for age in Self.schoolAges {
      let missing = Severity.allCases.filter { severity in
        !mandates.contains { $0.covers(concern, severity: severity, age: age) }
      }
      if let last = runs.last, last.severities == missing, last.ages.upperBound == age - 1 {
        runs[runs.count - 1].ages = last.ages.lowerBound...age
      } else if !missing.isEmpty {
        runs.append((age...age, missing))
      }
    }
    return runs
  }
}
