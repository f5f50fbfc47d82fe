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
  public var paths: [RoutePath]
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
  /// routes a search may take (a who-query keeps to routes for its concerns); without it every
  /// usable route may be taken.
  public func routePaths(
    from start: String, to goal: String, limit: Int = 5, maximumLength: Int = 6,
    channels: PathChannels = .contactOpening, following: ((Route) -> Bool)? = nil
  ) -> RoutePaths {
    routePaths(
      from: start, to: goal, limit: limit, maximumLength: maximumLength, channels: channels,
      following: following, reportsCutShort: true)
  }

  /// `routePaths`; without `reportsCutShort` a search for one path stops at the first candidate
  /// that needs as few consents as any path can (none, or the bound of the map's shared table),
  /// which no later candidate ranks above, and its `isCutShort` says only whether the budget ran
  /// out before then.
  private func routePaths(
    from start: String, to goal: String, limit: Int, maximumLength: Int,
    channels: PathChannels, following: ((Route) -> Bool)?, reportsCutShort: Bool
  ) -> RoutePaths {
    guard let following else {
      return searchPaths(
        from: start, to: goal, limit: limit, maximumLength: maximumLength, channels: channels,
        reportsCutShort: reportsCutShort, allowing: EveryRoute())
    }
    return routes.withUnsafeBufferPointer { routes in
      searchPaths(
        from: start, to: goal, limit: limit, maximumLength: maximumLength, channels: channels,
        reportsCutShort: reportsCutShort,
        allowing: FollowedRoutes(routes: routes, follows: following))
    }
  }

  /// The lawful paths from one actor to another, best first (see `routePaths`).
  public func paths(
    from start: String, to goal: String, limit: Int = 5, maximumLength: Int = 6,
    channels: PathChannels = .contactOpening
  ) -> [RoutePath] {
    routePaths(
      from: start, to: goal, limit: limit, maximumLength: maximumLength, channels: channels,
      following: nil, reportsCutShort: false
    ).paths
  }

  /// Builds what the map's path searches share, which the first of them otherwise builds: the
  /// graph of its routes and the distances and fewest consents between every pair of its
  /// actors. A server may call it before its first request, a benchmark to time the queries
  /// alone.
  public func preparePathSearch() {
    let graph = routeGraph
    graph.distancesToEveryGoal?.prepareConsents(in: graph)
  }

  /// The fewest actors at which `bestPaths` walks once from the asker for every goal; on a
  /// smaller map each goal's own search is cheaper than the walk and the shared distances
  /// (`samverkan-bench --only queries` and `--only scale`: a 40-actor municipality's who-question
  /// 43-49 µs alone, 59-62 µs with the walk; a 96-actor one 27.7 k instructions per actor alone,
  /// 22.4 k with it).
  static let actorsForOneWalk = 64

  /// The best lawful path from an actor to each of `goals` that `following` allows, by goal id;
  /// the last route may be of any kind `following` lets through. Each path is the one
  /// `routePaths(from:to:limit: 1, channels: .all, following:)` answers with.
  ///
  /// One breadth-first walk from the asker's origins over the routes `following` allows gives
  /// every goal's shortest length at once, and the map's shared distances (which no filter
  /// narrows, so they never exceed the narrowed ones) prune each goal's depth-first search: it
  /// finds the same candidates in the same order as a search pruned by the goal's own narrowed
  /// distances, taking at least as many route steps. Only a search that runs out of budget is
  /// asked again as `routePaths` would ask it. A map without shared distances searches goal by
  /// goal, and so does a map of fewer than `walkingFrom` actors.
  func bestPaths(
    from start: String, to goals: [String], walkingFrom: Int = actorsForOneWalk,
    following: (Route) -> Bool
  ) -> [String: [Route]] {
    let allowed = routes.map(following)
    return allowed.withUnsafeBufferPointer { allowed in
      let filter = AllowedRoutes(allowed: allowed)
      var best: [String: [Route]] = [:]
      /// The answer for one goal as `routePaths` gives it, searched alone.
      func searchAlone(_ goal: String) {
        if let path = searchPaths(
          from: start, to: goal, limit: 1, maximumLength: 6, channels: .all,
          reportsCutShort: false, allowing: filter
        ).paths.first {
          best[goal] = Array(path)
        }
      }
      let graph = routeGraph
      guard graph.count >= walkingFrom, let asker = graph.numbers[start],
        let table = graph.distancesToEveryGoal
      else {
        for goal in goals where best[goal] == nil { searchAlone(goal) }
        return best
      }
      let count = graph.count
      let depth = min(6, count)
      PathScratch.with(actors: count, depth: depth) { scratch in
        let (reach, queue, origins, mark) = (
          scratch.levels, scratch.queue, scratch.origins, scratch.mark
        )
        let (path, kept) = (scratch.path, scratch.kept)
        let starts = origins[
          0..<graph.markOrigins(
            of: asker, mark: mark, origins: origins, queue: queue)]
        graph.reachFrom(starts, mark: mark, upTo: Int32(depth) - 1, into: reach, queue: queue) {
          allowed[Int($0)]
        }
        graph.outgoing.withUnsafeBufferPointer { outgoing in
          graph.outgoingStart.withUnsafeBufferPointer { outgoingStart in
            graph.isSteppingStone.withUnsafeBufferPointer { isSteppingStone in
              routes.withUnsafeBufferPointer { routes in
                for goal in goals where best[goal] == nil {
                  guard let last = graph.numbers[goal], mark[last] & PathMark.onPath == 0
                  else { continue }
                  // The fewest routes from an origin to the goal over the allowed routes: a
                  // last route of any kind from an origin or a stepping stone reached.
                  var shortest = Int32.max
                  for edge in graph.incoming[
                    Int(graph.incomingStart[last])..<Int(graph.incomingStart[last + 1])]
                  where reach[Int(edge.other)] >= 0 && allowed[Int(edge.route)]
                    && (mark[Int(edge.other)] & PathMark.onPath != 0
                      || isSteppingStone[Int(edge.other)])
                  {
                    shortest = min(shortest, reach[Int(edge.other)] + 1)
                  }
                  guard shortest <= depth else { continue }
                  let search = table.withDistances(to: last, anyLastRoute: true) { distance in
                    var search = PathSearch(
                      outgoing: outgoing, outgoingStart: outgoingStart,
                      isSteppingStone: isSteppingStone, filter: filter, distance: distance,
                      mark: mark, path: path, kept: kept, goal: Int32(last), anyLastRoute: true,
                      candidates: 20, keepsBestOnly: true, enough: 0,
                      budget: Self.pathSearchBudget)
                    for length in Int(shortest)...min(depth, Int(shortest) + 2) {
                      for origin in starts
                      where distance[Int(origin)] >= 0 && distance[Int(origin)] <= length {
                        search.start(at: origin, routesLeft: length)
                      }
                    }
                    return search
                  }
                  if search.isCutShort {
                    searchAlone(goal)
                  } else if let found = search.best(
                    1, identity: graph.routeIdentity, in: self.routes
                  ).first {
                    best[goal] = Array(found)
                  }
                }
              }
            }
          }
        }
      }
      return best
    }
  }
}

