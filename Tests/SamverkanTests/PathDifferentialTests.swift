import Foundation
import Testing

@testable import Samverkan

/// The fast path search (issue 18, "Paths") gives every answer the search gave before it: for
/// every ordered pair of actors on the six real maps, on synthetic municipalities and on a map
/// dense enough to use up the step budget, with both kinds of channels, limits 5 and 1 and with a
/// who-query's narrowing, the same paths in the same order and the same `isCutShort` as two
/// references written here: the search as it was before (kept whole, on its own graph of
/// strings), and a plain exhaustive walk over the same lawful rules (domain.md "What is not a
/// way to reach someone") with the candidate window and ranking `routePaths` documents.
@Suite("path search against its references")
struct PathDifferentialTests {
  // MARK: - Reference 1: the search before issue 18

  /// The routes in use, numbered as the search numbered them before, with its distances and its
  /// budgeted depth-first walk: the oracle for `isCutShort`, which counts route steps.
  private struct Earlier {
    struct Edge {
      var route: Int
      var to: Int
      var opensContact: Bool
      var leadsOn: Bool
    }

    let map: CollaborationMap
    var numbers: [String: Int] = [:]
    var outgoing: [[Edge]] = []
    var incoming: [[Edge]] = []
    var isSteppingStone: [Bool] = []

    init(_ map: CollaborationMap) {
      self.map = map
      for (position, route) in map.routes.enumerated() where map.isUsable(route) {
        let from = number(route.from)
        let to = number(route.to)
        let opens = route.channel.opensContact
        outgoing[from].append(
          Edge(route: position, to: to, opensContact: opens, leadsOn: route.leadsOn))
        incoming[to].append(
          Edge(route: position, to: from, opensContact: opens, leadsOn: route.leadsOn))
      }
    }

    private mutating func number(_ id: String) -> Int {
      if let number = numbers[id] { return number }
      numbers[id] = outgoing.count
      outgoing.append([])
      incoming.append([])
      isSteppingStone.append(map.actor(id).map(map.isSteppingStone) ?? true)
      return outgoing.count - 1
    }

    func distances(to goal: Int, anyLastRoute: Bool, isAllowed: (Int) -> Bool) -> [Int?] {
      var distance = [Int?](repeating: nil, count: outgoing.count)
      distance[goal] = 0
      var queue: [Int] = []
      for edge in incoming[goal]
      where (edge.opensContact || anyLastRoute) && distance[edge.to] == nil
        && isAllowed(edge.route)
      {
        distance[edge.to] = 1
        queue.append(edge.to)
      }
      var next = 0
      while next < queue.count {
        let current = queue[next]
        next += 1
        guard isSteppingStone[current], let reached = distance[current] else { continue }
        for edge in incoming[current]
        where edge.leadsOn && distance[edge.to] == nil && isAllowed(edge.route) {
          distance[edge.to] = reached + 1
          queue.append(edge.to)
        }
      }
      return distance
    }

