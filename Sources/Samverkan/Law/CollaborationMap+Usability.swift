extension CollaborationMap {
  /// Whether a route is in use today: active, between actors that are neither planned nor ended.
  /// An end the map does not define counts as usable; `unknown-reference` reports it.
  public func isUsable(_ route: Route) -> Bool {
    Self.isUsable(route) { actor($0)?.status }
  }

  /// Whether a route is in use, given the status of each end (nil for an actor the map lacks).
  static func isUsable(_ route: Route, status: (String) -> Status?) -> Bool {
    route.status == .active
      && (status(route.from) ?? .active) == .active
      && (status(route.to) ?? .active) == .active
  }

  /// Whether an actor may be an intermediate step of a path: it takes individual cases (a forum
  /// or reference group does not) and is in place.
  public func isSteppingStone(_ actor: Actor) -> Bool {
    actor.kind != .forum && actor.status == .active
  }
}
