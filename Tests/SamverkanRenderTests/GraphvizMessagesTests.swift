import Foundation
import Samverkan
import Testing

@testable import SamverkanRender

@Suite("Graphviz's own messages and the fallback layout")
struct GraphvizMessagesTests {
  @Test("a DOT syntax error comes back as a typed error carrying Graphviz's message")
  func syntaxErrorIsCaptured() throws {
    #expect {
      try DOTReader.read("digraph broken { a -> ; }")
    } throws: { error in
      guard case GraphvizError.unreadableDOT(let messages) = error else { return false }
      return messages.contains { $0.contains("syntax error") }
    }
  }

  @Test("after an error, the next call starts with a clean slate")
  func errorsDoNotLeakIntoTheNextCall() throws {
    _ = try? DOTReader.read("digraph broken { a -> ; }")
    let rendered = try MapRenderer().render(try Fixture.molndal(), format: .svg)
    #expect(rendered.notes.isEmpty)
  }

  @Test("the fallback without clusters keeps every node and edge")
  func withoutClusters() throws {
    let graph = GraphDescription(map: try Fixture.clusteredMap())
    let flat = graph.withoutClusters
    #expect(flat.clusters.isEmpty)
    #expect(flat.nodes.count == graph.nodeCount)
    #expect(Set(flat.nodes.map(\.name)).count == graph.nodeCount)
    #expect(flat.edges == graph.edges)
    let svg = try SVGPicture(MapRenderer().render(flat, format: .svg).data)
    #expect(try svg.groups(ofClass: "edge").count == graph.edges.count)
  }
}
