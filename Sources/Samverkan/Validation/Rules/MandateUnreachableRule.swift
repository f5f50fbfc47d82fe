/// An actor that holds a mandate can be reached by a lawful path from another actor.
///
/// Checks every active actor with a mandate, except the family and the acute way: some other
/// actor, outside the ones it belongs to, must reach it by the path search's law (contact-opening
/// routes through actors that take cases, the last route one that reaches its receiver). Without
/// one, `who` can name the actor only as "no route — the map lacks one".
///
/// Source: seed 000 and 002 ("vem man ska kontakta"); domain.md "What is not a way to reach
/// someone".
public struct MandateUnreachableRule: MapRule {
  public let id = "mandate-unreachable"
  public var summary: String { L10n.rules("mandate-unreachable.summary") }
  public let source = "seed 000, 002 (\"vem man ska kontakta\"); domain.md"
  public let kind = RuleKind.local
  public let defaultSeverity = Diagnostic.Severity.warning

  public init() {}

  public func check(_ map: CollaborationMap) -> [Diagnostic] {
    let graph = map.routeGraph
    var findings: [Diagnostic] = []
    for actor in map.actors
    where actor.status == .active && !actor.mandates.isEmpty && actor.sector != .family
      && actor.acute == nil
    {
      let own = Set(map.ancestry(of: actor).compactMap { graph.numbers[$0.id] })
      if let goal = graph.numbers[actor.id] {
        let distance = graph.distances(to: goal, anyLastRoute: true) {
          map.routes[$0].channel.reachesReceiver
        }
        if distance.indices.contains(where: { !own.contains($0) && distance[$0] != nil }) {
          continue
        }
      }
      findings.append(
        finding(
          L10n.rules("mandate-unreachable.message", actor.id), at: actor.source?.element,
          element: actor.id, hint: L10n.rules("mandate-unreachable.hint", actor.id)))
    }
    return findings
  }
}
