import CYaml
import Foundation
import Synchronization

/// Which regions a folder of maps has, and which of its maps belong to each: a map belongs to a
/// region when its `include:` list reaches the region's template (`regions/<id>.yaml`), directly or
/// through another included file.
///
/// Only each file's top-level `include:` is read, from libyaml's events, without composing or
/// decoding the map; the files are read in parallel and every file is read once, however many
/// maps include it. A file that cannot be read that way (not UTF-8, too large, not YAML, not a
/// mapping) is read as the loader reads it, so it fails with the loader's own positioned error.
///
///     let discovery = RegionDiscovery(folder: "Maps")
///     let vgr = discovery.region("vastra-gotaland")!
///     try discovery.maps(in: vgr, among: files)  // ["Maps/goteborg-norra-hisingen.yaml", …]
public struct RegionDiscovery: Sendable {
  /// A region: its id and the path of its template.
  public struct Region: Sendable, Hashable {
    /// The template's file name without `.yaml`: `vastra-gotaland`.
    public var id: String
    /// The template's path: `Maps/regions/vastra-gotaland.yaml`.
    public var template: String
  }

  /// The folder of maps; its templates are in `regions/` below it.
  public let folder: String
  /// How large a file may be; a file over the limit is refused as the loader refuses it.
  public let limits: LoadLimits

  public init(folder: String, limits: LoadLimits = LoadLimits()) {
    self.folder = folder
    self.limits = limits
  }

  /// The regions whose templates lie in the folder's `regions/` subfolder, by id; none when it
  /// has no such folder.
  public func regions() -> [Region] {
    let templates = (folder as NSString).appendingPathComponent("regions")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: templates)) ?? []
    return names.filter { $0.hasSuffix(".yaml") }.sorted().map {
      Region(
        id: String($0.dropLast(".yaml".count)),
        template: (templates as NSString).appendingPathComponent($0))
    }
  }

  /// The region with template `regions/<id>.yaml`, when the folder has it.
  public func region(_ id: String) -> Region? {
    regions().first { $0.id == id }
  }

  /// The files of `files` that include the region's template, in the order given.
  ///
  /// - Throws: `MapLoadError` at the first file (in the order given) whose includes cannot be
  ///   read, naming its line and column.
  public func maps(in region: Region, among files: [String]) throws -> [String] {
    let template = Self.real(region.template)
    let reached = try reachedFiles(from: files)
    return zip(files, reached).filter { $0.1.contains(template) }.map(\.0)
  }

  /// Every region of the folder with the files of `files` that include its template, in the
  /// order of `regions()`; a file may belong to no region, or to several.
  ///
  /// - Throws: `MapLoadError` as `maps(in:among:)` does.
  public func grouped(_ files: [String]) throws -> [(region: Region, maps: [String])] {
    let reached = try reachedFiles(from: files)
    return regions().map { region in
      let template = Self.real(region.template)
      return (region, zip(files, reached).filter { $0.1.contains(template) }.map(\.0))
    }
  }

  /// The regions whose templates a loaded map includes (its `files` after the first), in the
  /// order of `regions()`: the same membership as `maps(in:among:)`, read from the map itself.
  public func regions(of map: CollaborationMap) -> [Region] {
    let included = Set(map.files.dropFirst().map(Self.real))
    return regions().filter { included.contains(Self.real($0.template)) }
  }

  /// For each file, the real paths of every file its includes reach.
  private func reachedFiles(from files: [String]) throws -> [Set<String>] {
    let read = IncludeLists(limits: limits)
    let language = Language.current
    let results = Mutex([Result<[String], MapLoadError>?](repeating: nil, count: files.count))
    DispatchQueue.concurrentPerform(iterations: files.count) { index in
      let result = Language.$override.withValue(language) {
        Result { try read.includes(of: files[index], shownAs: files[index]) }
          .mapError { $0 as? MapLoadError ?? Self.unreadable(files[index], $0) }
      }
      results.withLock { $0[index] = result }
    }
    let direct = try results.withLock { $0 }.map { try $0!.get() }
    // What the included files include in turn: templates are few and read once each.
    return try direct.map { includes in
      var reached = Set<String>()
      var queue = includes
      while let next = queue.popLast() {
        guard reached.count < limits.maxIncludedFiles, reached.insert(next).inserted,
          FileManager.default.isReadableFile(atPath: next)
        else { continue }
        queue += try read.includes(of: next, shownAs: next)
      }
      return reached
    }
  }

  private static func unreadable(_ file: String, _ error: any Error) -> MapLoadError {
    MapLoadError(
      Diagnostic(
        .error, rule: "unreadable-file", message: "\(error)",
        location: SourceLocation(file: file, line: 1, column: 1)))
  }

  /// A path with every symbolic link resolved, as the loader compares included files.
  static func real(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
  }
}

