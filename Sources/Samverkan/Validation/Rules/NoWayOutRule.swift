/// An actor that cases reach can pass them on: an active actor with a usable route in has a
/// usable route out.
///
/// An actor that receives a case but can contact nobody is a dead end: it cannot report a concern,
/// request a SIP or hand the case back. A route is usable when its own status is `active` and
/// neither end is a `planned` or `ended` actor (a route to a planned team does not lead anywhere
/// yet); an end the map does not define counts as usable and is left to `unknown-reference`.
///
/// Skipped: actors that are not `active`, and the family (`sector: family`), whose own contacts
/// the map need not list. Pure containers (an actor with children and no route of its own, drawn
/// as a cluster) have no route in, so they are never reported.
///
/// Source: seed 000 and 002, "vem man ska kontakta" — nobody knows whom to contact; domain.md
/// rule 2 (everyone whose work concerns children must be able to report to social services).
public struct NoWayOutRule: MapRule {
  public let id = "no-way-out"
  public var summary: String { L10n.rules("no-way-out.summary") }
  public let source = "seed 000, 002 (\"vem man ska kontakta\"); domain.md rule 2"
  public let kind = RuleKind.local
  public let defaultSeverity = Diagnostic.Severity.warning

  public init() {}

  public func check(_ map: CollaborationMap) -> [Diagnostic] {
    var findings: [Diagnostic] = []
    for actor in map.actors where actor.status == .active && actor.sector != .family {
      let outgoing = map.routes(from: actor.id)
      guard let first = map.routes(to: actor.id).first(where: { map.isUsable($0) }),
        !outgoing.contains(where: { map.isUsable($0) })
      else { continue }
      let planned = outgoing.filter { $0.status != .ended }
      let note = planned.isEmpty ? "" : L10n.rules("no-way-out.not-in-use", list(planned))
      findings.append(
        finding(
          L10n.rules("no-way-out.message", actor.id, first.id, note),
          at: actor.source?.element, element: actor.id,
          hint: L10n.rules("no-way-out.hint", actor.id)))
    }
    return findings
  }

  private func list(_ routes: [Route]) -> String {
    routes.map { "'\($0.id)'" }.joined(separator: ", ")
  }

}
