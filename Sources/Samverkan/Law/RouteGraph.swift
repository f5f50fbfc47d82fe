import Synchronization

/// The routes in use as numbered actors and the routes out of each: what path searches walk.
///
/// Built once per map (see `CollaborationMap+Index.swift`). Every actor the map defines and every
/// id a usable route names has a number. Each edge knows whether its route opens a contact, leads
/// on and needs consent, and each actor whether it may be an intermediate step, which unit it
/// belongs to and what is below it, so a search follows the law without looking anything up by
/// name: after the asker's and the goal's ids, a search works on numbers alone.
final class RouteGraph: Sendable {
  /// One usable route: its position in the map, the actor at its other end and what the law says
  /// of it.
  struct Edge: Sendable {
    /// The route's position in `CollaborationMap.routes`.
    var route: Int32
    /// The actor it leads to (outgoing) or comes from (incoming).
    var other: Int32
    /// Whether the route opens a contact (`Channel.opensContact`).
    var opensContact: Bool
    /// Whether a path may go on after it (`Route.leadsOn`).
    var leadsOn: Bool
    /// Whether the route asks for the guardians' or the pupil's consent.
    var needsConsent: Bool
  }

  /// The marker of an actor with no parent in the map, and of a distance not reached.
  static let none: Int32 = -1

  /// An actor's number by id.
  let numbers: [String: Int]
  /// The usable routes out of every actor, actor by actor, each actor's in map order:
  /// actor `n`'s are `outgoing[outgoingStart[n]..<outgoingStart[n + 1]]`.
  let outgoing: [Edge]
  let outgoingStart: [Int32]
  /// The usable routes into every actor, laid out as `outgoing`; `other` is where each comes from.
  let incoming: [Edge]
  let incomingStart: [Int32]
  /// Per actor number, whether the actor may be an intermediate step (not a forum, not the family,
  /// in place); an id the map does not define may.
  let isSteppingStone: [Bool]
  /// Per actor number, whether the map defines an actor with that id (else a route names it).
  let isDefined: [Bool]
  /// Per actor number, the number of the unit it belongs to when the map defines it, else `none`:
  /// one step of `CollaborationMap.ancestry`.
  let parent: [Int32]
  /// Per actor number, the top of its home unit (`CollaborationMap.homeUnit`): for a function
  /// its unit, else the actor itself.
  let homeTop: [Int32]
  /// The actors whose `parent` names each actor, laid out as `outgoing`.
  let children: [Int32]
  let childrenStart: [Int32]
  /// Per route position, the position of the first route with the same id: one number per id.
  let routeIdentity: [Int32]

  /// The distances to every goal, once measured (`distancesToEveryGoal`).
  private let everyGoal = Mutex<RouteDistances?>(nil)

  /// How many actors have numbers.
  var count: Int { isSteppingStone.count }

  /// The distances of every actor to every goal over every usable route, measured on first use
  /// and then shared by every search the caller's `following` does not narrow, and by a
  /// who-query's `bestPaths`, which prunes with them; nil for a graph
  /// of more than `RouteDistances.largestGraph` actors, whose searches measure their own. The
  /// first caller measures them under the lock; the rest wait for it, then read the same
  /// immutable table.
  var distancesToEveryGoal: RouteDistances? {
    guard count <= RouteDistances.largestGraph else { return nil }
    return everyGoal.withLock { stored in
      if let stored { return stored }
      let measured = RouteDistances(self)
      stored = measured
      return measured
    }
  }

  init(_ map: CollaborationMap, isUsable: (Route) -> Bool) {
    var numbers: [String: Int] = [:]
    var first: [Int] = []  // per number, the position of the first actor with that id, or -1
    for (position, actor) in map.actors.enumerated() where numbers[actor.id] == nil {
      numbers[actor.id] = first.count
      first.append(position)
    }
    let usable = map.routes.enumerated().filter { isUsable($0.element) }
    for (_, route) in usable {
      for id in [route.from, route.to] where numbers[id] == nil {
        numbers[id] = first.count
        first.append(-1)
      }
    }
    let count = first.count
    isDefined = first.map { $0 >= 0 }
    isSteppingStone = first.map { $0 < 0 || map.isSteppingStone(map.actors[$0]) }
    let parent = first.map { position in
      guard position >= 0, let id = map.actors[position].parent, let number = numbers[id],
        first[number] >= 0
      else { return Self.none }
      return Int32(number)
    }
    self.parent = parent
    homeTop = first.indices.map { number in
      let isFunction = first[number] >= 0 && map.actors[first[number]].kind == .function
      return isFunction && parent[number] != Self.none ? parent[number] : Int32(number)
    }
    // A usable route as an edge from `end` towards `other`, by the two ends' numbers.
    func edge(_ position: Int, _ route: Route, at end: String, to other: String) -> (Int, Edge) {
      (
        numbers[end]!,
        Edge(
          route: Int32(position), other: Int32(numbers[other]!),
          opensContact: route.channel.opensContact, leadsOn: route.leadsOn,
          needsConsent: route.sharing == .consentRequired)
      )
    }
    (outgoing, outgoingStart) = Self.lay(
      usable.map { edge($0, $1, at: $1.from, to: $1.to) }, count: count)
    (incoming, incomingStart) = Self.lay(
      usable.map { edge($0, $1, at: $1.to, to: $1.from) }, count: count)
    (children, childrenStart) = Self.lay(
      map.actors.compactMap { actor in
        actor.parent.flatMap { numbers[$0] }.map { ($0, Int32(numbers[actor.id]!)) }
      }, count: count)
    var firstRoute: [String: Int32] = [:]
    routeIdentity = map.routes.enumerated().map { position, route in
      if let earlier = firstRoute[route.id] { return earlier }
      firstRoute[route.id] = Int32(position)
      return Int32(position)
    }
    self.numbers = numbers
  }

