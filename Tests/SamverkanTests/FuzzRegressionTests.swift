import Foundation
import Samverkan
import Testing

/// The inputs in `Fuzz/Corpus/FuzzMapLoading/`: what `scripts/fuzz` starts from, and the inputs
/// that once crashed, hung or ran out of memory, named `crash-…`, `timeout-…` or `oom-…`.
@Suite("Fuzzing corpus: every input loads or is refused cleanly")
struct FuzzRegressionTests {
  static let corpus = RealMaps.packageRoot.appendingPathComponent("Fuzz/Corpus/FuzzMapLoading")
  static let maps = RealMaps.packageRoot.appendingPathComponent("Maps")

  static let inputs: [String] =
    ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []).sorted()

  static let findings = inputs.filter { name in
    ["crash-", "timeout-", "oom-"].contains(where: name.hasPrefix)
  }

  static func load(_ name: String) throws -> CollaborationMap {
    let data = try Data(contentsOf: corpus.appendingPathComponent(name))
    return try MapLoader().load(
      text: String(decoding: data, as: UTF8.self), shownAs: name, folder: maps)
  }

  @Test("the corpus holds the fuzzer's findings")
  func findingsArePresent() {
    #expect(Self.findings.count >= 2, "\(Self.corpus.path)")
  }

  @Test("each finding is refused with an error that names the input", arguments: findings)
  func findingIsRefused(_ name: String) throws {
    let error = try #require(throws: MapLoadError.self) { try Self.load(name) }
    #expect(error.diagnostic.location?.file == name)
  }

  @Test(
    "aliases repeating an actor 15 000 times are refused before decoding, where they pass the limit"
  )
  func aliasedActors() throws {
    let error = try #require(throws: MapLoadError.self) {
      try Self.load("timeout-alias-actors.yaml")
    }
    #expect(error.diagnostic.rule == "alias-expansion")
    #expect(error.diagnostic.location?.line == 5)
  }

  @Test("nested aliases that would expand to a billion values are refused")
  func aliasBomb() throws {
    let error = try #require(throws: MapLoadError.self) {
      try Self.load("timeout-alias-laughs.yaml")
    }
    #expect(error.diagnostic.rule == "alias-expansion")
  }

  @Test("every other input loads, or is refused with a load error")
  func everyInput() {
    for name in Self.inputs where !Self.findings.contains(name) {
      do {
        _ = try Self.load(name)
      } catch is MapLoadError {
        continue
      } catch {
        Issue.record("\(name): \(type(of: error)) instead of a MapLoadError: \(error)")
      }
    }
  }
}
