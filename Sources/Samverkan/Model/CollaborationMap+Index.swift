import Synchronization

extension CollaborationMap {
  /// The first actor with this id.
  public func actor(_ id: String) -> Actor? { index.actors[id].map { actors[$0] } }

  /// The first route with this id.
  public func route(_ id: String) -> Route? { index.routes[id].map { routes[$0] } }

  /// The actors whose `parent` is `id`, in map order.
  public func children(of id: String) -> [Actor] { (index.children[id] ?? []).map { actors[$0] } }

  /// The actor followed by the units and organisations it belongs to, nearest first; stops at a
  /// parent the map does not define or at a cycle.
  public func ancestry(of actor: Actor) -> [Actor] {
    var chain = [actor]
    var seen: Set<String> = [actor.id]
    var current = actor
    while let parentID = current.parent, seen.insert(parentID).inserted,
      let parent = self.actor(parentID)
    {
      chain.append(parent)
      current = parent
    }
    return chain
  }

  /// The routes that start at actor `id`, in map order.
  public func routes(from id: String) -> [Route] { (index.outgoing[id] ?? []).map { routes[$0] } }

  /// The routes that end at actor `id`, in map order.
  public func routes(to id: String) -> [Route] { (index.incoming[id] ?? []).map { routes[$0] } }

  /// The routes in use as a graph of numbered actors.
  var routeGraph: RouteGraph { index.routeGraph }

  private var index: MapIndex { indexCache.index(for: self) }
}

/// Positions of actors and routes by id, so lookups stay constant-time on national-size maps.
/// One shared instance per map: reading it costs a reference, not a copy of its tables.
final class MapIndex: Sendable {
  let actors: [String: Int]
  let routes: [String: Int]
  let children: [String: [Int]]
  let outgoing: [String: [Int]]
  let incoming: [String: [Int]]
  let routeGraph: RouteGraph

  init(_ map: CollaborationMap) {
    var actors: [String: Int] = [:]
    var routes: [String: Int] = [:]
    var children: [String: [Int]] = [:]
    var outgoing: [String: [Int]] = [:]
    var incoming: [String: [Int]] = [:]
    for (position, actor) in map.actors.enumerated() {
      if actors[actor.id] == nil { actors[actor.id] = position }
      if let parent = actor.parent { children[parent, default: []].append(position) }
    }
    for (position, route) in map.routes.enumerated() {
      if routes[route.id] == nil { routes[route.id] = position }
      outgoing[route.from, default: []].append(position)
      incoming[route.to, default: []].append(position)
    }
    (self.actors, self.routes, self.children) = (actors, routes, children)
    (self.outgoing, self.incoming) = (outgoing, incoming)
    routeGraph = RouteGraph(
      map, isUsable: { CollaborationMap.isUsable($0) { actors[$0].map { map.actors[$0].status } } }
    )
  }
}

/// Holds a map's index once it is first needed; a map gets a new, empty cache when it changes.
final class MapIndexCache: Sendable {
  private let storage = Mutex<MapIndex?>(nil)

  func index(for map: CollaborationMap) -> MapIndex {
    storage.withLock { stored in
      if let stored { return stored }
      let index = MapIndex(map)
      stored = index
      return index
    }
  }
}