  /// Lays out `(owner, element)` pairs owner by owner, each owner's in the order given, with the
  /// offset where each owner's begin and one past the last.
  private static func lay<Element>(_ pairs: [(Int, Element)], count: Int) -> (
    [Element], [Int32]
  ) {
    var start = [Int32](repeating: 0, count: count + 1)
    for (owner, _) in pairs { start[owner + 1] += 1 }
    for number in 0..<count { start[number + 1] += start[number] }
    var next = start
    var laid = [Element?](repeating: nil, count: pairs.count)
    for (owner, element) in pairs {
      laid[Int(next[owner])] = element
      next[owner] += 1
    }
    return (laid.map { $0! }, start)
  }

  /// How many routes each actor is from `goal` at the least on a lawful path of routes
  /// `isAllowed` lets through (by map position): contact-opening routes through stepping stones,
  /// the last route of any kind when `anyLastRoute`; nil where it cannot reach it.
  func distances(
    to goal: Int, anyLastRoute: Bool, isAllowed: (Int) -> Bool = { _ in true }
  ) -> [Int?] {
    var distance = [Int32](repeating: Self.none, count: count)
    var queue = [Int32](repeating: 0, count: count)
    distance.withUnsafeMutableBufferPointer { distance in
      queue.withUnsafeMutableBufferPointer { queue in
        measure(
          to: Int32(goal), anyLastRoute: anyLastRoute, upTo: Int32.max, into: distance,
          queue: queue, isAllowed: { isAllowed(Int($0)) })
      }
    }
    return distance.map { $0 == Self.none ? nil : Int($0) }
  }

  /// The distances of `distances(to:anyLastRoute:isAllowed:)` into `distance` (one per actor,
  /// `none` where not reached), only up to `longest`: an actor further away is left `none`.
  /// With `starts`, the actors marked `mark` in `marks` are where paths start: once the nearest
  /// is reached, no actor more than `window` routes further than it is measured. `queue` holds one
  /// number per actor while it works.
  func measure(
    to goal: Int32, anyLastRoute: Bool, upTo longest: Int32,
    into distance: UnsafeMutableBufferPointer<Int32>, queue: UnsafeMutableBufferPointer<Int32>,
    starts: (marks: UnsafeMutableBufferPointer<Int32>, mark: Int32, window: Int32)? = nil,
    isAllowed: (Int32) -> Bool
  ) {
    distance.update(repeating: Self.none)
    distance[Int(goal)] = 0
    guard longest > 0 else { return }
    var longest = longest
    /// Sets the distance of an actor first reached, and where the search stops when it starts
    /// a path.
    func reach(_ actor: Int32, at level: Int32, end: inout Int) {
      distance[Int(actor)] = level
      queue[end] = actor
      end += 1
      if let starts, starts.marks[Int(actor)] & starts.mark != 0 {
        longest = min(longest, level + starts.window)
      }
    }
    incoming.withUnsafeBufferPointer { incoming in
      incomingStart.withUnsafeBufferPointer { start in
        isSteppingStone.withUnsafeBufferPointer { isSteppingStone in
          var end = 0
          for edge in incoming[Int(start[Int(goal)])..<Int(start[Int(goal) + 1])]
          where (edge.opensContact || anyLastRoute) && distance[Int(edge.other)] == Self.none
            && isAllowed(edge.route)
          {
            reach(edge.other, at: 1, end: &end)
          }
          var next = 0
          while next < end {
            let current = Int(queue[next])
            next += 1
            let reached = distance[current]
            guard isSteppingStone[current], reached < longest else { continue }
            for edge in incoming[Int(start[current])..<Int(start[current + 1])]
            where edge.leadsOn && distance[Int(edge.other)] == Self.none
              && isAllowed(edge.route)
            {
              reach(edge.other, at: reached + 1, end: &end)
            }
          }
        }
      }
    }
  }
}
