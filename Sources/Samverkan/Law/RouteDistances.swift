import Synchronization

/// How many routes, and how few needing consent, every actor is from every goal at the least,
/// over every usable route, for both kinds of last route: what `RouteGraph.measure` gives a
/// search that `following` does not narrow, measured once per map instead of once per query.
///
/// The distances are measured when it is built (`RouteGraph.distancesToEveryGoal` builds it
/// under a lock on first use), the consents on the first search that asks for them, under a lock
/// of their own: a who-query's search reads the distances alone. Immutable once built, so any
/// number of tasks read it at once. Rows hold whole distances, with no window and no longest
/// length: a search prunes with them exactly as with the windowed ones, because it never takes a
/// step whose remaining distance is beyond the window it measures.
final class RouteDistances: Sendable {
  /// The most numbered actors a map may have for its distances to be kept: the rows take
  /// 16 × count² bytes, 16 MB at this size.
  static let largestGraph = 1024

  /// How many actors have numbers.
  let count: Int
  /// Row by row: contact-opening last routes first, then any last route; in each, goal by goal,
  /// one distance per actor, `RouteGraph.none` where it cannot reach the goal.
  private let distances: [Int32]
  /// Laid out as `distances`: the fewest routes needing consent on a lawful path of any length
  /// from each actor to each goal, a bound no candidate path goes below; counted on first use.
  private let consents = Mutex<[Int32]?>(nil)

  init(_ graph: RouteGraph) {
    let count = graph.count
    self.count = count
    var distances = [Int32](repeating: RouteGraph.none, count: 2 * count * count)
    var queue = [Int32](repeating: 0, count: count)
    distances.withUnsafeMutableBufferPointer { distances in
      queue.withUnsafeMutableBufferPointer { queue in
        for row in 0..<2 * count {
          let (goal, anyLastRoute) = (row % count, row >= count)
          graph.measure(
            to: Int32(goal), anyLastRoute: anyLastRoute, upTo: Int32.max,
            into: UnsafeMutableBufferPointer(
              rebasing: distances[row * count..<(row + 1) * count]),
            queue: queue, isAllowed: { _ in true })
        }
      }
    }
    self.distances = distances
  }

  /// The fewest consents of every actor to every goal in `graph`, laid out as `distances`.
  private static func leastConsents(in graph: RouteGraph) -> [Int32] {
    let count = graph.count
    var consents = [Int32](repeating: RouteGraph.none, count: 2 * count * count)
    // Each round's actors, and the next round's: an actor is listed once per route that lowers
    // its count, so each list holds at most one entry per route and one for the goal.
    var rounds = [Int32](repeating: 0, count: 2 * (graph.incoming.count + 1))
    var settled = [Bool](repeating: false, count: count)
    consents.withUnsafeMutableBufferPointer { consents in
      rounds.withUnsafeMutableBufferPointer { rounds in
        settled.withUnsafeMutableBufferPointer { settled in
          graph.incoming.withUnsafeBufferPointer { incoming in
            graph.incomingStart.withUnsafeBufferPointer { incomingStart in
              graph.isSteppingStone.withUnsafeBufferPointer { isSteppingStone in
                for row in 0..<2 * count {
                  Self.leastConsents(
                    incoming: incoming, incomingStart: incomingStart,
                    isSteppingStone: isSteppingStone, to: row % count, anyLastRoute: row >= count,
                    into: UnsafeMutableBufferPointer(
                      rebasing: consents[row * count..<(row + 1) * count]),
                    rounds: rounds, settled: settled)
                }
              }
            }
          }
        }
      }
    }
    return consents
  }

  /// The fewest routes needing consent from each actor to `goal` on the paths `measure` walks
  /// (contact-opening routes through stepping stones, the last of any kind when
  /// `anyLastRoute`), by a search in rounds: round `n` settles the actors `n` consents away.
  /// `rounds` holds the lists of two rounds, one in each half; `settled` one flag per actor.
  private static func leastConsents(
    incoming: UnsafeBufferPointer<RouteGraph.Edge>, incomingStart: UnsafeBufferPointer<Int32>,
    isSteppingStone: UnsafeBufferPointer<Bool>, to goal: Int, anyLastRoute: Bool,
    into consents: UnsafeMutableBufferPointer<Int32>, rounds: UnsafeMutableBufferPointer<Int32>,
    settled: UnsafeMutableBufferPointer<Bool>
  ) {
    settled.update(repeating: false)
    consents[goal] = 0
    let half = rounds.count / 2
    var (round, next) = (0, half)
    rounds[round] = Int32(goal)
    var (roundCount, nextCount) = (1, 0)
    var needed: Int32 = 0
    while roundCount > 0 {
      var index = 0
      while index < roundCount {
        let current = Int(rounds[round + index])
        index += 1
        guard !settled[current] else { continue }
        settled[current] = true
        guard current == goal || isSteppingStone[current] else { continue }
        for edge in incoming[Int(incomingStart[current])..<Int(incomingStart[current + 1])]
        where current == goal ? edge.opensContact || anyLastRoute : edge.leadsOn {
          let other = Int(edge.other)
          let reached = needed + (edge.needsConsent ? 1 : 0)
          guard consents[other] == RouteGraph.none || reached < consents[other] else { continue }
          consents[other] = reached
          if edge.needsConsent {
            rounds[next + nextCount] = edge.other
            nextCount += 1
          } else {
            rounds[round + roundCount] = edge.other
            roundCount += 1
          }
        }
      }
      (round, next) = (next, round)
      (roundCount, nextCount) = (nextCount, 0)
      needed += 1
    }
  }

  /// Calls `body` with the distances of every actor to `goal` and the fewest consents on the
  /// way, one per actor number; `graph` is the graph the distances were measured in.
  func withRows<Result>(
    to goal: Int, anyLastRoute: Bool, in graph: RouteGraph,
    _ body: (_ distance: UnsafeBufferPointer<Int32>, _ consents: UnsafeBufferPointer<Int32>) ->
      Result
  ) -> Result {
    let start = ((anyLastRoute ? count : 0) + goal) * count
    let consents = consentRows(in: graph)
    return withDistances(to: goal, anyLastRoute: anyLastRoute) { distance in
      consents.withUnsafeBufferPointer { consents in
        body(distance, UnsafeBufferPointer(rebasing: consents[start..<start + count]))
      }
    }
  }

  /// Counts the fewest consents in `graph` now, unless a search has: what `withRows` first does.
  func prepareConsents(in graph: RouteGraph) {
    _ = consentRows(in: graph)
  }

  /// The fewest consents, counted in `graph` by the first caller under the lock; the rest wait
  /// for it, then read the same immutable rows.
  private func consentRows(in graph: RouteGraph) -> [Int32] {
    consents.withLock { stored in
      if let stored { return stored }
      let counted = Self.leastConsents(in: graph)
      stored = counted
      return counted
    }
  }

  /// Calls `body` with the distances of every actor to `goal`, one per actor number.
  func withDistances<Result>(
    to goal: Int, anyLastRoute: Bool, _ body: (_ distance: UnsafeBufferPointer<Int32>) -> Result
  ) -> Result {
    let start = ((anyLastRoute ? count : 0) + goal) * count
    return distances.withUnsafeBufferPointer { distances in
      body(UnsafeBufferPointer(rebasing: distances[start..<start + count]))
    }
  }
}
