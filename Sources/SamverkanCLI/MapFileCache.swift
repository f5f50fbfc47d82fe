import Foundation
import Samverkan
import SamverkanRender

/// Finished renders of whole map files, so a run over unchanged maps neither parses YAML nor lays
/// anything out: it prints the same findings and writes the same picture.
///
/// An entry is found by the map's path and holds the exact bytes of every file the map was read
/// from, the findings printed, the map's id and the picture. It is used only when every file reads
/// the same byte for byte and the context matches: the samverkan and Graphviz versions, the render
/// options and the day (`stale-map` depends on the date). Renders that Graphviz commented on are
/// not kept, so its notes are printed on every run.
struct MapFileCache {
  let folder: URL
  /// Everything besides the files that decides the output.
  let context: String

  struct Hit {
    var mapID: String
    var diagnostics: [Diagnostic]
    var picture: Data
  }

  private struct Entry: Codable {
    var context: String
    var path: String
    var mapID: String
    var files: [StoredFile]
    var diagnostics: [Diagnostic]
  }

  private struct StoredFile: Codable {
    var path: String
    var bytes: Data
  }

  /// The stored render of the map at `path`, if nothing it was made from has changed.
  func hit(for path: String) -> Hit? {
    let files = self.files(for: path)
    guard let stored = try? Data(contentsOf: files.entry),
      let entry = try? JSONDecoder().decode(Entry.self, from: stored),
      entry.context == context, entry.path == path,
      entry.files.allSatisfy({ FileManager.default.contents(atPath: $0.path) == $0.bytes }),
      let picture = try? Data(contentsOf: files.picture)
    else { return nil }
    return Hit(mapID: entry.mapID, diagnostics: entry.diagnostics, picture: picture)
  }

  /// Keeps a render; `sources` are the bytes of the files as they were read.
  func store(
    _ picture: Data, of map: CollaborationMap, at path: String, diagnostics: [Diagnostic]
  ) {
    let sources = map.files.map {
      StoredFile(path: $0, bytes: FileManager.default.contents(atPath: $0) ?? Data())
    }
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
