import Foundation
import Samverkan
import Testing

/// The real maps of the package, found from this file's position.
enum RealMaps {
  /// The package root: three folders up from `Tests/SamverkanTests/TestSupport.swift`.
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static var molndalPath: String { packageRoot.appendingPathComponent("Maps/molndal.yaml").path }

  static var templatePath: String {
    packageRoot.appendingPathComponent("Maps/regions/vastra-gotaland.yaml").path
  }

  static func molndal() throws -> CollaborationMap { try MapLoader().load(molndalPath) }

  /// The municipalities' maps in `Maps/`, by file name without `.yaml`.
  static let names = [
    "goteborg-norra-hisingen", "harryda", "molndal", "orebro", "partille",
    "stockholm-exempelkommun",
  ]

  /// A map in `Maps/` by file name without `.yaml`.
  static func load(_ name: String) throws -> CollaborationMap {
    try MapLoader().load(packageRoot.appendingPathComponent("Maps/\(name).yaml").path)
  }
}

/// A unique temporary folder for one test's fixture maps, removed when the test is done with it.
final class FixtureFolder {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("samverkan-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(at: url)
  }

  /// The path of `name` (which may contain folders) inside this folder, as written.
  func path(_ name: String) -> String { url.appendingPathComponent(name).path }

  /// The path the loader shows for an included file: symlinks resolved (`/var` → `/private/var`).
  func resolvedPath(_ name: String) -> String {
    url.appendingPathComponent(name).standardizedFileURL.resolvingSymlinksInPath().path
  }

  /// Writes `text` as UTF-8 to `name`, creating folders on the way; returns its path.
  @discardableResult
  func write(_ name: String, _ text: String) throws -> String {
    try write(name, bytes: Array(text.utf8))
  }

  /// Writes raw bytes to `name`, creating folders on the way; returns its path.
  @discardableResult
  func write(_ name: String, bytes: [UInt8]) throws -> String {
    let file = url.appendingPathComponent(name)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: file)
    return file.path
  }

  /// Writes one map file and loads it.
  func load(
    _ name: String, _ text: String, limits: LoadLimits = LoadLimits()
  ) throws -> CollaborationMap {
    try MapLoader(limits: limits).load(write(name, text))
  }
}

/// The diagnostic of the `MapLoadError` that loading `path` throws; records an issue otherwise.
func loadDiagnostic(
  _ path: String, loader: MapLoader = MapLoader(),
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws -> Diagnostic {
  let error = try #require(throws: MapLoadError.self, sourceLocation: sourceLocation) {
    try loader.load(path)
  }
  return error.diagnostic
}

/// The review date every fixture uses.
func fixtureDate() throws -> ReviewDate {
  try #require(ReviewDate(year: 2026, month: 11, day: 23))
}

/// The dense map "Tät": actors `n0` to `n39`, every ordered pair joined by a meeting (`n0-n1`),
/// which asks for consent where `needsConsent` says so for the two actors' numbers, and a phone
/// call (`n0-n1-tel`). Paths of three routes between two actors number in the hundreds of
/// thousands: what uses up a path search's budget.
func denseFixtureMap(needsConsent: (Int, Int) -> Bool = { _, _ in false }) throws
  -> CollaborationMap
{
  let ids = (0..<40).map { "n\($0)" }
  var routes: [Route] = []
  for (from, source) in ids.enumerated() {
    for (to, target) in ids.enumerated() where from != to {
      routes.append(
        Route(
          id: "\(source)-\(target)", from: source, to: target, channel: .meeting,
          sharing: needsConsent(from, to) ? .consentRequired : .notApplicable))
      routes.append(
        Route(
          id: "\(source)-\(target)-tel", from: source, to: target, channel: .phone,
          sharing: .notApplicable))
    }
  }
  return CollaborationMap(
    id: "tat", name: "Tät", reviewed: try fixtureDate(),
    actors: ids.map { Actor(id: $0, name: $0, kind: .unit, sector: .school) }, routes: routes)
}

/// The first lines every fixture map starts with (4 lines, so the next key is on line 5).
let header = """
  format: 1
  id: test
  name: Test
  reviewed: 2026-11-23

  """
