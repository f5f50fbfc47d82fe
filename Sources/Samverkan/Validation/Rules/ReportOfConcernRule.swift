/// Every school and every health-care unit for children has a way to report concern to social
/// services.
///
/// Checks that each actor the law says must show a report route
/// (`CollaborationMap.mustShowReportRoute`: school organisations and units, health-care units for
/// children) has one (`CollaborationMap.reportRoute(for:)`: a usable report of concern to social
/// services, its own or that of a unit above it; in a template, to an actor the including
/// municipality defines). Functions (roles) are covered by the unit they belong to; `who` and
/// `case` use the same route. Whether such a route may need consent is
/// `report-of-concern-consent`; whether a ladder gates it is `report-of-concern-gated`.
///
/// Source: the duty to report (orosanmälan) of everyone working in schools, health care and
/// social services: SoL (2025:400) 19 kap. 1 § together with OSL 10 kap. 28 §; Skollagen
/// 29 kap. 13 §; domain.md rule 2.
public struct ReportOfConcernRule: MapRule {
  public let id = "report-of-concern"
  public var summary: String { L10n.rules("report-of-concern.summary") }
  public let source = "\(Citation.reportingDuty); domain.md rule 2"
  public let kind = RuleKind.statutory
  public let defaultSeverity = Diagnostic.Severity.error

  public init() {}

  public func check(_ map: CollaborationMap) -> [Diagnostic] {
    map.actors.filter { map.mustShowReportRoute($0) && map.reportRoute(for: $0) == nil }.map {
      actor in
      let message =
        actor.sector == .school
        ? L10n.rules("report-of-concern.school", actor.id)
        : L10n.rules("report-of-concern.health-care", actor.id)
      return finding(
        message, at: actor.source?.location(of: "id"), element: actor.id,
        hint: L10n.rules("report-of-concern.hint", actor.id, Citation.reportingDuty))
    }
  }
}
