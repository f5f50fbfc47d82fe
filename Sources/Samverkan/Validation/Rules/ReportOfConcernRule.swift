/// Every school and every health-care unit for children has a way to report concern to social
/// services.
///
/// Checks that each active school-sector actor of kind `organisation` or `unit`, and each active
/// health-care actor of kind `unit` with a mandate for ages under 18, has an active route of
/// channel `report-of-concern` to a social-services actor, either itself or through an actor
/// above it in its `parent` chain. In a template, a report-of-concern route to an actor the
/// template leaves to the including municipality (such as `socialtjanst`) counts. Functions
/// (roles) are covered by the unit they belong to. Whether such a route may need consent is
/// `report-of-concern-consent`; whether a ladder gates it is `report-of-concern-gated`.
///
/// Source: the duty to report (orosanmälan) of everyone working in schools, health care and
/// social services: Socialtjänstlagen (2001:453) 14 kap. 1 § together with OSL 10 kap. 28 §,
/// kept by the new Socialtjänstlagen (2025:400); Skollagen 29 kap. 13 §; domain.md rule 2.
public struct ReportOfConcernRule: MapRule {
  public let id = "report-of-concern"
  public let summary =
    "every school and children's health-care unit has a report-of-concern route to social services"
  public let source =
    "SoL (2001:453) 14 kap. 1 § with OSL 10 kap. 28 §, kept by the new Socialtjänstlagen "
    + "(2025:400); domain.md rule 2"
  public let kind = RuleKind.statutory
  public let defaultSeverity = Diagnostic.Severity.error

  public init() {}

  public func check(_ map: CollaborationMap) -> [Diagnostic] {
    let reporters = Set(
      map.routes.filter { route in
        guard route.status == .active, route.channel == .reportOfConcern else { return false }
        guard let receiver = map.actor(route.to) else { return map.kind == .template }
        return receiver.status == .active && receiver.sector == .socialServices
      }.map(\.from))
    var findings: [Diagnostic] = []
    for actor in map.actors where actor.status == .active && Self.mustReport(actor) {
      if map.ancestry(of: actor).contains(where: { reporters.contains($0.id) }) { continue }
      let who = actor.sector == .school ? "school" : "children's health-care unit"
      findings.append(
        finding(
          "\(who) '\(actor.id)' has no report-of-concern route to social services, "
            + "neither itself nor through an actor above it",
          at: actor.source?.location(of: "id"), element: actor.id,
          hint:
            "add a route from '\(actor.id)' (or its organisation) to social services with "
            + "'channel: report-of-concern', 'consent: not-required' and "
            + "'provision: SoL 14 kap. 1 §, OSL 10 kap. 28 §'"))
    }
    return findings
  }

  /// Whether the duty to report must show as a route from this actor or one above it.
  private static func mustReport(_ actor: Actor) -> Bool {
    switch actor.sector {
    case .school: actor.kind == .organisation || actor.kind == .unit
    case .healthCare: actor.kind == .unit && actor.mandates.contains { $0.ages.lower < 18 }
    case .socialServices, .family, .other: false
    }
  }
}
