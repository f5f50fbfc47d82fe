import Foundation
import Synchronization

/// Reads map files: parses the YAML, checks every key and value, resolves includes and merges them.
///
///     let map = try MapLoader().load("Maps/molndal.yaml")
public struct MapLoader: Sendable {
  /// The folder includes must stay inside; by default the folder of the map being loaded.
  public var root: URL?
  /// How large a map may be; a file or map over a limit is refused with a positioned error.
  public var limits: LoadLimits
  /// Included files read so far, shared by copies of this loader: a regional template that many
  /// municipalities include is parsed once, and again only when it changes on disk.
  private let included = IncludedFiles()
  /// The files each map file loaded so far was made from, as they were read.
  private let sourcesRead = SourcesRead()

  public init(root: URL? = nil, limits: LoadLimits = LoadLimits()) {
    self.root = root
    self.limits = limits
  }

  /// Loads a map file and everything it includes.
  ///
  /// - Throws: `MapLoadError` naming the file, line and column of the first problem.
  public func load(_ path: String) throws -> CollaborationMap {
    let url = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
    let map = try map(
      from: try readDocument(at: url, shownAs: path, named: SourceDigest.absolute(path)))
    return map
  }

  /// The files the map last loaded from `path` was made from, each as it was when read (not as
  /// it is now): what a cache of the map's picture must be keyed by. Nil for a path not loaded.
  public func sources(ofMapAt path: String) -> [SourceDigest]? {
    sourcesRead[path]
  }

  /// Loads several map files at once, on every core; the results come in the order of `paths`.
  public func load(_ paths: [String]) -> [Result<CollaborationMap, MapLoadError>] {
    let results = Mutex(
      [Result<CollaborationMap, MapLoadError>?](repeating: nil, count: paths.count))
    // The threads do not inherit the task's language; errors are made in the caller's.
    let language = Language.current
    DispatchQueue.concurrentPerform(iterations: paths.count) { index in
      let result: Result<CollaborationMap, MapLoadError> = Language.$override.withValue(language) {
        do {
          return .success(try load(paths[index]))
        } catch let error as MapLoadError {
          return .failure(error)
        } catch {
          let location = SourceLocation(file: paths[index], line: 1, column: 1)
          return .failure(
            MapLoadError(
              Diagnostic(.error, rule: "unreadable-file", message: "\(error)", location: location)))
        }
      }
      results.withLock { $0[index] = result }
    }
    return results.withLock { $0.compactMap { $0 } }
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
      MapDocument.self, text: text, shownAs: shownAs, limits: limits, emptyHint: Self.emptyHint)
    return try map(
      from: LoadedDocument(url: url, shownAs: shownAs, document: document, positions: positions))
  }

  /// The map a top document stands for, with everything it includes.
  private func map(from top: LoadedDocument) throws -> CollaborationMap {
    let url = top.url
    let folder = (root ?? url.deletingLastPathComponent()).standardizedFileURL
      .resolvingSymlinksInPath()
    var includeBudget = limits.maxIncludedFiles
    let content = try content(
      of: top, folder: folder, stack: [url.path], includeBudget: &includeBudget)
    if content.sources.count == content.files.count {
      sourcesRead[top.shownAs] = content.sources
    }
    try checkCount(content.actors.map(\.source), limit: limits.maxActors, key: "actors")
    try checkCount(content.routes.map(\.source), limit: limits.maxRoutes, key: "routes")
    let document = top.document
    return CollaborationMap(
      id: document.id, name: document.name, kind: document.kind, reviewed: document.reviewed,
      sources: document.sources, agreements: content.agreements, rules: content.rules,
      actors: content.actors,
      routes: content.routes, ladders: content.ladders, files: content.files)
  }

  /// A document's own elements laid over those of its includes, in include order.
  private func content(
    of loaded: LoadedDocument, folder: URL, stack: [String], includeBudget: inout Int
  ) throws -> MapContent {
    var merged = MapContent()
    var files = [loaded.shownAs]
    var sources = loaded.source.map { [$0] } ?? []
    for (index, include) in loaded.document.include.enumerated() {
      let location = loaded.includeLocations[index]
      guard !include.hasPrefix("/") else {
        throw loadError(
          "include-outside-folder", L10n.diagnostics("load.include-absolute", include),
          at: location, hint: L10n.diagnostics("load.include-absolute.hint"))
      }
      let named = loaded.url.deletingLastPathComponent().appendingPathComponent(include)
        .standardizedFileURL
      let url = named.resolvingSymlinksInPath()
      if url.path == folder.path || url.path == loaded.url.deletingLastPathComponent().path {
        throw loadError(
          "include-missing", L10n.diagnostics("load.include-folder", include), at: location,
          hint: L10n.diagnostics("load.include-folder.hint"))
      }
      guard url.path.hasPrefix(folder.path + "/") else {
        throw loadError(
          "include-outside-folder",
          L10n.diagnostics("load.include-outside", include, folder.path), at: location,
          hint: L10n.diagnostics("load.include-outside.hint"))
      }
      guard !stack.contains(url.path) else {
        throw loadError(
          "include-cycle", L10n.diagnostics("load.include-cycle", include), at: location,
          hint: L10n.diagnostics("load.include-cycle.hint"))
      }
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
        throw loadError(
          "include-missing", L10n.diagnostics("load.include-missing", include), at: location,
          hint: L10n.diagnostics("load.include-missing.hint"))
      }
      guard !isFolder.boolValue else {
        throw loadError(
          "include-missing", L10n.diagnostics("load.include-folder", include), at: location,
          hint: L10n.diagnostics("load.include-folder.hint"))
      }
      includeBudget -= 1
      guard includeBudget >= 0 else {
        throw loadError(
          "too-many-includes",
          L10n.diagnostics("load.too-many-includes", String(limits.maxIncludedFiles)),
          at: location, hint: L10n.diagnostics("load.too-many-includes.hint"))
      }
      var child = try included.document(at: url) {
        try readDocument(at: url, shownAs: Self.displayPath(of: url), named: named.path)
      }
      child.source?.named = named.path
      let childContent = try content(
        of: child, folder: folder, stack: stack + [url.path], includeBudget: &includeBudget)
      merged.overlay(with: childContent)
      files += childContent.files
      sources += childContent.sources
    }
    merged.overlay(with: loaded.content)
    merged.files = files
    merged.sources = sources
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
  private func readDocument(
    at url: URL, shownAs: String, named: String
  ) throws -> LoadedDocument {
    let read = try readYAMLFile(
      MapDocument.self, at: url, shownAs: shownAs, limits: limits,
      emptyHint: Self.emptyHint)
    var document = LoadedDocument(
      url: url, shownAs: shownAs, document: read.value, positions: read.positions)
    document.source = SourceDigest(named: named, real: read.file.realPath, bytes: read.file.bytes)
    return document
  }

  /// Refuses a merged map with more than `limit` elements of the list `key` (`actors` or
  /// `routes`), at the first element over it.
  private func checkCount(_ elements: [SourceAnchor?], limit: Int, key: String) throws {
    guard elements.count > limit else { return }
    let location = elements[limit]?.element
    let count = String(elements.count)
    let (message, hint) =
      key == "actors"
      ? (
        L10n.diagnostics("load.map-too-many-actors", count, String(limit)),
        L10n.diagnostics("load.too-many-actors.hint")
      )
      : (
        L10n.diagnostics("load.map-too-many-routes", count, String(limit)),
        L10n.diagnostics("load.too-many-routes.hint")
      )
    throw MapLoadError(
      Diagnostic(
        .error, rule: "too-many-\(key)", message: message, location: location, hint: hint))
  }

  private static var emptyHint: String { L10n.diagnostics("load.empty-file.hint") }

  private func loadError(
    _ rule: String, _ message: String, at location: SourceLocation, hint: String? = nil
  ) -> MapLoadError {
    MapLoadError(Diagnostic(.error, rule: rule, message: message, location: location, hint: hint))
  }
}

