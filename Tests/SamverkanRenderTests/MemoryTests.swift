import Foundation
import Samverkan
import Testing

@testable import SamverkanRender

/// Graphviz 2.43's dot layout leaks the virtual edges it builds for clusters (about 70 kB per
/// render of the Mölndal map; a plain C loop of agmemread, gvLayout, gvRenderData, gvFreeLayout
/// and agclose shows the same). These tests tell our own ownership apart from that leak.
@Suite("Graphviz objects are freed", .serialized)
struct MemoryTests {
  private let graph: GraphDescription
  private let dot: String

  init() throws {
    graph = GraphDescription(map: try Fixture.molndal())
    dot = DOTWriter().write(graph)
  }

  @Test(
    "building and closing the Mölndal graph 1000 times keeps memory flat",
    .enabled(if: ResidentMemory.isAvailable))
  func buildAndClose() throws {
    let growth = try ResidentMemory.growth(over: 1000) {
      _ = try Graphviz.shared.withContext { try $0.graph(graph).summary }
    }
    #expect(growth < 2_000_000, "resident memory grew by \(growth) bytes")
  }

  @Test(
    "rendering the Mölndal map 1000 times grows memory no more than libgvc alone does",
    .enabled(if: ResidentMemory.isAvailable))
  func thousandRenders() throws {
    let ours = try ResidentMemory.growth(over: 1000) {
      _ = try MapRenderer().render(graph, format: .svg)
    }
    let libgvcAlone = try ResidentMemory.growth(over: 1000) {
      _ = try Graphviz.shared.withContext { session -> Data? in
        guard let parsed = session.read(dot: dot) else { return nil }
        _ = try parsed.layout(engine: "dot")
        return try parsed.render(format: RenderFormat.svg.graphvizFormat)
      }
    }
    print("memory growth over 1000 renders: ours \(ours) bytes, libgvc alone \(libgvcAlone) bytes")
    #expect(ours <= libgvcAlone + 8_000_000)
    #expect(ours < 100_000_000, "more than Graphviz 2.43's own leak explains")
  }
}

/// Resident memory of this process, from /proc/self/statm.
enum ResidentMemory {
  static var isAvailable: Bool { FileManager.default.fileExists(atPath: "/proc/self/statm") }

  static func bytes() throws -> Int {
    let statm = try String(contentsOfFile: "/proc/self/statm", encoding: .utf8)
    let pages = try #require(Int(statm.split(separator: " ")[1]))
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
  }

  /// How much resident memory grows over `count` runs of `body`, after 50 runs to warm up.
  static func growth(over count: Int, _ body: () throws -> Void) throws -> Int {
    for _ in 0..<50 { try body() }
    let before = try bytes()
    for _ in 0..<count { try body() }
    return try bytes() - before
  }
}
