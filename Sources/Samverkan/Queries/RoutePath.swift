/// One path's routes in order, read in place from the routes they were found among: a path
/// search answers without copying a route, and a route is copied only when it is read.
///
/// Two paths are equal when they hold equal routes in the same order, wherever each reads them
/// from.
public struct RoutePath: RandomAccessCollection, Sendable, Hashable {
  /// The routes the path was found among (for a search's answer, the map's).
  private let routes: [Route]
  /// The path's routes by position in `routes`.
  private let positions: [Int32]

  /// The path made of `routes`, in order.
  public init(_ routes: [Route]) {
    self.routes = routes
    positions = routes.indices.map { Int32($0) }
  }

  /// The path of `routes[positions[0]]`, `routes[positions[1]]` and so on.
  init(positions: [Int32], in routes: [Route]) {
    self.routes = routes
    self.positions = positions
  }

  public var startIndex: Int { 0 }
  public var endIndex: Int { positions.count }
  public subscript(index: Int) -> Route { routes[Int(positions[index])] }

  public static func == (left: RoutePath, right: RoutePath) -> Bool {
    left.elementsEqual(right)
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(count)
    for route in self { hasher.combine(route) }
  }
}
