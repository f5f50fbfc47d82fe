/// The actor of a ladder's last step has a mandate for the ladder's concern.
///
/// The last step is where the case ends up when nothing else helped; an actor there without a
/// mandate for the concern cannot act on it. Any severity and any age count: this rule asks only
/// whether the mandate is there at all (`coverage` checks severities and ages). The actor's status
/// is not looked at here, and a step actor the map does not define is left to
/// `unknown-reference`.
///
/// Source: domain.md rule 8 (mandates must be visible; seed 001, Mölndal's eight factors:
/// "Synliggör varandras uppdrag, kapacitet och tydliggör mandat").
public struct LadderEndWithoutMandateRule: MapRule {
  public let id = "ladder-end-without-mandate"
  public var summary: String { L10n.rules("ladder-end-without-mandate.summary") }
  public let source = "seed 001 (\"tydliggör mandat\"); domain.md rule 8"
  public let kind = RuleKind.local
  public let defaultSeverity = Diagnostic.Severity.warning

  public init() {}

  public func check(_ map: CollaborationMap) -> [Diagnostic] {
    var findings: [Diagnostic] = []
    for ladder in map.ladders {
      guard let last = ladder.steps.last, let actor = map.actor(last.actor),
        !actor.mandates.contains(where: { $0.covers(ladder.concern) })
      else { continue }
      findings.append(
        finding(
          L10n.rules(
            "ladder-end-without-mandate.message", ladder.id, actor.id, ladder.concern.name,
            ladder.concern.rawValue),
          at: last.source?.location(of: "actor"), element: ladder.id,
          hint: L10n.rules(
            "ladder-end-without-mandate.hint", ladder.concern.rawValue, actor.id)))
    }
    return findings
  }
}
