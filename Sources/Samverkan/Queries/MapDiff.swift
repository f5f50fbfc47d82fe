/// What one map has that another lacks: actors by id, their mandates, and routes by who contacts
/// whom through which channel — so a municipality can see what its neighbour has built.
public struct MapDiff: Sendable {
  /// An actor both maps have, with mandates only one of them gives it.
  public struct ChangedActor: Sendable, Hashable {
    public var id: String
    public var mandatesOnlyInFirst: [Mandate]
    public var mandatesOnlyInSecond: [Mandate]
  }

  public var actorsOnlyInFirst: [Actor]
  public var actorsOnlyInSecond: [Actor]
  public var changedActors: [ChangedActor]
  public var routesOnlyInFirst: [Route]
  public var routesOnlyInSecond: [Route]

  /// Whether the maps have the same actors, mandates and routes.
  public var isEmpty: Bool {
    actorsOnlyInFirst.isEmpty && actorsOnlyInSecond.isEmpty && changedActors.isEmpty
      && routesOnlyInFirst.isEmpty && routesOnlyInSecond.isEmpty
  }

  public init(_ first: CollaborationMap, _ second: CollaborationMap) {
    actorsOnlyInFirst = first.actors.filter { second.actor($0.id) == nil }
    actorsOnlyInSecond = second.actors.filter { first.actor($0.id) == nil }
    changedActors = first.actors.compactMap { actor in
      guard let other = second.actor(actor.id) else { return nil }
      let onlyFirst = actor.mandates.filter { !other.mandates.contains($0) }
      let onlySecond = other.mandates.filter { !actor.mandates.contains($0) }
      guard !onlyFirst.isEmpty || !onlySecond.isEmpty else { return nil }
      return ChangedActor(
        id: actor.id, mandatesOnlyInFirst: onlyFirst, mandatesOnlyInSecond: onlySecond)
    }
    func key(_ route: Route) -> String { "\(route.from)\u{0}\(route.to)\u{0}\(route.channel)" }
    let firstKeys = Set(first.routes.map(key))
    let secondKeys = Set(second.routes.map(key))
    routesOnlyInFirst = first.routes.filter { !secondKeys.contains(key($0)) }
    routesOnlyInSecond = second.routes.filter { !firstKeys.contains(key($0)) }
  }
}