extension CollaborationMap {
  /// `routePaths` over the map's `RouteGraph`, on numbers in one scratch buffer: the asker's
  /// ancestry and home unit, the lawful distances to the goal (the graph's shared table when
  /// the filter narrows nothing), the candidate paths and their ranking; `Route` values are made
  /// only for the paths it answers with.
  private func searchPaths<Filter: RouteFilter>(
    from start: String, to goal: String, limit: Int, maximumLength: Int, channels: PathChannels,
    reportsCutShort: Bool, allowing filter: Filter
  ) -> RoutePaths {
    // The graph and the routes bound here, so that no closure below captures the whole map.
    let (graph, routes) = (routeGraph, routes)
    // An asker without a number is not in the map and names no usable route: no path starts
    // there. A length below one cannot reach another actor.
    guard limit > 0, maximumLength > 0, let asker = graph.numbers[start],
      let last = graph.numbers[goal]
    else { return RoutePaths(paths: [], isCutShort: false) }
    let count = graph.count
    let depth = min(maximumLength, count)
    return PathScratch.with(actors: count, depth: depth) { scratch in
      let (distance, queue, origins, mark) = (
        scratch.levels, scratch.queue, scratch.origins, scratch.mark
      )
      let (path, kept) = (scratch.path, scratch.kept)
      let originCount = graph.markOrigins(
        of: asker, mark: mark, origins: origins, queue: queue)
      guard mark[last] & PathMark.onPath == 0 else {
        return RoutePaths(paths: [], isCutShort: false)
      }
      let anyLastRoute = channels == .all
      let starts = origins[0..<originCount]
      /// The candidates and their ranking, pruned by `distance`; `consents`, where known, bounds
      /// how few consents a path from each actor needs.
      func search(
        _ distance: UnsafeBufferPointer<Int32>, _ consents: UnsafeBufferPointer<Int32>?
      ) -> RoutePaths {
        var shortest = Int32.max
        var fewest = Int32.max
        for origin in starts where distance[Int(origin)] >= 0 {
          shortest = min(shortest, distance[Int(origin)])
          fewest = min(fewest, consents?[Int(origin)] ?? 0)
        }
        guard shortest <= depth else { return RoutePaths(paths: [], isCutShort: false) }
        // Candidates up to two routes longer than the shortest, so a longer path that asks for no
        // consent can win over a shorter one that does.
        return graph.outgoing.withUnsafeBufferPointer { outgoing in
          graph.outgoingStart.withUnsafeBufferPointer { outgoingStart in
            graph.isSteppingStone.withUnsafeBufferPointer { isSteppingStone in
              var search = PathSearch(
                outgoing: outgoing, outgoingStart: outgoingStart, isSteppingStone: isSteppingStone,
                filter: filter, distance: distance, mark: mark, path: path, kept: kept,
                goal: Int32(last), anyLastRoute: anyLastRoute, candidates: max(limit * 4, 20),
                keepsBestOnly: limit == 1, enough: limit == 1 && !reportsCutShort ? fewest : -1,
                budget: Self.pathSearchBudget)
              for length in Int(shortest)...min(maximumLength, Int(shortest) + 2) {
                for origin in starts
                where distance[Int(origin)] >= 0 && distance[Int(origin)] <= length {
                  search.start(at: origin, routesLeft: length)
                }
              }
              return RoutePaths(
                paths: search.best(limit, identity: graph.routeIdentity, in: routes),
                isCutShort: search.isCutShort)
            }
          }
        }
      }
      if !Filter.narrows, let table = graph.distancesToEveryGoal {
        return table.withRows(to: last, anyLastRoute: anyLastRoute, in: graph, search)
      }
      // Distances over the routes the filter allows: the shortest path it forbids must not set
      // the window, or a longer allowed path beyond it would never be a candidate. None further
      // than `maximumLength` matters, nor, once the nearest origin is reached, any more than two
      // routes further (the candidates' window).
      graph.measure(
        to: Int32(last), anyLastRoute: anyLastRoute, upTo: Int32(depth), into: distance,
        queue: queue, starts: (mark, PathMark.onPath, 2), isAllowed: filter.allows)
      return search(UnsafeBufferPointer(distance), nil)
    }
  }
}

