import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// What `Tests/Fixtures/hostile/expected.json` says one fixture must do.
struct HostileExpectation: Decodable, Sendable {
  var exit: Int32
  /// For a refused map: the rule, and the line and column it names.
  var rule: String?
  var line: Int?
  var column: Int?
  /// The file the diagnostic names, relative to the fixtures, when it is not the fixture itself.
  var file: String?
  /// For a map that must render: texts drawn as labels, node and edge tooltips, and links.
  var render: Bool?
  var labels: [String]?
  var tooltips: [String]?
  var links: [String]?
}

/// One hostile or broken map file and what it must do.
struct HostileFixture: Sendable, CustomTestStringConvertible {
  var name: String
  var expected: HostileExpectation

  var testDescription: String { name }
}

/// The hostile fixtures: files at the top of `Tests/Fixtures/hostile/` are test cases, files in
/// its folders are what they include.
enum HostileFixtures {
  static let folder = "Tests/Fixtures/hostile"

  static func manifest() throws -> [String: HostileExpectation] {
    let url = CommandRunner.packageRoot.appendingPathComponent("\(folder)/expected.json")
    return try JSONDecoder().decode([String: HostileExpectation].self, from: Data(contentsOf: url))
  }

  /// The fixtures in name order; empty when the manifest cannot be read, which
  /// `manifestCoversEveryFixture` reports.
  static let all: [HostileFixture] = ((try? manifest()) ?? [:])
    .map { HostileFixture(name: $0.key, expected: $0.value) }
    .sorted { $0.name < $1.name }
}

/// What a crashing Swift program or a signal prints.
let crashSigns = [
  "Fatal error", "Program crashed", "Stack dump", "stack trace", "Segmentation fault",
  "Illegal instruction", "Backtrace",
]

@Suite("Hostile and broken maps are refused or drawn safely")
struct HostileMapTests {
  @Test("the manifest names every fixture file and nothing else, at least forty")
  func manifestCoversEveryFixture() throws {
    let manifest = try HostileFixtures.manifest()
    let files = try FileManager.default.contentsOfDirectory(
      atPath: CommandRunner.packageRoot.appendingPathComponent(HostileFixtures.folder).path
    ).filter { $0.hasSuffix(".yaml") }
    #expect(Set(manifest.keys) == Set(files))
    #expect(files.count >= 40)
    for (name, expected) in manifest where expected.exit != 0 {
      #expect(expected.rule != nil && expected.line != nil && expected.column != nil, "\(name)")
    }
  }

