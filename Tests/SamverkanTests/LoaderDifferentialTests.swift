import Foundation
import Samverkan
import Testing

/// The loader reads each file in one pass over libyaml's events. Before that pass, each file was
/// read three times (an event scan, Yams' node tree, a decoder over the tree); the golden file
/// `Tests/Fixtures/loader-golden.txt` holds what that older loader made of every input here —
/// the model (as a digest of its stable JSON and of every element's source position) or the
/// error (rule, message, hint, file, line, column) — and this test requires the same of today's.
///
/// The inputs: every map in `Maps/` (regions too), every hostile fixture, the Swedish twin, the
/// fuzzing corpus, the acceptance and example cases, a synthetic nation of 12 municipalities
/// (seed 42), and mutations of each real map file (a line deleted, its first `: ` closed up, a
/// stray key inserted, the text cut after it) that reach the syntax, type and key errors.
///
/// `SAMVERKAN_RECORD_LOADER_GOLDEN=1` rewrites the golden file; that was done once, on the
/// commit before the one-pass loader.
@Suite("Loader: the one-pass loader makes what the three-pass loader made")
struct LoaderDifferentialTests {
  static let root = RealMaps.packageRoot
  static let golden = root.appendingPathComponent("Tests/Fixtures/loader-golden.txt")
  /// Where the synthetic nation is written; a fixed name, so its paths digest the same each run.
  static let temporary = FileManager.default.temporaryDirectory
    .appendingPathComponent("samverkan-loader-differential", isDirectory: true)

  @Test("every map, hostile file, fuzz input, case, synthetic map and mutation loads as before")
  func sameAsGolden() throws {
    let lines = try Language.$override.withValue(.english) { try Self.outcomes() }
    #expect(lines.count > 2_000, "the corpus is smaller than it should be: \(lines.count)")
    let text = lines.joined(separator: "\n") + "\n"
    if ProcessInfo.processInfo.environment["SAMVERKAN_RECORD_LOADER_GOLDEN"] == "1" {
      try text.write(to: Self.golden, atomically: true, encoding: .utf8)
      Issue.record("recorded \(Self.golden.path); run again without the variable")
      return
    }
    let expected = try String(contentsOf: Self.golden, encoding: .utf8)
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let actual = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(actual.count == expected.count)
    var differences = 0
    for (got, want) in zip(actual, expected) where got != want {
      differences += 1
      if differences <= 20 { Issue.record("expected\n  \(want)\ngot\n  \(got)") }
    }
    #expect(differences == 0, "\(differences) input(s) load differently")
  }