extension RouteGraph {
  /// Marks the asker and the units it belongs to `PathMark.onPath` in `mark` and lists them,
  /// nearest first (`ancestry`), in `origins`: where a path may start, and never pass through.
  /// Marks the actors of the asker's home unit (`homeUnit`), which a path leaves only once,
  /// `PathMark.isOwn`. Returns how many origins there are; `queue` holds one number per actor
  /// while it works.
  fileprivate func markOrigins(
    of asker: Int, mark: UnsafeMutableBufferPointer<Int32>,
    origins: UnsafeMutableBufferPointer<Int32>, queue: UnsafeMutableBufferPointer<Int32>
  ) -> Int {
    mark.update(repeating: 0)
    var originCount = 1
    origins[0] = Int32(asker)
    mark[asker] = PathMark.onPath
    guard isDefined[asker] else { return originCount }
    var parent = Int(self.parent[asker])
    while parent >= 0, mark[parent] & PathMark.onPath == 0 {
      origins[originCount] = Int32(parent)
      originCount += 1
      mark[parent] = PathMark.onPath
      parent = Int(self.parent[parent])
    }
    let top = Int(homeTop[asker])
    queue[0] = Int32(top)
    mark[top] |= PathMark.isOwn
    var (next, end) = (0, 1)
    while next < end {
      let member = Int(queue[next])
      next += 1
      for child in children[Int(childrenStart[member])..<Int(childrenStart[member + 1])]
      where mark[Int(child)] & PathMark.isOwn == 0 {
        mark[Int(child)] |= PathMark.isOwn
        queue[end] = child
        end += 1
      }
    }
    return originCount
  }

