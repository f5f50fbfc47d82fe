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
    #expect(edges.count == map.routes.count)
    for edge in edges {
      #expect(try !edge.nodes(forXPath: ".//*[local-name()='path']").isEmpty)
    }
    #expect(try svg.groups(ofClass: "cluster").count == 18, "6 organisations with 2 units each")
  }
}