    func routePaths(
      from start: String, to goal: String, limit: Int, maximumLength: Int,
      channels: PathChannels, following: @escaping (Route) -> Bool
    ) -> RoutePaths {
      let chain = map.actor(start).map { map.ancestry(of: $0).map(\.id) } ?? [start]
      let origins = chain.compactMap { numbers[$0] }
      guard limit > 0, let last = numbers[goal], !chain.contains(goal), !origins.isEmpty
      else { return RoutePaths(paths: [], isCutShort: false) }
      let isAllowed = { (position: Int) in following(map.routes[position]) }
      let anyLastRoute = channels == .all
      let distance = distances(to: last, anyLastRoute: anyLastRoute, isAllowed: isAllowed)
      guard let shortest = origins.compactMap({ distance[$0] }).min(), shortest <= maximumLength
      else { return RoutePaths(paths: [], isCutShort: false) }
      let candidates = max(limit * 4, 20)
      var budget = CollaborationMap.pathSearchBudget
      var onPath = [Bool](repeating: false, count: outgoing.count)
      for origin in origins { onPath[origin] = true }
      var isOwn = [Bool](repeating: false, count: outgoing.count)
      for member in map.actor(start).map({ map.homeUnit(of: $0) }) ?? [] {
        if let number = numbers[member] { isOwn[number] = true }
      }
      var path: [Int] = []
      var found: [[Int]] = []
      var isCutShort = false
      func walk(from actor: Int, routesLeft: Int, outside: Bool) {
        for edge in outgoing[actor] where found.count < candidates && !onPath[edge.to] {
          budget -= 1
          if budget < 0 {
            isCutShort = true
            return
          }
          let isLast = routesLeft == 1
          guard isLast ? edge.opensContact || anyLastRoute : edge.leadsOn, isAllowed(edge.route),
            !(outside && isOwn[edge.to])
          else { continue }
          if isLast {
            if edge.to == last { found.append(path + [edge.route]) }
            continue
          }
          guard edge.to != last, isSteppingStone[edge.to],
            let remaining = distance[edge.to], remaining <= routesLeft - 1
          else { continue }
          onPath[edge.to] = true
          path.append(edge.route)
          walk(from: edge.to, routesLeft: routesLeft - 1, outside: outside || !isOwn[edge.to])
          path.removeLast()
          onPath[edge.to] = false
        }
      }
      for length in shortest...min(maximumLength, shortest + 2) {
        for origin in origins where distance[origin].map({ $0 <= length }) == true {
          guard found.count < candidates, !isCutShort else { continue }
          walk(from: origin, routesLeft: length, outside: false)
        }
      }
      let ranked = found.enumerated().map { order, path in
        let routes = path.map { map.routes[$0] }
        return (
          routes,
          key: [routes.filter { $0.sharing == .consentRequired }.count, routes.count, order]
        )
      }.sorted { $0.key.lexicographicallyPrecedes($1.key) }
      var seen: Set<String> = []
      let distinct = ranked.map(\.0).filter { path in
        path.last.map { seen.insert($0.id).inserted } ?? false
      }
      return RoutePaths(paths: distinct.prefix(limit).map(RoutePath.init), isCutShort: isCutShort)
    }
  }

  // MARK: - Reference 2: every lawful path, no distances, no budget

  /// One lawful path from the asker: its routes by map position, the place of its first actor in
  /// the asker's ancestry, where it ends and whether its last route opens a contact.
  private struct Found {
    var positions: [Int]
    var origin: Int
    var goal: String
    var lastOpensContact: Bool
  }

  /// Every simple path of usable routes `following` allows from every actor in the asker's
  /// ancestry, at most `maximumLength` routes, that is lawful with some last route: every route
  /// before the last leads on to an actor that may be a step (no forum, no family, in place), no
  /// route leads into the ancestry, and once outside the asker's home unit none leads back in.
  /// In the order a walk in map order finds them: by origin, then route by route.
  private func everyPath(
    _ map: CollaborationMap, from start: String, maximumLength: Int,
    following: (Route) -> Bool
  ) -> [Found] {
    let origins = map.actor(start).map { map.ancestry(of: $0).map(\.id) } ?? [start]
    let home = map.actor(start).map { map.homeUnit(of: $0) } ?? []
    var outgoing: [String: [Int]] = [:]
    for (position, route) in map.routes.enumerated() {
      outgoing[route.from, default: []].append(position)
    }
    func mayBeAStep(_ id: String) -> Bool {
      guard let actor = map.actor(id) else { return true }
      return actor.kind != .forum && actor.sector != .family && actor.status == .active
    }
    var found: [Found] = []
    func extend(_ path: [Int], at actor: String, visited: Set<String>, origin: Int, outside: Bool) {
      guard path.count < maximumLength else { return }
      for position in outgoing[actor] ?? [] {
        let route = map.routes[position]
        guard map.isUsable(route), following(route), !visited.contains(route.to),
          !origins.contains(route.to), !(outside && home.contains(route.to))
        else { continue }
        let longer = path + [position]
        found.append(
          Found(
            positions: longer, origin: origin, goal: route.to,
            lastOpensContact: route.channel.opensContact))
        if route.leadsOn, mayBeAStep(route.to) {
          extend(
            longer, at: route.to, visited: visited.union([route.to]), origin: origin,
            outside: outside || !home.contains(route.to))
        }
      }
    }
    for (index, origin) in origins.enumerated() {
      extend([], at: origin, visited: [origin], origin: index, outside: false)
    }
    return found
  }

