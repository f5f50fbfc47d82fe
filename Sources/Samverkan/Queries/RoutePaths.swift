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
  /// shortest first, at most `limit` of them and at most `maximumLength` routes long.
  public func paths(
    from start: String, to goal: String, limit: Int = 5, maximumLength: Int = 6
  ) -> [[Route]] {
    var found: [[Route]] = []
    // Breadth-first over partial paths, so shorter ones are found first.
    var frontier: [[Route]] = routes(from: start).filter(isUsable).map { [$0] }
    while !frontier.isEmpty, found.count < limit {
      var longer: [[Route]] = []
      for path in frontier {
        guard let last = path.last else { continue }
        if last.to == goal {
          found.append(path)
          if found.count == limit { break }
          continue
        }
        guard path.count < maximumLength else { continue }
        let visited = Set([start] + path.map(\.to))
        for route in routes(from: last.to) where isUsable(route) && !visited.contains(route.to) {
          longer.append(path + [route])
        }
        // Keep the search bounded on dense maps.
        if longer.count > 10_000 { break }
      }
      frontier = longer
    }
    return found
  }
}
