import Foundation
import Samverkan
import SamverkanRender
import Testing

/// The inputs in `Fuzz/Corpus/FuzzSVG/` that once crashed the embedder (`crash-…`) or got a local
/// file read into its output (`xxe-…`).
@Suite("Fuzzing corpus: the SVG embedder survives every finding")
struct SVGFuzzRegressionTests {
  static let corpus = Fixture.packageRoot.appendingPathComponent("Fuzz/Corpus/FuzzSVG")

  static let findings: [String] =
    ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? [])
    .filter { $0.hasPrefix("crash-") || $0.hasPrefix("xxe-") }.sorted()

  @Test("the corpus holds the fuzzer's findings")
  func findingsArePresent() {
    #expect(Self.findings.count >= 4, "\(Self.corpus.path)")
  }

  @Test(
    "each finding is refused or embedded without script, and reads no file", arguments: findings)
  func findingIsSafe(_ name: String) throws {
    let svg = try Data(contentsOf: Self.corpus.appendingPathComponent(name))
    let map = try MapLoader().load(Fixture.molndalPath)
    do {
      let text = String(decoding: try SVGEmbedder().embed(svg, map: map).data, as: UTF8.self)
      let hostname = (try? String(contentsOfFile: "/etc/hostname", encoding: .utf8)) ?? ""
      #expect(!text.lowercased().contains("<script"))
      let read = hostname.trimmingCharacters(in: .whitespacesAndNewlines)
      #expect(read.isEmpty || !text.contains(">\(read)"), "a local file was read into the SVG")
    } catch is SVGEmbedder.Failure {
      return
    }
  }
}
