import Foundation
import Testing

@Suite("samverkan overview")
struct OverviewCommandTests {
  /// A copy of Maps/ in a temporary folder, so a test can add a file to it.
  private func maps() throws -> (folder: URL, maps: URL) {
    let folder = try CommandRunner.temporaryFolder()
    let maps = folder.appendingPathComponent("Maps")
    try FileManager.default.copyItem(
      at: CommandRunner.packageRoot.appendingPathComponent("Maps"), to: maps)
    return (folder, maps)
  }

  @Test("the region's municipalities are the maps that include its template, no others")
  func members() throws {
    let (folder, maps) = try maps()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("vgr.svg")
    let result = try CommandRunner.run(
      ["overview", maps.path, "--region", "vastra-gotaland", "-o", output.path])
    #expect(result.status == 0, "\(result.stderr)")
    // The maps' include: lists: four build on Västra Götaland's template; Örebro includes
    // regions/orebro.yaml and Stockholm's example regions/stockholm.yaml, so neither is counted.
    #expect(
      result.stderr.contains(
        "vastra-gotaland: goteborg-norra-hisingen, harryda, molndal, partille → "),
      "\(result.stderr)")
    let svg = try String(contentsOf: output, encoding: .utf8)
    #expect(svg.contains("Mölndals stad"))
    #expect(!svg.contains("Örebro kommun"))
    let orebro = try CommandRunner.run(
      ["overview", maps.path, "--region", "orebro", "-o", output.path])
    #expect(orebro.status == 0, "\(orebro.stderr)")
    #expect(orebro.stderr.contains("orebro: orebro → "), "\(orebro.stderr)")
  }

  @Test("a map that is not YAML stops the overview with its position and exit code 2")
  func brokenMap() throws {
    let (folder, maps) = try maps()
    defer { try? FileManager.default.removeItem(at: folder) }
    // The flow list opened on line 5 is never closed; libyaml misses its ']' on line 6.
    try Data(
      "format: 1\nid: trasig\nname: Trasig\nreviewed: 2026-11-23\ninclude: [regions/orebro.yaml\n"
        .utf8
    ).write(to: maps.appendingPathComponent("trasig.yaml"))
    let output = folder.appendingPathComponent("vgr.svg")
    let result = try CommandRunner.run(
      ["overview", maps.path, "--region", "vastra-gotaland", "-o", output.path])
    #expect(result.status == 2)
    #expect(result.stderr.contains("trasig.yaml:6:"), "\(result.stderr)")
    #expect(!FileManager.default.fileExists(atPath: output.path))
  }
}