  /// What `routePaths` documents, from every lawful path: the candidates are the first
  /// `max(limit × 4, 20)` of those from the shortest length to two routes longer, by length, then
  /// origin, then map order; ranked by routes needing consent, then routes, then that order; of
  /// those ending with the same route the first alone; at most `limit`.
  private func answer(
    _ map: CollaborationMap, _ all: [Found], to goal: String, limit: Int, maximumLength: Int,
    channels: PathChannels
  ) -> [[Int]] {
    let lawful = all.filter { $0.goal == goal && (channels == .all || $0.lastOpensContact) }
    guard limit > 0, let shortest = lawful.map(\.positions.count).min() else { return [] }
    let lengths = shortest...min(maximumLength, shortest + 2)
    // A stable sort: within one length and origin the walk's order is the map's order.
    let window = lawful.filter { lengths.contains($0.positions.count) }
      .enumerated().sorted { a, b in
        (a.element.positions.count, a.element.origin, a.offset)
          < (b.element.positions.count, b.element.origin, b.offset)
      }.map(\.element.positions)
    let candidates = window.prefix(max(limit * 4, 20))
    var seen: Set<Int> = []
    return candidates.enumerated().map { order, path in
      let consents = path.filter { map.routes[$0].sharing == .consentRequired }.count
      return (path, [consents, path.count, order])
    }.sorted { $0.1.lexicographicallyPrecedes($1.1) }.map(\.0).filter { path in
      path.last.map { seen.insert($0).inserted } ?? false
    }.prefix(limit).map { $0 }
  }

  // MARK: - The comparison

  /// What a who-query follows: routes that reach their receiver, none that needs consent.
  private static let whoQueryRoutes: @Sendable (Route) -> Bool = {
    $0.channel.reachesReceiver && $0.sharing != .consentRequired
  }

