/// The duty to report (orosanmälan): who must report, to whom, by which route, on what law.
///
/// Everyone working in schools, health care, social services and other bodies whose work concerns
/// children must report at once to social services when they know of or suspect that a child is
/// harmed; the duty is personal, needs no consent, overrides confidentiality and never waits for
/// a ladder (SoL 19 kap. 1 §, OSL 10 kap. 28 §; domain.md rule 2). Anyone else should report
/// (SoL 19 kap. 4 §).
extension CollaborationMap {
  /// Whether the route is a report of concern to social services that the map can use: active and
  /// ending at an active social-services actor, or, in a template, at an actor the including
  /// municipality defines.
  public func isReportOfConcern(_ route: Route) -> Bool {
    guard route.channel == .reportOfConcern, isUsable(route) else { return false }
    guard let receiver = actor(route.to) else { return kind == .template }
    return receiver.sector == .socialServices
  }

  /// The report-of-concern route the actor's staff use: the actor's own, or that of the nearest
  /// unit it belongs to; nil when the map shows none.
  public func reportRoute(for actor: Actor) -> Route? {
    for member in ancestry(of: actor) {
      if let route = routes(from: member.id).first(where: isReportOfConcern) { return route }
    }
    return nil
  }

  /// Whether the actor's staff are under the duty to report (SoL 19 kap. 1 §): everyone but the
  /// family, who should report (SoL 19 kap. 4 §).
  public func mustReport(_ actor: Actor) -> Bool { actor.sector != .family }

  /// Whether the map must show the actor's report route, itself or through a unit above it:
  /// school organisations and units, and health-care units for children. Functions report through
  /// their unit; social services receive the reports.
  public func mustShowReportRoute(_ actor: Actor) -> Bool {
    guard actor.status == .active, actor.acute == nil else { return false }
    switch actor.sector {
    case .school: return actor.kind == .organisation || actor.kind == .unit
    case .healthCare: return actor.kind == .unit && actor.mandates.contains { $0.ages.lower < 18 }
    case .socialServices, .family, .other: return false
    }
  }

  /// The law that lets a report pass: the route's provision, or the reporting duty.
  public func reportProvision(of route: Route) -> String {
    if case .provision(let law) = route.sharing { return law }
    return Citation.reportingDuty
  }

  /// The law that puts the reporting duty on the actor: SoL 19 kap. 1 § for professionals,
  /// 19 kap. 4 § (should report) for the family.
  public func reportingLaw(for actor: Actor) -> String {
    mustReport(actor) ? Citation.reportingDuty : Citation.reportOfConcernOthers.text
  }
}