  @Test(
    "each fixture exits as the manifest says, in time, without a crash, leaving no file behind",
    arguments: HostileFixtures.all)
  func fixture(_ fixture: HostileFixture) throws {
    let output = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: output) }
    let svg = output.appendingPathComponent("out.svg")
    let started = ContinuousClock.now
    let result = try CommandRunner.run(
      ["render", "\(HostileFixtures.folder)/\(fixture.name)", "-o", svg.path], timeout: 60)
    #expect(!result.timedOut)
    #expect(ContinuousClock.now - started < .seconds(30))
    #expect(result.status == fixture.expected.exit, "\(result.stderr)")
    for sign in crashSigns { #expect(!result.stderr.contains(sign), "\(result.stderr)") }
    let written = try FileManager.default.contentsOfDirectory(atPath: output.path)
    let expected = fixture.expected
    guard expected.exit == 0 else {
      #expect(written.isEmpty, "a refused map must write nothing: \(written)")
      let file = "\(HostileFixtures.folder)/\(expected.file ?? fixture.name)"
      let position = "\(file):\(expected.line ?? 0):\(expected.column ?? 0)"
      #expect(
        result.stderr.contains("\(position): error[\(expected.rule ?? "")]"), "\(result.stderr)")
      return
    }
    #expect(written == ["out.svg"])
    let picture = try SafeSVGCheck(Data(contentsOf: svg))
    try picture.expectNothingActive()
    let texts = try picture.texts()
    for label in expected.labels ?? [] {
      #expect(texts.contains(label), "'\(label)' is not drawn; texts: \(texts)")
    }
    let tooltips = try picture.values(of: "title")
    for tooltip in expected.tooltips ?? [] {
      #expect(tooltips.contains(tooltip), "no tooltip '\(tooltip)'; tooltips: \(tooltips)")
    }
    let links = try picture.values(of: "href")
    for link in expected.links ?? [] {
      #expect(links.contains(link), "no link '\(link)'; links: \(links)")
    }
  }

  @Test("10,000 routes between two actors are refused at the first route over the limit")
  func tenThousandRoutes() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let routes = (1...10_000).map {
      "  - {id: r\($0), from: skola, to: socialtjanst, channel: meeting, consent: required}\n"
    }
    let map = try write(
      "routes.yaml", in: folder,
      smallMapHead + "routes:\n" + routes.joined())
    let result = try renderRefused(map, in: folder)
    // The head takes 7 lines and `routes:` one, so route 5,001 is on line 5,009.
    #expect(
      result.stderr.contains("\(map.path):5009:5: error[too-many-routes]"), "\(result.stderr)")
  }

  @Test("2,001 actors are refused at the first actor over the limit")
  func tooManyActors() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let actors = (1...2_001).map {
      "  - {id: a\($0), name: Enhet \($0), kind: unit, sector: school, parent: skola}\n"
    }
    let map = try write(
      "actors.yaml", in: folder,
      "format: 1\nid: actors\nname: Actors\nreviewed: 2026-11-23\nactors:\n" + actors.joined())
    let result = try renderRefused(map, in: folder)
    #expect(
      result.stderr.contains("\(map.path):2006:5: error[too-many-actors]"), "\(result.stderr)")
  }

  @Test("a 50 MB file is refused at its start without being read")
  func fiftyMegabytes() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let map = folder.appendingPathComponent("big.yaml")
    let line = Data("# \(String(repeating: "x", count: 1_021))\n".utf8)
    var data = Data(smallMapHead.utf8)
    data.reserveCapacity(50 * 1_048_576)
    while data.count < 50 * 1_048_576 { data.append(line) }
    try data.write(to: map)
    let result = try renderRefused(map, in: folder)
    #expect(result.stderr.contains("\(map.path):1:1: error[file-too-large]"), "\(result.stderr)")
    #expect(result.stderr.contains("dela upp kartan"))
  }

  /// The 7 lines every generated map starts with: the top keys and two actors.
  private let smallMapHead = """
    format: 1
    id: generated
    name: Generated
    reviewed: 2026-11-23
    actors:
      - {id: skola, name: Skolan, kind: organisation, sector: school}
      - {id: socialtjanst, name: Socialtjänsten, kind: organisation, sector: social-services}

    """

  private func write(_ name: String, in folder: URL, _ text: String) throws -> URL {
    let url = folder.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url
  }

  /// Renders `map` into `folder/out/`, expects it refused quickly with exit 2 and nothing written.
  private func renderRefused(_ map: URL, in folder: URL) throws -> CommandRunner.Result {
    let output = folder.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
    let started = ContinuousClock.now
    let result = try CommandRunner.run(
      ["render", map.path, "-o", output.appendingPathComponent("out.svg").path], timeout: 60)
    #expect(!result.timedOut)
    #expect(ContinuousClock.now - started < .seconds(30))
    #expect(result.status == 2, "\(result.stderr)")
    for sign in crashSigns { #expect(!result.stderr.contains(sign), "\(result.stderr)") }
    #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).isEmpty)
    return result
  }
}

/// An SVG read as XML to check that nothing in it can run or lead to a script.
struct SafeSVGCheck {
  let document: XMLDocument

  init(_ data: Data) throws {
    document = try XMLDocument(data: data, options: [])
  }

  private func elements() throws -> [XMLElement] {
    try document.nodes(forXPath: "//*").compactMap { $0 as? XMLElement }
  }

  /// The text of every `<text>` element.
  func texts() throws -> [String] {
    try elements().filter { $0.localName == "text" }.compactMap(\.stringValue)
  }

  /// Every value of attributes with local name `name` (`href` finds `xlink:href` too).
  /// (FoundationXML's `attribute(forName:)` finds nothing in SVG's default namespace.)
  func values(of name: String) throws -> [String] {
    try elements().flatMap { $0.attributes ?? [] }
      .filter { ($0.localName ?? $0.name) == name }.compactMap(\.stringValue)
  }

  /// No `<script>` element, no event attribute, no link to a script or data URL.
  func expectNothingActive(sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    for element in try elements() {
      #expect(
        (element.localName ?? "").lowercased() != "script", sourceLocation: sourceLocation)
      for attribute in element.attributes ?? [] {
        let name = (attribute.localName ?? attribute.name ?? "").lowercased()
        #expect(!name.hasPrefix("on"), "event attribute \(name)", sourceLocation: sourceLocation)
        guard name == "href" else { continue }
        let link = String(
          (attribute.stringValue ?? "").lowercased().unicodeScalars.filter {
            !$0.properties.isWhitespace && $0.properties.generalCategory != .control
          })
        for scheme in ["javascript:", "data:", "vbscript:"] {
          #expect(!link.hasPrefix(scheme), "link \(link)", sourceLocation: sourceLocation)
        }
      }
    }
  }
}
