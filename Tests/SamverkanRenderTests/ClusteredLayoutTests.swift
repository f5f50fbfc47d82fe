import Foundation
import Samverkan
import SamverkanRender
import Testing

@Suite("Clustered graphs larger than the real maps")
struct ClusteredLayoutTests {
  @Test("no edge is lost", arguments: [UInt64(1), 2, 3])
  func noEdgeLost(seed: UInt64) throws {
    let map = try Fixture.clusteredMap(seed: seed)
    #expect(map.actors.count == 78)
    let rendered = try MapRenderer().render(map, format: .svg)
    let svg = try SVGPicture(rendered.data)
    let edges = try svg.groups(ofClass: "edge")
    // Every route not drawn once in the title's band is named by exactly one drawn edge with a
    // path, and all of them together are the map's routes.
    let duties = Set(NetworkDuties(map: map).routes.map(\.id))
    let named = edges.flatMap(svg.routeIDs)
    #expect(named.count == Set(named).count, "no route on two edges")
    #expect(Set(named) == Set(map.routes.map(\.id)).subtracting(duties))
    #expect(named.count + duties.count == map.routes.count)
    #expect(edges.count > map.routes.count / 2, "parallel routes merged, but not all")
    for edge in edges {
      #expect(try !edge.nodes(forXPath: ".//*[local-name()='path']").isEmpty)
    }
    #expect(try svg.groups(ofClass: "cluster").count == 18, "6 organisations with 2 units each")
  }
}
