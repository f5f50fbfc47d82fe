import Testing

@testable import Samverkan

/// A path search's answer reads its routes in place from the map (`RoutePath`); it must still
/// behave as the list of routes it stands for. (The differential path tests compare the
/// searches' answers with paths their references build from copied routes.)
@Suite("a path's routes, read in place")
struct RoutePathTests {
  private func route(_ id: String, _ from: String, _ to: String) -> Route {
    Route(id: id, from: from, to: to, channel: .meeting, sharing: .notApplicable)
  }

  @Test("reads the routes at its positions, in order")
  func readsInOrder() {
    let routes = [route("a-b", "a", "b"), route("b-c", "b", "c"), route("c-d", "c", "d")]
    let path = RoutePath(positions: [2, 0], in: routes)
    #expect(path.count == 2)
    #expect(path.map(\.id) == ["c-d", "a-b"])
    #expect(path.first?.id == "c-d")
    #expect(path.last?.id == "a-b")
    #expect(Array(path) == [routes[2], routes[0]])
  }

  @Test("equals, and hashes as, the same routes read from anywhere")
  func equalityIsByRoutes() {
    let routes = [route("a-b", "a", "b"), route("b-c", "b", "c")]
    let inPlace = RoutePath(positions: [0, 1], in: routes)
    let copied = RoutePath([route("a-b", "a", "b"), route("b-c", "b", "c")])
    #expect(inPlace == copied)
    #expect(inPlace.hashValue == copied.hashValue)
    #expect(inPlace != RoutePath(positions: [1, 0], in: routes))
    #expect(inPlace != RoutePath(positions: [0], in: routes))
    #expect(RoutePath([]) == RoutePath(positions: [], in: routes))
  }
}
