import Foundation
import Testing

@testable import Samverkan

/// `Maps/schema/map.schema.json` must say what the Swift model reads, key for key and value for
/// value, so editors that validate and complete map files never drift from the loader.
@Suite("The JSON Schema of the map format agrees with the model")
struct MapSchemaTests {
  private let schema: [String: Any]

  init() throws {
    let url = RealMaps.packageRoot.appendingPathComponent("Maps/schema/map.schema.json")
    schema = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
  }

  private func definition(_ name: String?) throws -> [String: Any] {
    guard let name else { return schema }
    let definitions = try #require(schema["$defs"] as? [String: Any])
    return try #require(definitions[name] as? [String: Any], "no definition \(name)")
  }

  private func properties(_ name: String?) throws -> Set<String> {
    Set(try #require(try definition(name)["properties"] as? [String: Any]).keys)
  }

  private func values(_ name: String) throws -> [String] {
    try #require(try definition(name)["enum"] as? [String])
  }

  @Test("each mapping in the schema has exactly the keys the model decodes")
  func keys() throws {
    func names<Keys: CodingKey & CaseIterable>(_: Keys.Type) -> Set<String> {
      Set(Keys.allCases.map(\.stringValue))
    }
    #expect(try properties(nil) == names(MapDocument.CodingKeys.self))
    #expect(try properties("actor") == names(Actor.CodingKeys.self))
    #expect(try properties("contact") == names(ContactPoint.CodingKeys.self))
    #expect(try properties("mandate") == names(Mandate.CodingKeys.self))
    #expect(try properties("route") == names(Route.CodingKeys.self))
    #expect(try properties("ladder") == names(EscalationLadder.CodingKeys.self))
    #expect(try properties("step") == names(EscalationLadder.Step.CodingKeys.self))
    #expect(try properties("agreements") == names(Agreements.CodingKeys.self))
    #expect(try properties("rules") == names(RuleSettings.CodingKeys.self))
    #expect(try properties("source") == names(MapSource.CodingKeys.self))
  }

  /// The words a map may write for a closed set of values: the English values, then the Swedish.
  private func words<E: StrictEnum>(_: E.Type) -> [String] {
    E.allCases.map(\.rawValue) + E.allAliases
  }

  @Test("each closed set of values in the schema is the model's, English and Swedish")
  func enumerations() throws {
    #expect(try values("concern") == words(Concern.self))
    #expect(try values("severity") == words(Severity.self))
    #expect(try values("status") == words(Status.self))
    let actor = try #require(try definition("actor")["properties"] as? [String: [String: Any]])
    #expect(actor["kind"]?["enum"] as? [String] == words(ActorKind.self))
    #expect(actor["sector"]?["enum"] as? [String] == words(Sector.self))
    #expect(actor["acute"]?["enum"] as? [String] == words(AcuteRole.self))
    let route = try #require(try definition("route")["properties"] as? [String: [String: Any]])
    #expect(route["channel"]?["enum"] as? [String] == words(Channel.self))
    #expect(route["consent"]?["enum"] as? [String] == words(Route.Consent.self))
    let top = try #require(schema["properties"] as? [String: [String: Any]])
    #expect(top["kind"]?["enum"] as? [String] == words(CollaborationMap.Kind.self))
    let rules = try #require(try definition("rules")["properties"] as? [String: [String: Any]])
    #expect(rules["preset"]?["enum"] as? [String] == words(RulePreset.self))
    let levels = try #require(rules["severity"]?["additionalProperties"] as? [String: Any])
    #expect(levels["enum"] as? [String] == words(RuleSettings.Level.self))
  }

  @Test("the schema asks for 'provision' with every word for 'not-required'")
  func provisionCondition() throws {
    let condition = try #require(try definition("route")["if"] as? [String: Any])
    let consent = try #require(
      (condition["properties"] as? [String: Any])?["consent"] as? [String: Any])
    let notRequired =
      [Route.Consent.notRequired.rawValue] + Route.Consent.aliases[.notRequired, default: []]
    #expect(consent["enum"] as? [String] == notRequired)
  }

