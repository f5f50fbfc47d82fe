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

  /// Whether an actor may be an intermediate step of a path: it is in place and holds a case
  /// when it is handed one. A forum or reference group takes no individual cases, and the family
  /// is where a case begins, not a professional who passes it on: a path that sends the school's
  /// question through the guardians hides who holds the case. Both may start or end a path.
  public func isSteppingStone(_ actor: Actor) -> Bool {
    actor.kind != .forum && actor.sector != .family && actor.status == .active
  }
}
