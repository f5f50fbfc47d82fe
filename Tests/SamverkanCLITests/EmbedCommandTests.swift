import Foundation
import Testing

@Suite("samverkan render --embed")
struct EmbedCommandTests {
  @Test("--embed writes SVG for an HTML page: no prolog, ids prefixed, a legend")
  func embedWritesInlineSVG() throws {
    let result = try CommandRunner.run(["render", "Maps/molndal.yaml", "--embed"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("<svg"))
    #expect(!result.stdout.contains("<?xml"))
    #expect(!result.stdout.contains("<!DOCTYPE"))
    #expect(result.stdout.contains("id=\"molndal-actor-bup\""))
    #expect(result.stdout.contains("class=\"legend\""))
  }

  @Test("--embed with another format than SVG is a usage error")
  func embedNeedsSVG() throws {
    let result = try CommandRunner.run([
      "render", "Maps/molndal.yaml", "--embed", "--format", "png",
    ])
    #expect(result.status == 2)
    #expect(result.stderr.contains("--embed"))
    #expect(result.output.isEmpty)
  }
}