  /// How many routes each actor is from the nearest of `origins` at the least, into `reach`
  /// (`none` where not reached, and beyond `longest`): by routes `isAllowed` lets through that a
  /// path may go on after, from an origin (marked `PathMark.onPath` in `mark`) or a stepping
  /// stone. A goal's shortest lawful length is then one more than the least reach of an origin
  /// or stepping stone with an allowed route into it. `queue` holds one number per actor while
  /// it works.
  fileprivate func reachFrom(
    _ origins: UnsafeMutableBufferPointer<Int32>.SubSequence,
    mark: UnsafeMutableBufferPointer<Int32>, upTo longest: Int32,
    into reach: UnsafeMutableBufferPointer<Int32>, queue: UnsafeMutableBufferPointer<Int32>,
    isAllowed: (Int32) -> Bool
  ) {
    reach.update(repeating: Self.none)
    var end = 0
    for origin in origins {
      reach[Int(origin)] = 0
      queue[end] = origin
      end += 1
    }
    var next = 0
    while next < end {
      let current = Int(queue[next])
      next += 1
      let reached = reach[current]
      guard reached < longest,
        mark[current] & PathMark.onPath != 0 || isSteppingStone[current]
      else { continue }
      for edge in outgoing[Int(outgoingStart[current])..<Int(outgoingStart[current + 1])]
      where edge.leadsOn && reach[Int(edge.other)] == Self.none && isAllowed(edge.route) {
        reach[Int(edge.other)] = reached + 1
        queue[end] = edge.other
        end += 1
      }
    }
  }
}

/// The numbers one path search works on, carved from one temporary allocation.
private struct PathScratch {
  /// One number per actor: routes to the goal, or from the asker's origins.
  let levels: UnsafeMutableBufferPointer<Int32>
  /// One number per actor: the actors a breadth-first walk still has to visit.
  let queue: UnsafeMutableBufferPointer<Int32>
  /// One number per actor: where paths start, the first `markOrigins` of them.
  let origins: UnsafeMutableBufferPointer<Int32>
  /// One number per actor: its `PathMark`s.
  let mark: UnsafeMutableBufferPointer<Int32>
  /// The routes of the path walked so far, `depth` of them at the most.
  let path: UnsafeMutableBufferPointer<Int32>
  /// The best candidate of a search for one path: its consents, its length and its routes.
  let kept: UnsafeMutableBufferPointer<Int32>

