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

extension MapDiff {
  /// The difference in words, a section per kind of part, for `first` and `second`, the maps it
  /// was made from; one sentence when they agree.
  ///
  ///     Aktörer bara i Mölndals stad:
  ///       narvaroteam — Närvaroteam (planerad)
  public func text(first: CollaborationMap, second: CollaborationMap) -> String {
    var lines: [String] = []
    func section(_ title: String, _ items: [String]) {
      guard !items.isEmpty else { return }
      lines.append(title)
      lines += items.map { "  \($0)" }
    }
    func actor(_ actor: Actor) -> String {
      L10n.cli("diff.actor", actor.id, actor.name, actor.status.name)
    }
    func route(_ route: Route) -> String {
      L10n.cli("diff.route", route.from, route.to, route.channel.name)
    }
    func mandate(_ mandate: Mandate) -> String {
      L10n.cli(
        "diff.mandate", mandate.concerns.map(\.name).joined(separator: ", "),
        mandate.severities.map(\.name).joined(separator: "/"), mandate.ages.name, mandate.basis)
    }
    section(L10n.cli("diff.actors-only-in", first.name), actorsOnlyInFirst.map(actor))
    section(L10n.cli("diff.actors-only-in", second.name), actorsOnlyInSecond.map(actor))
    for changed in changedActors {
      section(
        L10n.cli("diff.mandates-differ", changed.id),
        changed.mandatesOnlyInFirst.map { "\(first.id): \(mandate($0))" }
          + changed.mandatesOnlyInSecond.map { "\(second.id): \(mandate($0))" })
    }
    section(L10n.cli("diff.routes-only-in", first.name), routesOnlyInFirst.map(route))
    section(L10n.cli("diff.routes-only-in", second.name), routesOnlyInSecond.map(route))
    return lines.isEmpty ? L10n.cli("diff.same") : lines.joined(separator: "\n")
  }
}
