import Foundation
import Samverkan
import Testing

@testable import SamverkanRender

@Suite("render cache")
struct RenderCacheTests {
  private func temporaryFolder() -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("cache-\(UUID().uuidString)")
  }

  @Test("a stored render comes back with its notes")
  func roundTrip() throws {
    let cache = RenderCache(folder: temporaryFolder())
    defer { try? FileManager.default.removeItem(at: cache.folder) }
    let key = RenderCache.Key(dot: "digraph {}", engine: "dot", format: .svg, graphvizVersion: "2")
    #expect(cache.rendered(for: key, format: .svg) == nil)
    cache.store(RenderedMap(data: Data("svg".utf8), notes: ["a note"]), for: key, format: .svg)
    let stored = try #require(cache.rendered(for: key, format: .svg))
    #expect(stored.data == Data("svg".utf8))
    #expect(stored.notes == ["a note"])
  }

  @Test("another input whose file names collide never gets the stored picture")
  func collision() throws {
    let cache = RenderCache(folder: temporaryFolder())
    defer { try? FileManager.default.removeItem(at: cache.folder) }
    let stored = RenderCache.Key(
      dot: "digraph { a }", engine: "dot", format: .svg, graphvizVersion: "2")
    let other = RenderCache.Key(
      dot: "digraph { b }", engine: "dot", format: .svg, graphvizVersion: "2")
    #expect(stored.hash != other.hash)
    cache.store(RenderedMap(data: Data("a".utf8), notes: []), for: stored, format: .svg)
    // Pretend the two hashes collide: the other key's files are the stored key's.
    for ext in ["json", "svg"] {
      try FileManager.default.copyItem(
        at: cache.folder.appendingPathComponent("\(stored.hash).\(ext)"),
        to: cache.folder.appendingPathComponent("\(other.hash).\(ext)"))
    }
    #expect(cache.rendered(for: other, format: .svg) == nil)
    #expect(cache.rendered(for: stored, format: .svg) != nil)
  }

  @Test("the key changes with the engine, the format and the Graphviz version")
  func keyParts() {
    let base = RenderCache.Key(dot: "digraph {}", engine: "dot", format: .svg, graphvizVersion: "2")
    let variants = [
      RenderCache.Key(dot: "digraph {}", engine: "neato", format: .svg, graphvizVersion: "2"),
      RenderCache.Key(dot: "digraph {}", engine: "dot", format: .png, graphvizVersion: "2"),
      RenderCache.Key(dot: "digraph {}", engine: "dot", format: .svg, graphvizVersion: "3"),
    ]
    #expect(Set(variants.map(\.hash)).count == 3)
    #expect(!variants.map(\.hash).contains(base.hash))
  }

  @Test("the fallbacks try the other rank mode, then no clusters")
  func fallbacks() throws {
    let map = try Fixture.molndal()
    let attempts = MapRenderer.attempts(for: GraphDescription(map: map))
    #expect(attempts.map(\.note).first == .some(nil))
    let newrank = attempts.map { $0.graph.graphAttributes.first { $0.name == "newrank" }?.value }
    #expect(newrank == [.text("true"), nil, .text("true")])
    #expect(attempts[2].graph.clusters.isEmpty)
    #expect(attempts[1].note?.contains("newrank=false") == true)
  }
}