  /// Calls `body` with the buffers for a graph of `actors` actors and paths of at most `depth`
  /// routes, valid only while it runs.
  static func with<Result>(actors: Int, depth: Int, _ body: (PathScratch) -> Result) -> Result {
    withUnsafeTemporaryAllocation(of: Int32.self, capacity: 4 * actors + 2 * depth + 2) {
      scratch in
      func part(_ index: Int) -> UnsafeMutableBufferPointer<Int32> {
        UnsafeMutableBufferPointer(rebasing: scratch[index * actors..<(index + 1) * actors])
      }
      return body(
        PathScratch(
          levels: part(0), queue: part(1), origins: part(2), mark: part(3),
          path: UnsafeMutableBufferPointer(rebasing: scratch[4 * actors..<4 * actors + depth]),
          kept: UnsafeMutableBufferPointer(rebasing: scratch[(4 * actors + depth)...])))
    }
  }
}

/// The marks a path search keeps per actor number.
private enum PathMark {
  /// On the path walked so far, or where a path may start.
  static let onPath: Int32 = 1
  /// Of the asker's home unit.
  static let isOwn: Int32 = 2
}

/// Which routes a path search may take, by map position.
private protocol RouteFilter {
  /// Whether the filter may keep out a usable route.
  static var narrows: Bool { get }
  func allows(_ route: Int32) -> Bool
}

/// Every usable route.
private struct EveryRoute: RouteFilter {
  static let narrows = false
  func allows(_ route: Int32) -> Bool { true }
}

/// The routes a caller's `following` lets through, read in place from the map's routes.
private struct FollowedRoutes: RouteFilter {
  let routes: UnsafeBufferPointer<Route>
  let follows: (Route) -> Bool

  static let narrows = true
  func allows(_ route: Int32) -> Bool { follows(routes[Int(route)]) }
}

/// The routes a caller's `following` let through, decided once per route position.
private struct AllowedRoutes: RouteFilter {
  let allowed: UnsafeBufferPointer<Bool>

  static let narrows = true
  func allows(_ route: Int32) -> Bool { allowed[Int(route)] }
}

/// One depth-first search for paths of a given length, pruned by the lawful distance to the goal.
///
/// Each step counts against the budget as it always has: every route out of the actor reached
/// whose far end is not yet on the path, while candidates are still wanted.
private struct PathSearch<Filter: RouteFilter> {
  let outgoing: UnsafeBufferPointer<RouteGraph.Edge>
  let outgoingStart: UnsafeBufferPointer<Int32>
  let isSteppingStone: UnsafeBufferPointer<Bool>
  let filter: Filter
  /// Per actor number, routes to the goal at the least, negative where unreached.
  let distance: UnsafeBufferPointer<Int32>
  /// Per actor number, its `PathMark`s.
  let mark: UnsafeMutableBufferPointer<Int32>
  /// The routes of the path walked so far, by map position.
  let path: UnsafeMutableBufferPointer<Int32>
  /// With `keepsBestOnly` (a search for one path), the best candidate so far, laid out as one in
  /// `found`, which stays empty: there is no list to grow.
  let kept: UnsafeMutableBufferPointer<Int32>
  let goal: Int32
  let anyLastRoute: Bool
  /// How many candidates are wanted; a search for one path that need not know whether it was
  /// cut short wants no more once it has one that needs no more consents than `enough`.
  var candidates: Int
  let keepsBestOnly: Bool
  /// The fewest consents any path needs, for a search that may stop at a candidate needing no
  /// more, which no later candidate ranks above; -1 for a search that looks at every candidate.
  let enough: Int32
  var budget: Int
  /// The candidates found, one after the other: routes needing consent, routes, then the routes
  /// by map position.
  var found: [Int32] = []
  /// Where each candidate begins in `found`, in the order found.
  var offsets: [Int] = []
  /// How many candidates have been found.
  var foundCount = 0
  var isCutShort = false

  mutating func start(at origin: Int32, routesLeft: Int) {
    guard foundCount < candidates, !isCutShort else { return }
    walk(from: origin, routesLeft: routesLeft, depth: 0, consents: 0, outside: false)
  }