/// The `include:` lists of files read so far, by real path.
private final class IncludeLists: Sendable {
  let limits: LoadLimits
  private let known = Mutex<[String: [String]]>([:])

  init(limits: LoadLimits) { self.limits = limits }

  /// The real paths of the files `path` includes directly.
  func includes(of path: String, shownAs: String) throws -> [String] {
    let real = RegionDiscovery.real(path)
    if let includes = known.withLock({ $0[real] }) { return includes }
    let url = URL(fileURLWithPath: real)
    let file = try SourceFile(url: url, shownAs: shownAs, maxSize: limits.maxFileSize)
    let written =
      try Self.scan(file.text)
      ?? decodeYAML(
        MapDocument.self, text: file.text, shownAs: shownAs, limits: limits,
        emptyHint: L10n.diagnostics("load.empty-file.hint")
      ).0.include
    let folder = url.deletingLastPathComponent()
    let includes = written.filter { !$0.hasPrefix("/") }.map {
      RegionDiscovery.real(folder.appendingPathComponent($0).path)
    }
    known.withLock { $0[real] = includes }
    return includes
  }

  /// The top-level `include:` list of a YAML text from its parser events, read up to the list's
  /// end (empty when it has none); nil when the text up to there is not plainly a mapping with a
  /// list of texts there (a syntax error, an alias, a tag), for the loader to read instead.
  private static func scan(_ text: String) -> [String]? {
    var text = text
    return text.withUTF8 { bytes -> [String]? in
      guard let base = bytes.baseAddress, !bytes.isEmpty else { return nil }
      var parser = yaml_parser_t()
      guard yaml_parser_initialize(&parser) == 1 else { return nil }
      defer { yaml_parser_delete(&parser) }
      yaml_parser_set_input_string(&parser, base, bytes.count)
      var depth = 0
      var expectsKey = false
      var inInclude = false
      var includes: [String] = []
      var documents = 0
      while true {
        var event = yaml_event_t()
        guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
        defer { yaml_event_delete(&event) }
        switch event.type {
        case YAML_STREAM_END_EVENT:
          return documents == 1 ? includes : nil
        case YAML_DOCUMENT_START_EVENT:
          documents += 1
        case YAML_ALIAS_EVENT:
          return nil
        case YAML_MAPPING_START_EVENT, YAML_SEQUENCE_START_EVENT:
          let isMapping = event.type == YAML_MAPPING_START_EVENT
          let tag = isMapping ? event.data.mapping_start.tag : event.data.sequence_start.tag
          if tag != nil || (depth == 0 && !isMapping) || (inInclude && (depth > 1 || isMapping)) {
            return nil
          }
          depth += 1
        case YAML_MAPPING_END_EVENT, YAML_SEQUENCE_END_EVENT:
          depth -= 1
          // The rest of the file is the loader's to read, if the map is ever loaded.
          if depth == 1 && inInclude { return includes }
        case YAML_SCALAR_EVENT:
          let scalar = event.data.scalar
          if scalar.tag != nil { return nil }
          let value = String(
            decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length),
            as: UTF8.self)
          if depth == 0 { return nil }
          if depth == 1 {
            if expectsKey { inInclude = value == "include" }
            // A scalar value of `include` is no list: the loader says so.
            if !expectsKey && inInclude { return nil }
            expectsKey.toggle()
          } else if inInclude && depth == 2 {
            includes.append(value)
          }
        default:
          continue
        }
        if depth == 1 && event.type != YAML_SCALAR_EVENT { expectsKey = true }
      }
    }
  }
}
