/// Which routes a path may end with.
public enum PathChannels: Sendable, Hashable {
  /// Only routes that open a contact, all the way (the default: how a person reaches someone).
  case contactOpening
  /// Any route as the last one, labelled by its channel; the steps before it still open contacts.
  case all
}

/// The paths found between two actors, best first, and whether the search was cut short.
public struct RoutePaths: Sendable, Hashable {
  /// The chains of routes, each starting at the asker or a unit the asker belongs to.
  public var paths: [[Route]]
  /// True when the search used up its budget before it had looked at every candidate, so a
  /// better path may exist.
  public var isCutShort: Bool
}

extension CollaborationMap {
  /// How many route steps one path search may take before it stops and says so.
  public static let pathSearchBudget = 200_000

  /// The lawful chains of routes from an actor to another, best first: at most `limit`, at most
  /// `maximumLength` routes long, never visiting an actor twice.
  ///
  /// A path starts at the actor or at a unit it belongs to (a kurator uses the pupil-health
  /// team's referral). Every step but the last opens a contact and leads to an actor that takes
  /// individual cases: a report of concern, a SIP invitation or request, a notice, an anonymous
  /// consultation, a forum or the family is never a stepping stone (domain.md "What is not a way
  /// to reach someone"), and a path that has left the asker's home unit (`homeUnit`) never comes back into it. With `.all` the
  /// last route may be of any kind. Paths are ranked by what they ask of people: the fewest
  /// routes that need consent, then the fewest hand-overs, then map order; of paths that end with
  /// the same route, the best alone. `following` narrows the
  /// routes a search may take (a who-query keeps to routes for its concerns).
  public func routePaths(
    from start: String, to goal: String, limit: Int = 5, maximumLength: Int = 6,
    channels: PathChannels = .contactOpening, following: @escaping (Route) -> Bool = { _ in true }
  ) -> RoutePaths {
    let graph = routeGraph
    let chain = actor(start).map { ancestry(of: $0).map(\.id) } ?? [start]
    let origins = chain.compactMap { graph.numbers[$0] }
    guard limit > 0, let last = graph.numbers[goal], !chain.contains(goal), !origins.isEmpty
    else { return RoutePaths(paths: [], isCutShort: false) }
    // Distances over the routes `following` allows: the shortest path it forbids must not set
    // the window, or a longer allowed path beyond it would never be a candidate.
    let isAllowed = { (position: Int) in following(self.routes[position]) }
    let distance = graph.distances(to: last, anyLastRoute: channels == .all, isAllowed: isAllowed)
    guard let shortest = origins.compactMap({ distance[$0] }).min(), shortest <= maximumLength
    else { return RoutePaths(paths: [], isCutShort: false) }
    // Candidates up to two routes longer than the shortest, so a longer path that asks for no
    // consent can win over a shorter one that does.
    var search = PathSearch(
      graph: graph, distance: distance, goal: last, anyLastRoute: channels == .all,
      candidates: max(limit * 4, 20), budget: Self.pathSearchBudget,
      origins: origins,
      home: actor(start).map { homeUnit(of: $0).compactMap { graph.numbers[$0] } } ?? [],
      isAllowed: isAllowed)
    for length in shortest...min(maximumLength, shortest + 2) {
      for origin in origins where distance[origin].map({ $0 <= length }) == true {
        search.start(at: origin, routesLeft: length)
      }
    }
    let ranked = search.found.enumerated().map { order, path in
      let routes = path.map { self.routes[$0] }
      return (
        routes, key: [routes.filter { $0.sharing == .consentRequired }.count, routes.count, order]
      )
    }.sorted { $0.key.lexicographicallyPrecedes($1.key) }
    // One way to each last hand-over: a detour to the same referral says nothing new.
    var seen: Set<String> = []
    let distinct = ranked.map(\.0).filter { path in
      path.last.map { seen.insert($0.id).inserted } ?? false
    }
    return RoutePaths(paths: Array(distinct.prefix(limit)), isCutShort: search.isCutShort)
  }

  /// The lawful paths from one actor to another, best first (see `routePaths`).
  public func paths(
    from start: String, to goal: String, limit: Int = 5, maximumLength: Int = 6,
    channels: PathChannels = .contactOpening
  ) -> [[Route]] {
    routePaths(
      from: start, to: goal, limit: limit, maximumLength: maximumLength, channels: channels
    ).paths
  }

  /// The best lawful path from an actor to each of `goals` that `following` allows, by goal id;
  /// the last route may be of any kind `following` lets through.
  func bestPaths(
    from start: String, to goals: [String], following: @escaping (Route) -> Bool
  ) -> [String: [Route]] {
    var best: [String: [Route]] = [:]
    for goal in goals where best[goal] == nil {
      if let path = routePaths(
        from: start, to: goal, limit: 1, channels: .all, following: following
      ).paths.first {
        best[goal] = path
      }
    }
    return best
  }
}

/// One depth-first search for paths of a given length, pruned by the lawful distance to the goal.
private struct PathSearch {
  let graph: RouteGraph
  let goal: Int
  let anyLastRoute: Bool
  let candidates: Int
  let distance: [Int?]
  let isAllowed: (Int) -> Bool
  var budget: Int
  var onPath: [Bool]
  /// Per actor number, whether it is of the asker's home unit, which a path leaves only once.
  let isOwn: [Bool]
  var path: [Int] = []
  var found: [[Int]] = []
  var isCutShort = false

  init(
    graph: RouteGraph, distance: [Int?], goal: Int, anyLastRoute: Bool, candidates: Int,
    budget: Int, origins: [Int], home: [Int], isAllowed: @escaping (Int) -> Bool
  ) {
    self.graph = graph
    self.goal = goal
    self.anyLastRoute = anyLastRoute
    self.candidates = candidates
    self.distance = distance
    self.budget = budget
    self.isAllowed = isAllowed
    // A path never passes through the asker's own units: it would start there instead.
    onPath = [Bool](repeating: false, count: graph.outgoing.count)
    for origin in origins { onPath[origin] = true }
    var isOwn = [Bool](repeating: false, count: graph.outgoing.count)
    for member in home { isOwn[member] = true }
    self.isOwn = isOwn
  }

  mutating func start(at origin: Int, routesLeft: Int) {
    guard found.count < candidates, !isCutShort else { return }
    walk(from: origin, routesLeft: routesLeft, outside: false)
  }

  /// `outside`: the path has left the asker's home unit (`homeUnit`), and may not come back
  /// into it.
  private mutating func walk(from actor: Int, routesLeft: Int, outside: Bool) {
    for edge in graph.outgoing[actor] where found.count < candidates && !onPath[edge.to] {
      budget -= 1
      if budget < 0 {
        isCutShort = true
        return
      }
      let last = routesLeft == 1
      guard last ? edge.opensContact || anyLastRoute : edge.leadsOn, isAllowed(edge.route),
        !(outside && isOwn[edge.to])
      else { continue }
      if last {
        if edge.to == goal {
          found.append(path + [edge.route])
        }
        continue
      }
      guard edge.to != goal, graph.isSteppingStone[edge.to],
        let remaining = distance[edge.to], remaining <= routesLeft - 1
      else { continue }
      onPath[edge.to] = true
      path.append(edge.route)
      walk(from: edge.to, routesLeft: routesLeft - 1, outside: outside || !isOwn[edge.to])
      path.removeLast()
      onPath[edge.to] = false
    }
  }
}
