extension CollaborationMap {
  /// The shortest chain of routes in use from one actor to each actor it can reach, following
  /// only the routes `follow` accepts.
  ///
  /// Breadth-first over active routes between active actors, in map order, so ties keep the
  /// order the map gives.
  public func shortestPaths(
    from start: String, following follow: (Route) -> Bool = { _ in true }
  ) -> [String: [Route]] {
    var paths: [String: [Route]] = [start: []]
    var queue = [start]
    var next = 0
    while next < queue.count {
      let current = queue[next]
      next += 1
      for route in routes(from: current)
      where isUsable(route) && follow(route) && paths[route.to] == nil {
        paths[route.to] = (paths[current] ?? []) + [route]
        queue.append(route.to)
      }
    }
    return paths
  }

  /// The chains of routes in use from one actor to another without visiting an actor twice,
  /// shortest first (equal lengths in map order), at most `limit` of them and at most
  /// `maximumLength` routes long.
  ///
  /// Searches depth-first one length at a time, never stepping to an actor farther from the goal
  /// than the routes left allow, so only routes that can still end at the goal are walked.
  public func paths(
    from start: String, to goal: String, limit: Int = 5, maximumLength: Int = 6
  ) -> [[Route]] {
    let graph = routeGraph
    guard limit > 0, let first = graph.numbers[start], let last = graph.numbers[goal],
      first != last
    else { return [] }
    let distance = graph.distances(to: last)
    guard let shortest = distance[first], shortest <= maximumLength else { return [] }
    var search = PathSearch(
      graph: graph, distance: distance, start: first, goal: last, limit: limit)
    for length in shortest...maximumLength where search.found.count < limit {
      search.walk(from: first, routesLeft: length)
    }
    return search.found.map { $0.map { routes[$0] } }
  }
}

/// One depth-first search for paths of a given length, pruned by the distance to the goal.
private struct PathSearch {
  let graph: RouteGraph
  let goal: Int
  let limit: Int
  let distance: [Int?]
  var onPath: [Bool]
  var path: [Int] = []
  var found: [[Int]] = []

  init(graph: RouteGraph, distance: [Int?], start: Int, goal: Int, limit: Int) {
    self.graph = graph
    self.goal = goal
    self.limit = limit
    self.distance = distance
    onPath = [Bool](repeating: false, count: graph.outgoing.count)
    onPath[start] = true
  }

  mutating func walk(from actor: Int, routesLeft: Int) {
    if actor == goal {
      if routesLeft == 0 { found.append(path) }
      return
    }
    for (route, next) in graph.outgoing[actor] where found.count < limit && !onPath[next] {
      guard let remaining = distance[next], remaining <= routesLeft - 1 else { continue }
      onPath[next] = true
      path.append(route)
      walk(from: next, routesLeft: routesLeft - 1)
      path.removeLast()
      onPath[next] = false
    }
  }
}
