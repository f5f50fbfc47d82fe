import Foundation
import Samverkan
import SamverkanRender

/// Finished renders of whole map files, so a run over unchanged maps neither parses YAML nor lays
/// anything out: it prints the same findings and writes the same picture.
///
/// An entry is found by the map's path and holds the size and an FNV-1a hash of every file the map
/// was read from, the findings printed, the map's id and the picture. It is used only when every
/// file has the same size and hash and the context matches: the samverkan and Graphviz versions,
/// the render options and the day (`stale-map` depends on the date). Two different contents of
/// one file with the same size and 64-bit hash would pass: a chance of one in 2⁶⁴ per edit. Renders that Graphviz commented on are
/// not kept, so its notes are printed on every run.
struct MapFileCache {
  let folder: URL
  /// Everything besides the files that decides the output.
  let context: String

  struct Hit {
    var mapID: String
    var diagnostics: [Diagnostic]
    var picture: Data
    /// The files the map was read from.
    var files: [String]
  }

  private struct Entry: Codable {
    var context: String
    var path: String
    var mapID: String
    var files: [StoredFile]
    var diagnostics: [Diagnostic]
  }

  private struct StoredFile: Codable, Equatable {
    var path: String
    var size: Int
    var hash: UInt64

    /// The file as it reads now; nil when it cannot be read.
    init?(reading path: String) {
      guard let bytes = FileManager.default.contents(atPath: path) else { return nil }
      self.path = path
      size = bytes.count
      hash = bytes.withUnsafeBytes { RenderCache.hash($0) }
    }
  }

  /// The stored render of the map at `path`, if nothing it was made from has changed.
  func hit(for path: String) -> Hit? {
    let files = self.files(for: path)
    guard let stored = try? Data(contentsOf: files.entry),
      let entry = try? JSONDecoder().decode(Entry.self, from: stored),
      entry.context == context, entry.path == path,
      entry.files.allSatisfy({ StoredFile(reading: $0.path) == $0 }),
      let picture = try? Data(contentsOf: files.picture)
    else { return nil }
    return Hit(
      mapID: entry.mapID, diagnostics: entry.diagnostics, picture: picture,
      files: entry.files.map(\.path))
  }

  /// Keeps a render, with the files of the map as they read now.
  func store(
    _ picture: Data, of map: CollaborationMap, at path: String, diagnostics: [Diagnostic]
  ) {
    let sources = map.files.compactMap(StoredFile.init(reading:))
    guard sources.count == map.files.count else { return }
    let entry = Entry(
      context: context, path: path, mapID: map.id, files: sources, diagnostics: diagnostics)
    let files = self.files(for: path)
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try picture.write(to: files.picture, options: .atomic)
      try JSONEncoder().encode(entry).write(to: files.entry, options: .atomic)
    } catch {
      return
    }
  }

  private func files(for path: String) -> (entry: URL, picture: URL) {
    let name = "map-" + RenderCache.fileName(for: context + "\n" + path)
    return (
      folder.appendingPathComponent("\(name).json"),
      folder.appendingPathComponent("\(name).picture")
    )
  }
}
