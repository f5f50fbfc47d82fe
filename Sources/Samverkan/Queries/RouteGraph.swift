/// The routes in use, as numbered actors and the routes out of each: what path searches walk.
struct RouteGraph: Sendable {
  /// An actor's number by id; every id a usable route names has one.
  var numbers: [String: Int] = [:]
  /// Per actor number, the usable routes out of it: the route's position in the map and the
  /// number of the actor it leads to, in map order.
  var outgoing: [[(route: Int, to: Int)]] = []
  /// Per actor number, the actors with a usable route into it.
  var incoming: [[Int]] = []

  init(_ map: CollaborationMap, isUsable: (Route) -> Bool) {
    for (position, route) in map.routes.enumerated() where isUsable(route) {
      let from = number(of: route.from)
      let to = number(of: route.to)
      outgoing[from].append((position, to))
      incoming[to].append(from)
    }
  }

  private mutating func number(of id: String) -> Int {
    if let number = numbers[id] { return number }
    numbers[id] = outgoing.count
    outgoing.append([])
    incoming.append([])
    return outgoing.count - 1
  }

  /// How many routes each actor is from `goal` at the least; nil where it cannot reach it.
  func distances(to goal: Int) -> [Int?] {
    var distance = [Int?](repeating: nil, count: outgoing.count)
    distance[goal] = 0
    var queue = [goal]
    var next = 0
    while next < queue.count {
      let current = queue[next]
      next += 1
      for from in incoming[current] where distance[from] == nil {
        distance[from] = (distance[current] ?? 0) + 1
        queue.append(from)
      }
    }
    return distance
  }
}
