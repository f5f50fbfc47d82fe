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
    let svg = Data("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".utf8)
    cache.store(RenderedMap(data: svg, notes: ["a note"]), for: key, format: .svg)
    let stored = try #require(cache.rendered(for: key, format: .svg))
    #expect(stored.data == svg)
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
    let svg = Data("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".utf8)
    cache.store(RenderedMap(data: svg, notes: []), for: stored, format: .svg)
    // Pretend the two hashes collide: the other key's entry is the stored key's.
    try FileManager.default.copyItem(
      at: cache.folder.appendingPathComponent("\(stored.hash).svg.entry"),
      to: cache.folder.appendingPathComponent("\(other.hash).svg.entry"))
    #expect(cache.rendered(for: other, format: .svg) == nil)
    #expect(cache.rendered(for: stored, format: .svg) != nil)
  }

  @Test(
    "an entry whose picture is cut short, or is not a sound picture, is a miss",
    arguments: ["truncated", "script", "not-svg"])
  func unsoundEntry(damage: String) throws {
    let cache = RenderCache(folder: temporaryFolder())
    defer { try? FileManager.default.removeItem(at: cache.folder) }
    let key = RenderCache.Key(dot: "digraph {}", engine: "dot", format: .svg, graphvizVersion: "2")
    let picture =
      switch damage {
      case "script": "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
      case "not-svg": "<html/>"
      default: "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"
      }
    cache.store(RenderedMap(data: Data(picture.utf8), notes: []), for: key, format: .svg)
    if damage == "truncated" {
      let url = cache.folder.appendingPathComponent("\(key.hash).svg.entry")
      try Data(try Data(contentsOf: url).dropLast(3)).write(to: url)
    }
    #expect(cache.rendered(for: key, format: .svg) == nil)
  }

  @Test("pruning removes old entries and the oldest over the size, nothing else")
  func pruning() throws {
    let cache = RenderCache(folder: temporaryFolder())
    defer { try? FileManager.default.removeItem(at: cache.folder) }
    try FileManager.default.createDirectory(at: cache.folder, withIntermediateDirectories: true)
    let now = Date()
    let files: [(String, TimeInterval, Int)] = [
      ("aaaaaaaaaaaaaaaa.svg.entry", 40, 10), ("bbbbbbbbbbbbbbbb.svg.entry", 3, 600),
      ("map-cccccccccccccccc.entry", 2, 600), ("dddddddddddddddd.png.entry", 1, 600),
      ("own-notes.txt", 400, 10),
    ]
    for (name, days, size) in files {
      let url = cache.folder.appendingPathComponent(name)
      try Data(count: size).write(to: url)
      try FileManager.default.setAttributes(
        [.modificationDate: now.addingTimeInterval(-days * 24 * 3600)], ofItemAtPath: url.path)
    }
    cache.prune(maxAge: 30 * 24 * 3600, maxBytes: 1300, now: now)
    let left = try FileManager.default.contentsOfDirectory(atPath: cache.folder.path).sorted()
    #expect(left == ["dddddddddddddddd.png.entry", "map-cccccccccccccccc.entry", "own-notes.txt"])
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

  @Test("the key changes with the language, so notes stored in one are never replayed in another")
  func keyLanguage() throws {
    let cache = RenderCache(folder: temporaryFolder())
    defer { try? FileManager.default.removeItem(at: cache.folder) }
    func key(_ language: Language) -> RenderCache.Key {
      RenderCache.Key(
        dot: "digraph {}", engine: "dot", format: .svg, graphvizVersion: "2", language: language)
    }
    #expect(key(.swedish).hash != key(.english).hash)
    #expect(
      Language.$override.withValue(.english) {
        RenderCache.Key(
          dot: "digraph {}", engine: "dot", format: .svg, graphvizVersion: "2"
        ).text
      } == key(.english).text)
    let svg = Data("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".utf8)
    cache.store(
      RenderedMap(data: svg, notes: ["ritad utan organisationsramar"]), for: key(.swedish),
      format: .svg)
    #expect(cache.rendered(for: key(.english), format: .svg) == nil)
    #expect(
      cache.rendered(for: key(.swedish), format: .svg)?.notes == ["ritad utan organisationsramar"])
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