  @Test("every response time the schema's pattern admits in both languages, the model reads")
  func responsePattern() throws {
    let route = try #require(try definition("route")["properties"] as? [String: [String: Any]])
    let pattern = try #require(route["response"]?["pattern"] as? String)
    let expression = try Regex(pattern)
    for text in [
      "immediately", "same day", "7 days", "1 hour", "2 weeks", "omedelbart", "samma dag",
      "7 dagar", "1 dag", "1 timme", "3 timmar", "1 vecka", "2 veckor",
    ] {
      #expect(try expression.wholeMatch(in: text) != nil, "\(text)")
      #expect(ResponseTime(parsing: text) != nil, "\(text)")
    }
  }

  /// Runs `scripts/check-schema.py` (Python's jsonschema) on files; nil when Python or its
  /// packages are missing.
  private func checkWithPython(_ files: [String]) throws -> (status: Int32, output: String)? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "scripts/check-schema.py"] + files
    process.currentDirectoryURL = RealMaps.packageRoot
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return process.terminationStatus == 2 ? nil : (process.terminationStatus, output)
  }

  @Test("every map in Maps/ validates against the schema with Python's jsonschema")
  func mapsValidate() throws {
    let folder = RealMaps.packageRoot.appendingPathComponent("Maps")
    let files = try FileManager.default.subpathsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".yaml") }.sorted().map { "Maps/\($0)" }
    guard let result = try checkWithPython(files) else {
      print("skipped: python3 with jsonschema and pyyaml is not installed")
      return
    }
    #expect(result.status == 0, "\(result.output)")
    #expect(result.output.split(separator: "\n").count == files.count)
  }

  @Test("the Swedish twin of Partille validates against the schema")
  func swedishTwinValidates() throws {
    let files = [
      "Tests/Fixtures/swedish/partille.yaml", "Tests/Fixtures/swedish/regions/vastra-gotaland.yaml",
    ]
    guard let result = try checkWithPython(files) else { return }
    #expect(result.status == 0, "\(result.output)")
  }

  @Test("a source is a file or a file with a title, for the loader and the schema alike")
  func sourceWithTitle() throws {
    let folder = try FixtureFolder()
    let path = try folder.write(
      "titled.yaml",
      header
        + "sources:\n  - domain.md\n  - {file: seeds/000.txt, title: \"FoU Nordväst (2022)\"}\n")
    let map = try MapLoader().load(path)
    #expect(
      map.sources == [
        MapSource(file: "domain.md"),
        MapSource(file: "seeds/000.txt", title: "FoU Nordväst (2022)"),
      ])
    #expect(map.sources.map(\.shown) == ["domain.md", "FoU Nordväst (2022)"])
    let typo = try folder.write(
      "typo-source.yaml", header + "sources:\n  - {file: a.txt, titel: A}\n")
    #expect(throws: MapLoadError.self) { try MapLoader().load(typo) }
    guard let result = try checkWithPython([path, typo]) else { return }
    #expect(result.status == 1)
    #expect(result.output.contains("titled.yaml: ok"), "\(result.output)")
    #expect(result.output.contains("typo-source.yaml: 1 error"), "\(result.output)")
  }

  @Test("a typo the loader refuses, the schema refuses too")
  func typoIsRefused() throws {
    let folder = try FixtureFolder()
    let path = try folder.write(
      "typo.yaml",
      header + "actors:\n  - {id: skola, name: Skolan, kind: unit, sector: school, lwas: []}\n")
    #expect(throws: MapLoadError.self) { try MapLoader().load(path) }
    guard let result = try checkWithPython([path]) else { return }
    #expect(result.status == 1)
    #expect(result.output.contains("'lwas' was unexpected"))
  }
}
