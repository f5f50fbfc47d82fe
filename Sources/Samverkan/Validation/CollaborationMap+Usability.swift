extension CollaborationMap {
  /// Whether a route is in use today: active, between actors that are neither planned nor ended.
  /// An end the map does not define counts as usable; `unknown-reference` reports it.
  public func isUsable(_ route: Route) -> Bool {
    route.status == .active
      && (actor(route.from)?.status ?? .active) == .active
      && (actor(route.to)?.status ?? .active) == .active
  }
}
