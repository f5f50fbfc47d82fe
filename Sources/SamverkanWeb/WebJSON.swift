import Foundation
import Samverkan

/// The JSON behind the pages (`Accept: application/json`), as `docs/openapi.yaml` describes it.
/// The who-answer is `AnswerJSON`, the case walk `CaseWalk`, byte for byte the command line's.
enum WebJSON {
  struct Finding: Encodable {
    var severity: Diagnostic.Severity
    var rule: String
    var message: String
    var file: String?
    var line: Int?
    var column: Int?
    var hint: String?

    init(_ diagnostic: Diagnostic) {
      severity = diagnostic.severity
      rule = diagnostic.rule
      message = diagnostic.message
      file = diagnostic.location?.file
      line = diagnostic.location?.line
      column = diagnostic.location?.column
      hint = diagnostic.hint
    }
  }

  struct MapSummary: Encodable {
    var id: String
    var name: String
    var region: String?
    var reviewed: String
    var errors: Int
    var warnings: Int
    var findings: Int
    /// Whether the newest edit of the file does not read and an older version is shown.
    var brokenEdit: Bool
    var version: Int

    init(_ entry: MapLibrary.Entry, _ snapshot: MapLibrary.Snapshot) {
      id = snapshot.map.id
      name = snapshot.map.name
      region = snapshot.region
      reviewed = snapshot.map.reviewed.description
      errors = snapshot.errors
      warnings = snapshot.warnings
      findings = snapshot.diagnostics.count
      brokenEdit = entry.problems != nil
      version = snapshot.version
    }
  }

  static func index(_ entries: [MapLibrary.Entry]) throws -> Data {
    struct Index: Encodable {
      var maps: [MapSummary]
      var unreadable: [[Finding]]
    }
    return try encode(
      Index(
        maps: entries.compactMap { entry in entry.shown.map { MapSummary(entry, $0) } },
        unreadable: entries.filter { $0.shown == nil }.map { ($0.problems ?? []).map(Finding.init) }
      ))
  }

  static func map(_ entry: MapLibrary.Entry, _ snapshot: MapLibrary.Snapshot) throws -> Data {
    struct ActorJSON: Encodable {
      var id: String
      var name: String
      var sector: Sector
      var contact: String?
      var mandates: [Mandate]
      var routesIn: [String]
      var routesOut: [String]
    }
    struct MapJSON: Encodable {
      var map: MapSummary
      var actors: [ActorJSON]
      var problems: [Finding]?
    }
    let map = snapshot.map
    return try encode(
      MapJSON(
        map: MapSummary(entry, snapshot),
        actors: map.actors.filter { $0.status != .ended }.map { actor in
          ActorJSON(
            id: actor.id, name: actor.name, sector: actor.sector,
            contact: map.contactSummary(of: actor), mandates: actor.mandates,
            routesIn: map.routes.filter { $0.to == actor.id && map.isUsable($0) }.map(\.id),
            routesOut: map.routes.filter { $0.from == actor.id && map.isUsable($0) }.map(\.id))
        },
        problems: entry.problems?.map(Finding.init)))
  }

  static func findings(_ entry: MapLibrary.Entry, _ snapshot: MapLibrary.Snapshot) throws -> Data {
    struct FindingsJSON: Encodable {
      var map: MapSummary
      var findings: [Finding]
      var problems: [Finding]?
    }
    return try encode(
      FindingsJSON(
        map: MapSummary(entry, snapshot), findings: snapshot.diagnostics.map(Finding.init),
        problems: entry.problems?.map(Finding.init)))
  }

  static func sheet(_ sheet: ContactSheet) throws -> Data {
    struct CellJSON: Encodable {
      var severity: Severity
      var actor: String?
      var whom: String
      var details: [String]
    }
    struct RowJSON: Encodable {
      var concern: Concern
      var cells: [CellJSON]
    }
    struct RuleJSON: Encodable {
      var title: String
      var text: String
    }
    struct SheetJSON: Encodable {
      var map: String
      var school: String
      var reviewed: String
      var rows: [RowJSON]
      var rules: [RuleJSON]
    }
    return try encode(
      SheetJSON(
        map: sheet.mapName, school: sheet.school.name, reviewed: sheet.reviewed.description,
        rows: sheet.rows.map { row in
          RowJSON(
            concern: row.concern,
            cells: row.cells.map { cell in
              let (whom, details) = cell.lines
              return CellJSON(
                severity: cell.severity, actor: cell.answer?.actor.id, whom: whom,
                details: details)
            })
        },
        rules: sheet.rules.map { RuleJSON(title: $0.title, text: $0.text) }))
  }

  /// `{"error": {"status": 404, "message": "…"}}`.
  static func error(_ refusal: WebError) -> Data {
    struct ErrorJSON: Encodable {
      var status: Int
      var message: String
      var problems: [Finding]
    }
    struct Wrapper: Encodable { var error: ErrorJSON }
    return
      (try? encode(
        Wrapper(
          error: ErrorJSON(
            status: refusal.status.code, message: refusal.message,
            problems: refusal.diagnostics.map(Finding.init)))))
      ?? Data("{\"error\":{\"status\":500,\"message\":\"\",\"problems\":[]}}\n".utf8)
  }

  static func encode(_ value: some Encodable) throws -> Data {
    try JSONEncoder.stable.encode(value) + Data("\n".utf8)
  }
}
