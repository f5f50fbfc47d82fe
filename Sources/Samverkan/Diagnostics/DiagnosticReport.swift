import Foundation

/// The findings of one run over several map files, as JSON or as SARIF 2.1.0 for code scanning.
///
/// The JSON schema is documented in `docs/diagnostics.md`; its `version` changes when it does.
public struct DiagnosticReport: Sendable {
  /// The findings for one map file; `map` is nil when the file could not be loaded.
  public struct Entry: Sendable {
    public var file: String
    public var map: String?
    public var diagnostics: [Diagnostic]

    public init(file: String, map: String?, diagnostics: [Diagnostic]) {
      self.file = file
      self.map = map
      self.diagnostics = diagnostics
    }
  }

  public var entries: [Entry]
  /// The rules that ran, described in SARIF's tool section.
  public var rules: [any MapRule]
  public var toolVersion: String

  public init(entries: [Entry], rules: [any MapRule], toolVersion: String) {
    self.entries = entries
    self.rules = rules
    self.toolVersion = toolVersion
  }

  /// `{"version": 1, "maps": [{"file", "map", "errors", "warnings", "findings": [...]}]}`.
  public func json() throws -> Data {
    let maps = entries.map { entry in
      JSONMap(
        file: entry.file, map: entry.map,
        errors: entry.diagnostics.filter { $0.severity == .error }.count,
        warnings: entry.diagnostics.filter { $0.severity == .warning }.count,
        findings: entry.diagnostics.map(JSONFinding.init))
    }
    return try JSONEncoder.stable.encode(JSONReport(version: 1, maps: maps))
  }

  /// A SARIF 2.1.0 log with one run.
  public func sarif() throws -> Data {
    let driver = SARIF.Driver(
      name: "samverkan", version: toolVersion,
      rules: rules.map { rule in
        SARIF.Rule(
          id: rule.id, shortDescription: .init(text: rule.summary),
          defaultConfiguration: .init(level: SARIF.level(rule.defaultSeverity)),
          properties: .init(source: rule.source, kind: rule.kind.rawValue))
      })
    let results = entries.flatMap { entry in
      entry.diagnostics.map { diagnostic in
        let location = diagnostic.location ?? SourceLocation(file: entry.file, line: 1, column: 1)
        let text = diagnostic.hint.map { "\(diagnostic.message) (\($0))" } ?? diagnostic.message
        return SARIF.Result(
          ruleId: diagnostic.rule, level: SARIF.level(diagnostic.severity),
          message: .init(text: text),
          locations: [
            .init(
              physicalLocation: .init(
                artifactLocation: .init(uri: location.file),
                region: .init(startLine: location.line, startColumn: location.column)))
          ])
      }
    }
    return try JSONEncoder.stable.encode(
      SARIF.Log(
        schema: "https://json.schemastore.org/sarif-2.1.0.json", version: "2.1.0",
        runs: [.init(tool: .init(driver: driver), results: results)]))
  }
}

private struct JSONReport: Encodable {
  var version: Int
  var maps: [JSONMap]
}

private struct JSONMap: Encodable {
  var file: String
  var map: String?
  var errors: Int
  var warnings: Int
  var findings: [JSONFinding]
}

private struct JSONFinding: Encodable {
  var severity: String
  var rule: String
  var message: String
  var file: String?
  var line: Int?
  var column: Int?
  var hint: String?
  var element: String?

  init(_ diagnostic: Diagnostic) {
    severity = diagnostic.severity.rawValue
    rule = diagnostic.rule
    message = diagnostic.message
    file = diagnostic.location?.file
    line = diagnostic.location?.line
    column = diagnostic.location?.column
    hint = diagnostic.hint
    element = diagnostic.element
  }
}

/// The parts of SARIF 2.1.0 samverkan writes.
private enum SARIF {
  static func level(_ severity: Diagnostic.Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .info: "note"
    }
  }

  struct Log: Encodable {
    var schema: String
    var version: String
    var runs: [Run]
    enum CodingKeys: String, CodingKey {
      case schema = "$schema"
      case version, runs
    }
  }
  struct Run: Encodable {
    var tool: Tool
    var results: [Result]
  }
  struct Tool: Encodable { var driver: Driver }
  struct Driver: Encodable {
    var name: String
    var version: String
    var rules: [Rule]
  }
  struct Rule: Encodable {
    var id: String
    var shortDescription: Text
    var defaultConfiguration: Configuration
    var properties: Properties
  }
  struct Configuration: Encodable { var level: String }
  struct Properties: Encodable {
    var source: String
    var kind: String
  }
  struct Text: Encodable { var text: String }
  struct Result: Encodable {
    var ruleId: String
    var level: String
    var message: Text
    var locations: [Location]
  }
  struct Location: Encodable { var physicalLocation: PhysicalLocation }
  struct PhysicalLocation: Encodable {
    var artifactLocation: ArtifactLocation
    var region: Region
  }
  struct ArtifactLocation: Encodable { var uri: String }
  struct Region: Encodable {
    var startLine: Int
    var startColumn: Int
  }
}
