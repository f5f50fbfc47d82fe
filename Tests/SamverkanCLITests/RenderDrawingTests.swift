import Foundation
import Samverkan
import SamverkanRender
import Testing

/// `render` draws through the library's `MapDrawing`, the same code the web server's pictures
/// (`MapPictures`) use: what the command writes is what the library draws.
@Suite("samverkan render draws what MapDrawing draws")
struct RenderDrawingTests {
  private let path = "Maps/molndal.yaml"

  private func molndal() throws -> CollaborationMap {
    try MapLoader().load(CommandRunner.packageRoot.appendingPathComponent(path).path)
  }

  @Test("render -o map.svg writes the bytes MapDrawing draws in the map's standard view")
  func plainSVG() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("molndal.svg")
    let result = try CommandRunner.run(["render", path, "-o", target.path])
    #expect(result.status == 0, "\(result.stderr)")
    // The command runs in Swedish, the default language.
    let drawn = try Language.$override.withValue(.swedish) {
      try MapDrawing(map: molndal()).draw(with: MapRenderer(), format: .svg)
    }
    #expect(try Data(contentsOf: target) == drawn.data)
    #expect(!drawn.data.isEmpty)
  }

  @Test("render --embed writes the network picture the web page shows")
  func embedIsTheWebPicture() throws {
    let result = try CommandRunner.run(["render", path, "--embed"])
    #expect(result.status == 0, "\(result.stderr)")
    let web = try Language.$override.withValue(.swedish) {
      try MapPictures(map: molndal(), renderer: MapRenderer())
    }
    #expect(result.output == web.network.data)
  }

  @Test("render --format dot --view network writes MapDrawing's DOT text")
  func dotText() throws {
    let result = try CommandRunner.run(["render", path, "--format", "dot", "--view", "network"])
    #expect(result.status == 0, "\(result.stderr)")
    let dot = try Language.$override.withValue(.swedish) {
      try MapDrawing(map: molndal(), view: .network).dot
    }
    #expect(result.stdout == dot)
    #expect(dot.hasPrefix("digraph"))
  }

  /// Graphviz starts on a second thread before the arguments are parsed; a render that ends at
  /// once (a missing map, a usage error, help) must still end with its own status and message,
  /// never a crash from the libraries torn down under that start-up.
  @Test(
    "a render that ends at once, while Graphviz starts, ends with its own status", arguments: 1...8)
  func endsAtOnce(round: Int) throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("karta.svg").path
    let missing = try CommandRunner.run(["render", "Maps/finns-inte-\(round).yaml", "-o", target])
    #expect(missing.status == 2, "\(missing.stderr)")
    #expect(missing.stderr.contains("finns-inte-\(round).yaml"))
    #expect(!FileManager.default.fileExists(atPath: target))
    let usage = try CommandRunner.run(["render", path, "--view", "ingen", "-o", target])
    #expect(usage.status == 2, "\(usage.stderr)")
    let help = try CommandRunner.run(["render", "--help"])
    #expect(help.status == 0 && help.stdout.contains("render"), "\(help.stderr)")
  }
}