  /// One line per input: its name, then what loading it gave.
  static func outcomes() throws -> [String] {
    let files = FileManager.default
    try? files.removeItem(at: temporary)
    try files.createDirectory(at: temporary, withIntermediateDirectories: true)
    defer { try? files.removeItem(at: temporary) }
    var lines: [String] = []
    func name(_ path: String) -> String { path.normalized }
    func record(_ label: String, _ load: () throws -> String) {
      let outcome: String
      do {
        outcome = try load()
      } catch let error as MapLoadError {
        let d = error.diagnostic
        let location = d.location.map { "\(name($0.file)):\($0.line):\($0.column)" } ?? "-"
        outcome =
          "error \(d.rule) @ \(location) | \(d.message) | \(d.hint ?? "-")"
      } catch {
        outcome = "other \(error)"
      }
      lines.append(name(label) + " => " + name(outcome))
    }
    func yamlFiles(_ folder: String) -> [String] {
      let url = root.appendingPathComponent(folder)
      return ((try? files.contentsOfDirectory(atPath: url.path)) ?? []).sorted()
        .filter { $0.hasSuffix(".yaml") }.map { url.appendingPathComponent($0).path }
    }
    var real = yamlFiles("Maps") + yamlFiles("Maps/regions")
    real += yamlFiles("Tests/Fixtures/swedish") + yamlFiles("Tests/Fixtures/swedish/regions")
    for path in real + yamlFiles("Tests/Fixtures/hostile") {
      record(path) { try digest(MapLoader().load(path)) }
    }
    let maps = root.appendingPathComponent("Maps")
    let corpus = root.appendingPathComponent("Fuzz/Corpus/FuzzMapLoading")
    for input in ((try? files.contentsOfDirectory(atPath: corpus.path)) ?? []).sorted() {
      let data = try Data(contentsOf: corpus.appendingPathComponent(input))
      record("fuzz/" + input) {
        try digest(
          MapLoader().load(
            text: String(decoding: data, as: UTF8.self), shownAs: input, folder: maps))
      }
    }
    for path in yamlFiles("Tests/Acceptance/cases") + yamlFiles("Examples/cases") {
      record(path) {
        try String(decoding: JSONEncoder.stable.encode(CaseLoader().load(path)), as: UTF8.self)
          .stableDigest
      }
    }
    let reviewed = try #require(ReviewDate(year: 2026, month: 11, day: 23))
    let nation = SyntheticNation(municipalities: 12, seed: 42, reviewed: reviewed)
    for file in nation.files {
      let url = temporary.appendingPathComponent(file.path)
      try files.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try file.yaml().write(to: url, atomically: true, encoding: .utf8)
    }
    for file in nation.files {
      let path = temporary.appendingPathComponent(file.path).path
      record(path) { try digest(MapLoader().load(path)) }
    }
    // One loader for the mutations, so each region is parsed once for all its municipalities.
    let loader = MapLoader(root: maps)
    for path in real where !path.contains("/swedish/") {
      let text = try String(contentsOfFile: path, encoding: .utf8)
      let original = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
      let shown = URL(fileURLWithPath: path).lastPathComponent
      for line in stride(from: 0, to: original.count, by: 7) {
        var variants: [(String, [String])] = []
        var deleted = original
        deleted.remove(at: line)
        variants.append(("delete", deleted))
        if let range = original[line].range(of: ": ") {
          var closed = original
          closed[line].replaceSubrange(range, with: ":")
          variants.append(("close", closed))
        }
        var inserted = original
        let indent = original[line].prefix(while: { $0 == " " || $0 == "-" })
        inserted.insert(String(repeating: " ", count: indent.count) + "stray: 1", at: line + 1)
        variants.append(("insert", inserted))
        if line % 21 == 0 { variants.append(("cut", Array(original[...line]))) }
        for (kind, variant) in variants {
          record("\(shown)#\(kind)\(line + 1)") {
            try digest(
              loader.load(
                text: variant.joined(separator: "\n"), shownAs: shown, folder: folder))
          }
        }
      }
    }
    return lines
  }

  /// The map's stable JSON and every element's source position, as a short digest.
  static func digest(_ map: CollaborationMap) throws -> String {
    var text = String(decoding: try JSONEncoder.stable.encode(map), as: UTF8.self)
    func add(_ label: String, _ anchor: SourceAnchor?) {
      guard let anchor else {
        text += "\n\(label) -"
        return
      }
      text += "\n\(label) \(anchor.element)"
      for (key, location) in anchor.fields.sorted(by: { $0.key < $1.key }) {
        text += " \(key)=\(location)"
      }
    }
    for actor in map.actors { add("actor \(actor.id)", actor.source) }
    for route in map.routes { add("route \(route.id)", route.source) }
    for ladder in map.ladders {
      add("ladder \(ladder.id)", ladder.source)
      for step in ladder.steps { add("step", step.source) }
    }
    add("rules", map.rules.source)
    for suppression in map.rules.suppressions { add("suppress", suppression.source) }
    text += "\nfiles " + map.files.joined(separator: ",")
    return "\(map.actors.count)a \(map.routes.count)r \(text.stableDigest)"
  }
}

extension String {
  /// The text with the temporary and package folders written as `<tmp>` and `<root>`.
  fileprivate var normalized: String {
    replacingOccurrences(of: LoaderDifferentialTests.temporary.path, with: "<tmp>")
      .replacingOccurrences(of: LoaderDifferentialTests.root.path, with: "<root>")
  }

  /// A 64-bit FNV-1a digest of the normalized text's UTF-8 bytes, in hexadecimal: the same
  /// text gives the same digest on every run.
  fileprivate var stableDigest: String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in normalized.utf8 {
      hash ^= UInt64(byte)
      hash &*= 0x100_0000_01b3
    }
    return String(hash, radix: 16)
  }
}
