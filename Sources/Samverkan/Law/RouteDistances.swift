/// How many routes every actor is from every goal at the least, over every usable route, for
/// both kinds of last route: what `RouteGraph.measure` gives a search that `following` does not
/// narrow, measured once per map instead of once per query.
///
/// Immutable once built, so any number of tasks read it at once (`RouteGraph.distancesToEveryGoal`
/// builds it under a lock on first use). Rows hold whole distances, with no window and no longest
/// length: a search prunes with them exactly as with the windowed ones, because it never takes a
/// step whose remaining distance is beyond the window it measures.
final class RouteDistances: Sendable {
  /// The most numbered actors a map may have for its distances to be kept: the rows take
  /// 8 × count² bytes, 8 MB at this size.
  static let largestGraph = 1024

  /// How many actors have numbers.
  let count: Int
  /// Row by row: contact-opening last routes first, then any last route; in each, goal by goal,
  /// one distance per actor, `RouteGraph.none` where it cannot reach the goal.
  private let distances: [Int32]

  init(_ graph: RouteGraph) {
    let count = graph.count
    self.count = count
    var distances = [Int32](repeating: RouteGraph.none, count: 2 * count * count)
    var queue = [Int32](repeating: 0, count: count)
    distances.withUnsafeMutableBufferPointer { distances in
      queue.withUnsafeMutableBufferPointer { queue in
        for row in 0..<2 * count {
          graph.measure(
            to: Int32(row % count), anyLastRoute: row >= count, upTo: Int32.max,
            into: UnsafeMutableBufferPointer(
              rebasing: distances[row * count..<(row + 1) * count]),
            queue: queue, isAllowed: { _ in true })
        }
      }
    }
    self.distances = distances
  }

  /// Calls `body` with the distances of every actor to `goal`, one per actor number.
  func withRow<Result>(
    to goal: Int, anyLastRoute: Bool, _ body: (UnsafeBufferPointer<Int32>) -> Result
  ) -> Result {
    let start = ((anyLastRoute ? count : 0) + goal) * count
    return distances.withUnsafeBufferPointer {
      body(UnsafeBufferPointer(rebasing: $0[start..<start + count]))
    }
  }
}
