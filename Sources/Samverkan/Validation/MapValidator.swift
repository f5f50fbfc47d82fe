import Foundation
import Synchronization

/// Runs rules over a map and returns their findings, errors first, then by position.
///
/// Which rules run and at which severity follows the map's `rules:` block, with the settings of
/// the run laid over it; a finding on an element the map suppresses (with a reason) is dropped.
/// A template (`kind: template`) is checked for what it says, not for what it leaves to the
/// municipalities that include it: local rules do not run on it alone.
public struct MapValidator: Sendable {
  /// Every rule samverkan knows, in the order `samverkan rules` lists them.
  public static let allRules: [any MapRule] = [
    // The map's structure.
    DuplicateIDRule(), UnknownReferenceRule(), ParentCycleRule(), LadderCycleRule(),
    LadderStepWithoutRouteRule(),
    // The law.
    ReportOfConcernRule(), ReportOfConcernConsentRule(), ReportOfConcernGatedRule(),
    ConfidentialityCrossingRule(), HealthSocialProvisionRule(), SIPConsentRule(),
    SIPConveningRule(), SIPInitiativeRule(), OutdatedCitationRule(),
    // Routines, agreements and the failure patterns the sources describe.
    FirstLineBeforeBUPRule(), UnreachableActorRule(), NoWayOutRule(),
    LadderEndWithoutMandateRule(), MissingContactRule(), PersonDependentContactRule(),
    CoverageRule(), StaleMapRule(), FutureReviewDateRule(), AcuteWayMissingRule(),
    OneWayCollaborationRule(), IsolatedFunctionRule(), MandateUnreachableRule(),
    ForumAsRouteRule(), NoReachableContactRule(),
  ]

  /// The id of findings about the `rules:` block itself.
  public static let settingsRule = "rule-settings"

  public var rules: [any MapRule]
  /// The settings of this run; they win over the map's own.
  public var settings: RuleSettings

  public init(rules: [any MapRule] = MapValidator.allRules, settings: RuleSettings = RuleSettings())
  {
    self.rules = rules
    self.settings = settings
  }

  /// The findings of several maps, checked on every core; in the order of `maps`.
  public func validate(_ maps: [CollaborationMap]) -> [[Diagnostic]] {
    let results = Mutex([[Diagnostic]](repeating: [], count: maps.count))
    // The threads do not inherit the task's language; findings are worded in the caller's.
    let language = Language.current
    DispatchQueue.concurrentPerform(iterations: maps.count) { index in
      let findings = Language.$override.withValue(language) { validate(maps[index]) }
      results.withLock { $0[index] = findings }
    }
    return results.withLock { $0 }
  }

  /// The findings of one map, its rules one after another (`validate(_:)` of several maps uses
  /// every core).
  public func validate(_ map: CollaborationMap) -> [Diagnostic] {
    let effective = map.rules.overridden(by: settings)
    let preset = effective.preset ?? .recommended
    let running = rules.filter { rule in
      let level = effective.levels[rule.id]
      return level != .off && (preset.includes(rule) || level != nil)
        && (map.kind != .template || rule.kind != .local)
    }
    var findings = checkSettings(effective)
    var used = Set<Int>()
    let ran = Set(running.map(\.id))
    for rule in running {
      let level = effective.levels[rule.id]
      for var finding in rule.check(map) {
        if let severity = level?.severity { finding.severity = severity }
        if let index = effective.suppressions.firstIndex(where: {
          $0.rule == finding.rule && $0.element == finding.element
        }) {
          used.insert(index)
          continue
        }
        findings.append(finding)
      }
    }
    for (index, suppression) in effective.suppressions.enumerated()
    where !used.contains(index) && ran.contains(suppression.rule) {
      findings.append(
        Diagnostic(
          .warning, rule: Self.settingsRule,
          message: L10n.rules(
            "rule-settings.unused-suppression", suppression.rule, suppression.element),
          location: suppression.source?.element,
          hint: L10n.rules("rule-settings.unused-suppression.hint")))
    }
    return findings.sorted(by: Self.order)
  }

  /// Findings about rule ids in the settings that no rule has.
  private func checkSettings(_ settings: RuleSettings) -> [Diagnostic] {
    let known = Set(Self.allRules.map(\.id) + rules.map(\.id)).sorted()
    func unknown(_ id: String, at location: SourceLocation?) -> Diagnostic {
      Diagnostic(
        .error, rule: Self.settingsRule, message: L10n.rules("rule-settings.unknown-rule", id),
        location: location,
        hint: id.closestMatch(in: known).map { L10n.rules("rule-settings.did-you-mean", $0) }
          ?? L10n.rules("rule-settings.list-rules"))
    }
    var findings = settings.levels.keys.sorted().filter { !known.contains($0) }.map {
      unknown($0, at: settings.source?.location(of: "severity"))
    }
    for suppression in settings.suppressions where !known.contains(suppression.rule) {
      findings.append(unknown(suppression.rule, at: suppression.source?.location(of: "rule")))
    }
    return findings
  }

  private static func order(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
    if lhs.severity != rhs.severity { return lhs.severity > rhs.severity }
    let l = lhs.location
    let r = rhs.location
    return (l?.file ?? "", l?.line ?? 0, l?.column ?? 0) < (
      r?.file ?? "", r?.line ?? 0, r?.column ?? 0
    )
  }
}
