import Foundation
import Yams

/// Reads map files: parses the YAML, checks every key and value, resolves includes and merges them.
///
///     let map = try MapLoader().load("Maps/molndal.yaml")
public struct MapLoader: Sendable {
  /// The folder includes must stay inside; by default the folder of the map being loaded.
  public var root: URL?

  public init(root: URL? = nil) {
    self.root = root
  }

  /// Loads a map file and everything it includes.
  ///
  /// - Throws: `MapLoadError` naming the file, line and column of the first problem.
  public func load(_ path: String) throws -> CollaborationMap {
    let url = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
    return try map(from: try readDocument(at: url, shownAs: path))
  }

  /// Loads a map from YAML text in memory, as if it were a file named `shownAs` in `folder`.
  ///
  ///     let map = try MapLoader().load(text: yaml, shownAs: "pasted.yaml", folder: mapsFolder)
  ///
  /// Includes are resolved relative to `folder` and must stay inside it (or inside `root`).
  /// - Throws: `MapLoadError` naming `shownAs` (or an included file), line and column.
  public func load(text: String, shownAs: String, folder: URL) throws -> CollaborationMap {
    let url = folder.standardizedFileURL.resolvingSymlinksInPath()
      .appendingPathComponent(URL(fileURLWithPath: shownAs).lastPathComponent)
    let (document, positions) = try decodeYAML(
      MapDocument.self, text: text, shownAs: shownAs, emptyHint: Self.emptyHint)
    return try map(
      from: LoadedDocument(url: url, shownAs: shownAs, document: document, positions: positions))
  }

  /// The map a top document stands for, with everything it includes.
  private func map(from top: LoadedDocument) throws -> CollaborationMap {
    let url = top.url
    let folder = (root ?? url.deletingLastPathComponent()).standardizedFileURL
      .resolvingSymlinksInPath()
    let content = try content(of: top, folder: folder, stack: [url.path])
    let document = top.document
    return CollaborationMap(
      id: document.id, name: document.name, kind: document.kind, reviewed: document.reviewed,
      sources: document.sources, agreements: content.agreements, rules: content.rules,
      actors: content.actors,
      routes: content.routes, ladders: content.ladders, files: content.files)
  }

  /// A document's own elements laid over those of its includes, in include order.
  private func content(
    of loaded: LoadedDocument, folder: URL, stack: [String]
  ) throws -> MapContent {
    var merged = MapContent()
    var files = [loaded.shownAs]
    for (index, include) in loaded.document.include.enumerated() {
      let location = loaded.positions.location(at: [PathKey("include"), PathKey(index)])
      let url = loaded.url.deletingLastPathComponent().appendingPathComponent(include)
        .standardizedFileURL.resolvingSymlinksInPath()
      guard url.path.hasPrefix(folder.path + "/") else {
        throw loadError(
          "include-outside-folder",
          "include '\(include)' lies outside the map folder \(folder.path)",
          at: location, hint: "keep shared templates inside the map folder, e.g. regions/")
      }
      guard !stack.contains(url.path) else {
        throw loadError(
          "include-cycle", "include '\(include)' leads back to a file that includes it",
          at: location, hint: "remove one include of the cycle")
      }
      guard FileManager.default.fileExists(atPath: url.path) else {
        throw loadError(
          "include-missing", "included file '\(include)' does not exist", at: location,
          hint: "check the path; it is relative to the including file")
      }
      let child = try readDocument(at: url, shownAs: Self.displayPath(of: url))
      let childContent = try content(of: child, folder: folder, stack: stack + [url.path])
      merged.overlay(with: childContent)
      files += childContent.files
    }
    merged.overlay(with: loaded.content)
    merged.files = files
    return merged
  }

  /// A path relative to the working directory when the file lies below it.
  private static func displayPath(of url: URL) -> String {
    let here =
      URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
      .standardizedFileURL.resolvingSymlinksInPath().path + "/"
    return url.path.hasPrefix(here) ? String(url.path.dropFirst(here.count)) : url.path
  }

  /// Reads, parses and decodes one file, without its includes.
  private func readDocument(at url: URL, shownAs: String) throws -> LoadedDocument {
    let (document, positions) = try decodeYAMLFile(
      MapDocument.self, at: url, shownAs: shownAs, emptyHint: Self.emptyHint)
    return LoadedDocument(url: url, shownAs: shownAs, document: document, positions: positions)
  }

  private static let emptyHint = "start from the example in Maps/README.md"

  private func loadError(
    _ rule: String, _ message: String, at location: SourceLocation, hint: String? = nil
  ) -> MapLoadError {
    MapLoadError(Diagnostic(.error, rule: rule, message: message, location: location, hint: hint))
  }
}

/// A decoded file with what is needed to position errors in it.
private struct LoadedDocument {
  var url: URL
  var shownAs: String
  var document: MapDocument
  var positions: YAMLPositions

  /// The document's elements, each anchored to where it was written.
  var content: MapContent {
    var content = MapContent()
    content.agreements = document.agreements
    content.rules = document.rules
    if !document.rules.isEmpty {
      content.rules.source = positions.anchor(at: [PathKey("rules")])
      content.rules.suppressions = document.rules.suppressions.enumerated().map { index, item in
        var item = item
        item.source = positions.anchor(at: [PathKey("rules"), PathKey("suppress"), PathKey(index)])
        return item
      }
    }
    content.actors = document.actors.enumerated().map { index, actor in
      var actor = actor
      actor.source = positions.anchor(at: [PathKey("actors"), PathKey(index)])
      return actor
    }
    content.routes = document.routes.enumerated().map { index, route in
      var route = route
      route.source = positions.anchor(at: [PathKey("routes"), PathKey(index)])
      return route
    }
    content.ladders = document.ladders.enumerated().map { index, ladder in
      var ladder = ladder
      let path = [PathKey("ladders"), PathKey(index)]
      ladder.source = positions.anchor(at: path)
      ladder.steps = ladder.steps.enumerated().map { stepIndex, step in
        var step = step
        step.source = positions.anchor(at: path + [PathKey("steps"), PathKey(stepIndex)])
        return step
      }
      return ladder
    }
    return content
  }
}
