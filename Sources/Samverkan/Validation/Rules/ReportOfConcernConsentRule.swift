/// A report of concern never waits for consent.
///
/// Checks that no route of channel `report-of-concern` (unless ended) has `consent: required`:
/// the duty to report overrides confidentiality and needs nobody's consent. Anonymous
/// consultation without naming the child is a `consultation` route, not a report.
///
/// Source: SoL (2025:400) 19 kap. 1 § together with OSL 10 kap. 28 § (a duty to inform breaks
/// confidentiality); domain.md rule 2 ("It needs no consent and overrides confidentiality").
public struct ReportOfConcernConsentRule: MapRule {
  public let id = "report-of-concern-consent"
  public var summary: String { L10n.rules("report-of-concern-consent.summary") }
  public let source = "\(Citation.reportingDuty); domain.md rule 2"
  public let kind = RuleKind.statutory
  public let defaultSeverity = Diagnostic.Severity.error

  public init() {}

  public func check(_ map: CollaborationMap) -> [Diagnostic] {
    map.routes.filter {
      $0.status != .ended && $0.channel == .reportOfConcern && $0.sharing == .consentRequired
    }.map { route in
      finding(
        L10n.rules("report-of-concern-consent.message", route.id),
        at: route.source?.location(of: "consent"), element: route.id,
        hint: L10n.rules("report-of-concern-consent.hint", Citation.reportingDuty))
    }
  }
}