  /// Compares the search with both references for every ordered pair of actors (and an id the
  /// map lacks), both kinds of channels, limits 5 and 1; the exhaustive reference only where the
  /// earlier search was not cut short (its answer then is every candidate's). Without
  /// `following`, the search runs on the map's shared distances, and `paths` (which stops early
  /// for one path) must answer as well; with it, so must a who-query's `bestPaths`. Returns how
  /// many answers held a path, so a map without any cannot pass unnoticed.
  @discardableResult
  private func compare(
    _ map: CollaborationMap, maximumLength: Int, exhaustive: Bool = true,
    following narrowing: (@Sendable (Route) -> Bool)? = nil,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) -> (answers: Int, withPath: Int, cutShort: Int) {
    let following = narrowing ?? { _ in true }
    let earlier = Earlier(map)
    let ids = map.actors.map(\.id) + ["saknas"]
    var counts = (answers: 0, withPath: 0, cutShort: 0)
    for start in ids {
      let all =
        exhaustive
        ? everyPath(map, from: start, maximumLength: maximumLength, following: following) : []
      for goal in ids {
        for channels in [PathChannels.contactOpening, .all] {
          for limit in [5, 1] {
            let got = map.routePaths(
              from: start, to: goal, limit: limit, maximumLength: maximumLength,
              channels: channels, following: narrowing)
            let want = earlier.routePaths(
              from: start, to: goal, limit: limit, maximumLength: maximumLength,
              channels: channels, following: following)
            let pair = "\(map.id): \(start) → \(goal) (\(channels), limit \(limit))"
            #expect(got == want, "\(pair)", sourceLocation: sourceLocation)
            if let narrowing {
              if channels == .all && limit == 1 && maximumLength == 6 {
                let best = map.bestPaths(from: start, to: [goal], following: narrowing)[goal]
                #expect(
                  best == want.paths.first.map(Array.init), "\(pair), who",
                  sourceLocation: sourceLocation)
              }
            } else {
              let paths = map.paths(
                from: start, to: goal, limit: limit, maximumLength: maximumLength,
                channels: channels)
              #expect(paths == want.paths, "\(pair), paths", sourceLocation: sourceLocation)
            }
            counts.answers += 1
            counts.withPath += got.paths.isEmpty ? 0 : 1
            counts.cutShort += want.isCutShort ? 1 : 0
            guard exhaustive, !want.isCutShort else { continue }
            let positions = got.paths.map { path in
              path.compactMap { route in map.routes.firstIndex { $0 == route } }
            }
            let reference = answer(
              map, all, to: goal, limit: limit, maximumLength: maximumLength, channels: channels)
            #expect(positions == reference, "\(pair)", sourceLocation: sourceLocation)
          }
        }
      }
    }
    return counts
  }

  @Test("the six real maps: every pair, as both references say", arguments: RealMaps.names)
  func realMap(name: String) throws {
    let map = try RealMaps.load(name)
    #expect(compare(map, maximumLength: 6).withPath > 0, "\(name) has paths")
    #expect(compare(map, maximumLength: 3).withPath > 0, "\(name) has short paths")
    #expect(
      compare(map, maximumLength: 6, following: Self.whoQueryRoutes).withPath > 0,
      "\(name) has paths free of consent")
  }

  @Test("synthetic municipalities: every pair, as both references say", arguments: [3, 11])
  func syntheticMaps(seed: UInt64) throws {
    let nation = SyntheticNation(municipalities: 3, seed: seed, reviewed: try fixtureDate())
    let folder = try FixtureFolder()
    for file in nation.files {
      try folder.write(file.path, file.yaml())
    }
    for municipality in nation.municipalities {
      let map = try MapLoader().load(folder.path(municipality.path))
      #expect(compare(map, maximumLength: 4).withPath > 0, "\(municipality.path)")
      // The bench's length, against the earlier search alone: every path up to six routes on
      // every pair is more than a test should walk.
      #expect(
        compare(map, maximumLength: 6, exhaustive: false).withPath > 0, "\(municipality.path)")
      #expect(
        compare(map, maximumLength: 6, exhaustive: false, following: Self.whoQueryRoutes)
          .withPath > 0, "\(municipality.path)")
    }
  }

  @Test("a map dense enough to use up the budget: cut short where the earlier search was")
  func denseMap() throws {
    // Some meetings ask for consent: paths of three routes number in the hundreds of thousands,
    // beyond the budget of 200,000 route steps when every one is asked for.
    let map = try denseFixtureMap { from, to in (from + to) % 3 == 0 }
    let ids = map.actors.map(\.id)
    let earlier = Earlier(map)
    var cutShort = 0
    for start in ids.prefix(2) {
      for goal in ids.suffix(4) {
        for limit in [1, 5, 1_000_000] {
          let got = map.routePaths(from: start, to: goal, limit: limit, maximumLength: 6)
          let want = earlier.routePaths(
            from: start, to: goal, limit: limit, maximumLength: 6, channels: .contactOpening,
            following: { _ in true })
          #expect(got == want, "\(start) → \(goal), limit \(limit)")
          let paths = map.paths(from: start, to: goal, limit: limit, maximumLength: 6)
          #expect(paths == want.paths, "\(start) → \(goal), limit \(limit), paths")
          cutShort += want.isCutShort ? 1 : 0
        }
      }
    }
    // Asked for every path, each search runs out of budget.
    #expect(cutShort == 2 * 4)
  }

  @Test("one path: the first with the fewest consents, even when longer than one with more")
  func firstFreePath() throws {
    // a → g: two routes through b, the first asking for consent, or three through c and d, free
    // of it. a → h: two free paths of two routes, through x and through y. a → k: two routes
    // through p, both asking for consent, or three through q and s, the first alone asking.
    func route(_ id: String, _ from: String, _ to: String, consent: Bool = false) -> Route {
      Route(
        id: id, from: from, to: to, channel: .meeting,
        sharing: consent ? .consentRequired : .notApplicable)
    }
    let map = CollaborationMap(
      id: "fri", name: "Fri", reviewed: try fixtureDate(),
      actors: ["a", "b", "c", "d", "g", "x", "y", "h", "p", "q", "s", "k"].map {
        Actor(id: $0, name: $0, kind: .unit, sector: .school)
      },
      routes: [
        route("a-b", "a", "b", consent: true), route("b-g", "b", "g"), route("a-c", "a", "c"),
        route("c-d", "c", "d"), route("d-g", "d", "g"), route("a-x", "a", "x"),
        route("x-h", "x", "h"), route("a-y", "a", "y"), route("y-h", "y", "h"),
        route("a-p", "a", "p", consent: true), route("p-k", "p", "k", consent: true),
        route("a-q", "a", "q", consent: true), route("q-s", "q", "s"), route("s-k", "s", "k"),
      ])
    let ids = { (paths: [RoutePath]) in paths.map { $0.map(\.id) } }
    #expect(ids(map.paths(from: "a", to: "g", limit: 1)) == [["a-c", "c-d", "d-g"]])
    #expect(ids(map.routePaths(from: "a", to: "g", limit: 1).paths) == [["a-c", "c-d", "d-g"]])
    #expect(ids(map.paths(from: "a", to: "g")) == [["a-c", "c-d", "d-g"], ["a-b", "b-g"]])
    #expect(ids(map.paths(from: "a", to: "h", limit: 1)) == [["a-x", "x-h"]])
    #expect(ids(map.paths(from: "a", to: "h")) == [["a-x", "x-h"], ["a-y", "y-h"]])
    #expect(ids(map.paths(from: "a", to: "k", limit: 1)) == [["a-q", "q-s", "s-k"]])
    #expect(ids(map.paths(from: "a", to: "k")) == [["a-q", "q-s", "s-k"], ["a-p", "p-k"]])
  }

  @Test("a graph too large for shared distances: each search measures its own, as before")
  func largeGraph() throws {
    // A ring of more actors than `RouteDistances.largestGraph`, each joined to the next by a
    // meeting and to the one after by a call asking for consent.
    let count = RouteDistances.largestGraph + 10
    let ids = (0..<count).map { "n\($0)" }
    let routes = ids.indices.flatMap { index in
      [
        Route(
          id: "\(ids[index])-next", from: ids[index], to: ids[(index + 1) % count],
          channel: .meeting, sharing: .notApplicable),
        Route(
          id: "\(ids[index])-skip", from: ids[index], to: ids[(index + 2) % count],
          channel: .phone, sharing: .consentRequired),
      ]
    }
    let map = CollaborationMap(
      id: "stor", name: "Stor", reviewed: try fixtureDate(),
      actors: ids.map { Actor(id: $0, name: $0, kind: .unit, sector: .school) }, routes: routes)
    #expect(map.routeGraph.distancesToEveryGoal == nil)
    let earlier = Earlier(map)
    var withPath = 0
    for (start, goal) in [("n0", "n1"), ("n0", "n4"), ("n5", "n11"), ("n0", "n\(count - 1)")] {
      for limit in [1, 5] {
        let want = earlier.routePaths(
          from: start, to: goal, limit: limit, maximumLength: 6, channels: .contactOpening,
          following: { _ in true })
        #expect(map.routePaths(from: start, to: goal, limit: limit) == want, "\(start) → \(goal)")
        #expect(map.paths(from: start, to: goal, limit: limit) == want.paths, "\(start) → \(goal)")
        withPath += want.paths.isEmpty ? 0 : 1
      }
    }
    // The last pair is beyond six routes.
    #expect(withPath == 6)
  }
}
