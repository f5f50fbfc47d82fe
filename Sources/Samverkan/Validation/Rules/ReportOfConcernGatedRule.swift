/// No escalation ladder makes a report of concern one of its steps.
///
/// Checks that no ladder step's `escalate` route is a `report-of-concern` route. The duty to
/// report is personal and immediate: it is open at every step and never waits for a case to
/// climb a ladder, so a ladder that escalates by a report of concern suggests that earlier steps
/// must come first. The finding is about the ladder and points at the step's `escalate`.
///
/// Source: SoL (2025:400) 19 kap. 1 § (the duty is personal and immediate); domain.md rule 2 ("a routine may coordinate a report
/// but never block, delay or gate it behind escalation levels — it can happen at any step").
public struct ReportOfConcernGatedRule: MapRule {
  public let id = "report-of-concern-gated"
  public var summary: String { L10n.rules("report-of-concern-gated.summary") }
  public let source = "\(Citation.reportOfConcern.text); domain.md rule 2"
  public let kind = RuleKind.statutory
  public let defaultSeverity = Diagnostic.Severity.error

  public init() {}

  public func check(_ map: CollaborationMap) -> [Diagnostic] {
    let reports = Set(
      map.routes.filter { $0.channel == .reportOfConcern && $0.status != .ended }.map(\.id))
    var findings: [Diagnostic] = []
    for ladder in map.ladders {
      for step in ladder.steps {
        guard let escalate = step.escalate, reports.contains(escalate) else { continue }
        findings.append(
          finding(
            L10n.rules("report-of-concern-gated.message", step.id, ladder.id, escalate),
            at: step.source?.location(of: "escalate"), element: ladder.id,
            hint: L10n.rules("report-of-concern-gated.hint", escalate)))
      }
    }
    return findings
  }
}
