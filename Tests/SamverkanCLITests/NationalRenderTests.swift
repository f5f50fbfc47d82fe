import Foundation
import Testing

/// The synthetic national model end to end: 290 municipality maps generated, validated and drawn
/// by worker processes, each picture holding every route the map has — no edge lost by Graphviz.
@Suite("the national model renders")
struct NationalRenderTests {
  @Test("every map of the 290-map national model renders with every route drawn")
  func everyRouteDrawn() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let national = folder.appendingPathComponent("national")
    let output = folder.appendingPathComponent("out")
    let generated = try CommandRunner.run(
      ["generate", "--municipalities", "290", "--seed", "2026", "-o", national.path])
    #expect(generated.status == 0, "\(generated.stderr)")
    let validated = try CommandRunner.run(["validate", national.path, "--preset", "all"])
    #expect(validated.status == 0, "\(validated.stderr.suffix(2000))")

    let rendered = try CommandRunner.run(
      [
        "render", national.path, "-o", output.path, "--no-cache", "--jobs", "2", "--view",
        "network",
      ])
    #expect(rendered.status == 0, "\(rendered.stderr.suffix(2000))")
    #expect(!rendered.stderr.contains("error"))

    let maps = try FileManager.default.contentsOfDirectory(atPath: national.path)
      .filter { $0.hasSuffix(".yaml") }
    #expect(maps.count == 290)
    for name in maps {
      let id = String(name.dropLast(".yaml".count))
      let dot = try CommandRunner.run(
        ["export-dot", national.appendingPathComponent(name).path, "--view", "network"])
      let routes = dot.stdout.components(separatedBy: " -> ").count - 1
      let svg = try String(
        contentsOf: output.appendingPathComponent("\(id).svg"), encoding: .utf8)
      let edges = svg.components(separatedBy: "class=\"edge").count - 1
      #expect(edges == routes, "\(id): \(edges) edges drawn of \(routes)")
    }
  }
}
