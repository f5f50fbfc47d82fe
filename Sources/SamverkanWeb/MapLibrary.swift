import Foundation
import Samverkan
import Synchronization

/// The maps a server shows, read from the files and folders it was given and read again when a
/// file changes.
///
/// Each map file keeps the last version that loaded without errors: an edit that breaks the map
/// never takes it away. The newest version's positioned errors are kept beside it until the file
/// is mended. A map is found by its id only, never by a path.
public final class MapLibrary: Sendable {
  /// One map as loaded and checked.
  public struct Snapshot: Sendable {
    public var map: CollaborationMap
    public var diagnostics: [Diagnostic]
    /// The map file as given (a folder's file, or a file named on the command line).
    public var file: String
    /// The region template the map includes, by name; nil for a map without one.
    public var region: String?
    /// A digest of every file the map was made from, to key pictures by.
    public var digest: String
    /// How many times this map file was loaded anew; a page shows it to tell a reload.
    public var version: Int

    public var errors: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warnings: Int { diagnostics.filter { $0.severity == .warning }.count }
  }

  /// A map file as the library holds it: the version shown and what is wrong with the newest.
  public struct Entry: Sendable {
    public var file: String
    /// The version shown: the last that loaded without errors, else the newest that loaded.
    public var shown: Snapshot?
    /// The newest version's errors when it is not the one shown (a broken edit); nil otherwise.
    public var problems: [Diagnostic]?
    /// The number of the newest load of the file, good or broken: what a page is cached by.
    public var generation: Int
    /// The files read for the newest version, to tell a change by.
    fileprivate var sources: [SourceDigest]
  }

  private let paths: [String]
  private let loader = MapLoader()
  private let entries = Mutex<[Entry]>([])
  private let loads = Mutex(0)

  /// A library of the `.yaml` files in each folder of `paths` (not below) and each file named.
  /// Reads them at once.
  public init(paths: [String]) {
    self.paths = paths
    refresh()
  }

  /// Every map file, in file order.
  public var all: [Entry] { entries.withLock { $0 } }

  /// The map file whose shown map has `id`.
  public func entry(id: String) -> Entry? {
    entries.withLock { entries in entries.first { $0.shown?.map.id == id } }
  }

  /// Reads again every file that changed, appeared or went since the last look; returns whether
  /// anything did.
  @discardableResult
  public func refresh() -> Bool {
    let files = Self.mapFiles(in: paths)
    let before = entries.withLock { $0 }
    var changed = files.count != before.count
    var after: [Entry] = []
    for file in files {
      let old = before.first { $0.file == file }
      if let old, !old.sources.isEmpty, old.sources.allSatisfy({ $0.matchesDisk() }) {
        after.append(old)
        continue
      }
      changed = true
      after.append(load(file, replacing: old))
    }
    entries.withLock { $0 = after }
    return changed
  }

  /// Watches the files, looking every `interval`, until the task is cancelled.
  public func watch(every interval: Duration = .seconds(1)) async {
    while !Task.isCancelled {
      try? await Task.sleep(for: interval)
      refresh()
    }
  }

  private func load(_ file: String, replacing old: Entry?) -> Entry {
    let version = loads.withLock { count in
      count += 1
      return count
    }
    let loaded: Snapshot
    do {
      let map = try loader.load(file)
      let sources = loader.sources(ofMapAt: file) ?? []
      loaded = Snapshot(
        map: map, diagnostics: MapValidator().validate(map), file: file,
        region: region(of: map, file: file), digest: Self.digest(sources), version: version)
      if loaded.errors == 0 || old?.shown == nil {
        return Entry(
          file: file, shown: loaded, problems: nil, generation: version, sources: sources)
      }
      return Entry(
        file: file, shown: old?.shown,
        problems: loaded.diagnostics.filter { $0.severity == .error },
        generation: version, sources: sources)
    } catch let error as MapLoadError {
      return broken(file, [error.diagnostic], old: old, generation: version)
    } catch {
      return broken(
        file, [Diagnostic(.error, rule: "unreadable-file", message: "\(error)")], old: old,
        generation: version)
    }
  }

  /// The old version kept, the newest's errors beside it; watched by the file and the old
  /// version's includes.
  private func broken(
    _ file: String, _ problems: [Diagnostic], old: Entry?, generation: Int
  ) -> Entry {
    let includes = old?.sources.dropFirst() ?? []
    return Entry(
      file: file, shown: old?.shown, problems: problems, generation: generation,
      sources: [SourceDigest(reading: file)].compactMap { $0 } + includes)
  }

  /// The region a map belongs to, as `RegionDiscovery` finds it in the map file's folder: the
  /// name of the first region template the map includes, or nil.
  func region(of map: CollaborationMap, file: String) -> String? {
    let folder = (file as NSString).deletingLastPathComponent
    guard let region = RegionDiscovery(folder: folder).regions(of: map).first else { return nil }
    return (try? loader.load(region.template))?.name ?? region.id
  }

  /// The `.yaml` and `.yml` files of each folder in `paths`, in name order, and each file named.
  static func mapFiles(in paths: [String]) -> [String] {
    paths.flatMap { path -> [String] in
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return [] }
      guard isFolder.boolValue else { return [path] }
      let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
      return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map {
        (path as NSString).appendingPathComponent($0)
      }
    }
  }

  private static func digest(_ sources: [SourceDigest]) -> String {
    sources.map { "\($0.real) \($0.size) \(String($0.hash, radix: 16))" }.joined(separator: "\n")
  }
}