  /// `outside`: the path has left the asker's home unit (`homeUnit`), and may not come back
  /// into it.
  private mutating func walk(
    from actor: Int32, routesLeft: Int, depth: Int, consents: Int32, outside: Bool
  ) {
    let isLast = routesLeft == 1
    for edge in outgoing[Int(outgoingStart[Int(actor)])..<Int(outgoingStart[Int(actor) + 1])] {
      guard foundCount < candidates else { return }
      let to = Int(edge.other)
      guard mark[to] & PathMark.onPath == 0 else { continue }
      budget -= 1
      if budget < 0 {
        isCutShort = true
        return
      }
      guard isLast ? edge.opensContact || anyLastRoute : edge.leadsOn,
        !(outside && mark[to] & PathMark.isOwn != 0), filter.allows(edge.route)
      else { continue }
      let needed = consents + (edge.needsConsent ? 1 : 0)
      if isLast {
        if edge.other == goal {
          foundCount += 1
          if !keepsBestOnly {
            if offsets.isEmpty {
              // Room for the candidates a small limit asks for, at once rather than by doubling.
              let room = min(candidates, 64)
              offsets.reserveCapacity(room)
              found.reserveCapacity(room * (depth + 3))
            }
            offsets.append(found.count)
            found.append(needed)
            found.append(Int32(depth + 1))
            found.append(contentsOf: path[0..<depth])
            found.append(edge.route)
          } else if foundCount == 1 || needed < kept[0] {
            // Found in order of length: a later candidate ranks above only with fewer consents.
            kept[0] = needed
            kept[1] = Int32(depth + 1)
            for step in 0..<depth { kept[2 + step] = path[step] }
            kept[2 + depth] = edge.route
          }
          if needed <= enough { candidates = foundCount }
        }
        continue
      }
      guard edge.other != goal, isSteppingStone[to], distance[to] >= 0,
        distance[to] <= routesLeft - 1
      else { continue }
      mark[to] |= PathMark.onPath
      path[depth] = edge.route
      walk(
        from: edge.other, routesLeft: routesLeft - 1, depth: depth + 1, consents: needed,
        outside: outside || mark[to] & PathMark.isOwn == 0)
      mark[to] &= ~PathMark.onPath
      if isCutShort { return }
    }
  }

  /// The positions in the map of the routes of the candidate at `offset`.
  func positions(at offset: Int) -> ArraySlice<Int32> {
    found[offset + 2..<offset + 2 + Int(found[offset + 1])]
  }

  /// At most `limit` candidates as paths of the map's `routes`, best first: the fewest routes
  /// needing consent, then the fewest routes, then the order found; of candidates that end with
  /// the same route (by id), the first alone: a detour to the same referral says nothing new.
  func best(_ limit: Int, identity: [Int32], in routes: [Route]) -> [RoutePath] {
    if keepsBestOnly {
      return foundCount == 0
        ? [] : [RoutePath(positions: Array(kept[2..<2 + Int(kept[1])]), in: routes)]
    }
    // One number per candidate that orders as its ranking: consents, routes, then the order
    // found, each well inside its 21 bits (the budget caps how many are found).
    func rank(_ index: Int) -> UInt64 {
      let offset = offsets[index]
      return UInt64(found[offset]) << 42 | UInt64(found[offset + 1]) << 21 | UInt64(index)
    }
    let ranked = offsets.indices.map(rank).sorted()
    var chosen: [RoutePath] = []
    var lasts: Set<Int32> = []
    for key in ranked where chosen.count < limit {
      let positions = positions(at: offsets[Int(key & (1 << 21 - 1))])
      if let last = positions.last, lasts.insert(identity[Int(last)]).inserted {
        chosen.append(RoutePath(positions: Array(positions), in: routes))
      }
    }
    return chosen
  }

}
