import Foundation
import Samverkan
import Testing

/// The synthetic national model end to end: 290 municipality maps generated, validated and drawn
/// by worker processes, each picture holding every route the map has — no edge lost by Graphviz:
/// each route is named in the class of one drawn edge (parallel routes share one), or is a duty
/// (report of concern, SIP) written once in the title's band.
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
      let named = svg.matches(of: #/class="edge ([^"]*)"/#).flatMap { match in
        // Graphviz writes a hyphen in an attribute as "&#45;".
        match.output.1.replacing("&#45;", with: "-").split(separator: " ").filter {
          $0.hasPrefix("route-")
        }
        .map { String($0.dropFirst("route-".count)) }
      }
      let map = try MapLoader().load(national.appendingPathComponent(name).path)
      let duties = NetworkDuties(map: map).routes.map(\.id)
      #expect(named.count == Set(named).count, "\(id): a route on two edges")
      #expect(Set(named).isDisjoint(with: duties), "\(id): a duty drawn as an arrow")
      #expect(
        Set(named + duties) == Set(map.routes.map(\.id))
          && named.count + duties.count == map.routes.count,
        "\(id): \(named.count) routes in edges and \(duties.count) in the band of \(map.routes.count)"
      )
      // The band: the report of concern (SoL 19 kap. 1 §) is in every picture, in Swedish.
      #expect(svg.contains("Orosanmälan") && svg.contains("SoL 19 kap. 1 §"), "\(id)")
    }
  }
}