/// A decoded file: its document, its elements anchored to where they were written, and where
/// each of its includes is written.
struct LoadedDocument: Sendable {
  var url: URL
  var shownAs: String
  var document: MapDocument
  var content: MapContent
  var includeLocations: [SourceLocation]
  /// The file as it was read; nil for text loaded from memory.
  var source: SourceDigest?

  init(url: URL, shownAs: String, document: MapDocument, positions: YAMLPositions) {
    self.url = url
    self.shownAs = shownAs
    self.document = document
    content = Self.content(of: document, positions: positions)
    includeLocations = document.include.indices.map {
      positions.location(at: [PathKey("include"), PathKey($0)])
    }
  }

  /// The document's elements, each anchored to where it was written.
  private static func content(of document: MapDocument, positions: YAMLPositions) -> MapContent {
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
    let actors = positions.anchors(ofItemsAt: [PathKey("actors")], count: document.actors.count)
    content.actors = zip(document.actors, actors).map { actor, source in
      var actor = actor
      actor.source = source
      return actor
    }
    let routes = positions.anchors(ofItemsAt: [PathKey("routes")], count: document.routes.count)
    content.routes = zip(document.routes, routes).map { route, source in
      var route = route
      route.source = source
      return route
    }
    let ladderList = positions.node(at: [PathKey("ladders")])
    content.ladders = document.ladders.enumerated().map { index, ladder in
      var ladder = ladder
      let node = positions.node(at: [PathKey(index)], from: ladderList)
      ladder.source = positions.anchor(of: node)
      let steps = positions.node(at: [PathKey("steps")], from: node)
      ladder.steps = ladder.steps.enumerated().map { stepIndex, step in
        var step = step
        step.source = positions.anchor(of: positions.node(at: [PathKey(stepIndex)], from: steps))
        return step
      }
      return ladder
    }
    return content
  }
}
