/// The routes in use as numbered actors and the routes out of each: what path searches walk.
///
/// Built once per map (see `CollaborationMap+Index.swift`). Each edge knows whether its route
/// opens a contact, and each actor whether it may be an intermediate step, so a search follows
/// the law without looking anything up.
struct RouteGraph: Sendable {
  /// One usable route: its position in the map, the actor it leads to, whether it opens a contact.
  struct Edge: Sendable {
    var route: Int
    var to: Int
    var opensContact: Bool
  }

  /// An actor's number by id; every id a usable route names has one.
  var numbers: [String: Int] = [:]
  /// Per actor number, the usable routes out of it, in map order.
  var outgoing: [[Edge]] = []
  /// Per actor number, the usable routes into it: the actor each comes from, its position in the
  /// map and whether it opens a contact.
  var incoming: [[(from: Int, route: Int, opensContact: Bool)]] = []
  /// Per actor number, whether the actor may be an intermediate step (not a forum, in place).
  var isSteppingStone: [Bool] = []

  init(_ map: CollaborationMap, isUsable: (Route) -> Bool, isSteppingStone: (String) -> Bool) {
    for (position, route) in map.routes.enumerated() where isUsable(route) {
      let from = number(of: route.from, isSteppingStone)
      let to = number(of: route.to, isSteppingStone)
      let opens = route.channel.opensContact
      outgoing[from].append(Edge(route: position, to: to, opensContact: opens))
      incoming[to].append((from, position, opens))
    }
  }

  private mutating func number(of id: String, _ isSteppingStone: (String) -> Bool) -> Int {
    if let number = numbers[id] { return number }
    numbers[id] = outgoing.count
    outgoing.append([])
    incoming.append([])
    self.isSteppingStone.append(isSteppingStone(id))
    return outgoing.count - 1
  }

  /// How many routes each actor is from `goal` at the least on a lawful path of routes
  /// `isAllowed` lets through (by map position): contact-opening routes through stepping stones,
  /// the last route of any kind when `anyLastRoute`; nil where it cannot reach it.
  func distances(
    to goal: Int, anyLastRoute: Bool, isAllowed: (Int) -> Bool = { _ in true }
  ) -> [Int?] {
    var distance = [Int?](repeating: nil, count: outgoing.count)
    distance[goal] = 0
    var queue: [Int] = []
    for (from, route, opens) in incoming[goal]
    where (opens || anyLastRoute) && distance[from] == nil && isAllowed(route) {
      distance[from] = 1
      queue.append(from)
    }
    var next = 0
    while next < queue.count {
      let current = queue[next]
      next += 1
      guard isSteppingStone[current], let reached = distance[current] else { continue }
      for (from, route, opens) in incoming[current]
      where opens && distance[from] == nil && isAllowed(route) {
        distance[from] = reached + 1
        queue.append(from)
      }
    }
    return distance
  }
}
