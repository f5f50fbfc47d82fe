import Foundation
import Samverkan

/// Finished renders of whole map files, so a run over unchanged maps neither parses YAML nor lays
/// anything out: it prints the same findings and writes the same picture.
///
/// An entry is found by the map file's real path (every symbolic link resolved) and the context:
/// the samverkan build (`BuildIdentity`) and the Graphviz version, the render options, the day
/// (`stale-map` depends on the date) and the language (the findings and the picture's words are in
/// it). It holds the digest of every file the map was made from, taken by the loader at the moment
/// it read the file (`SourceDigest`), the findings printed, the map's id and the picture, all in
/// one file written with one atomic rename (`CacheEntryFile`).
///
/// An entry is used only when every file's name still leads to the same real file with the same
/// size and hash, and the picture is whole and passes `PictureCheck` as a fresh one would; anything
/// else is a miss, and the entry is written again after drawing. Two contents of one file with the
/// same size and 64-bit hash would pass: a chance of one in 2⁶⁴ per edit. Renders that Graphviz
/// commented on are not kept, so its notes are printed on every run.
public struct MapFileCache: Sendable {
  public let folder: URL
  /// Everything besides the files that decides the output.
  public let context: String
  /// The format of the pictures (`svg`, `png`, `pdf`, `dot`), to check them by.
  public let format: String
  /// Whether the pictures are SVG made with `--embed`, which hold a style sheet.
  public let embedded: Bool

  public init(folder: URL, context: String, format: String, embedded: Bool) {
    self.folder = folder
    self.context = context
    self.format = format
    self.embedded = embedded
  }

  /// A stored render: the map's id, the findings printed, the picture and its files.
  public struct Hit: Sendable {
    public var mapID: String
    public var diagnostics: [Diagnostic]
    public var picture: Data
    /// The files the map was read from.
    public var files: [String]
  }

  private struct Entry: Codable {
    var context: String
    var path: String
    var mapID: String
    var sources: [SourceDigest]
    var diagnostics: [Diagnostic]
  }

  /// The stored render of the map at `path`, if nothing it was made from has changed.
  public func hit(for path: String) -> Hit? {
    guard let real = SourceDigest.realPath(of: path),
      let stored = CacheEntryFile.read(file(for: real)),
      let (header, picture) = CacheEntryFile.decode(stored),
      let entry = try? JSONDecoder().decode(Entry.self, from: header),
      entry.context == context, entry.path == real,
      entry.sources.first?.named == SourceDigest.absolute(path),
      entry.sources.allSatisfy({ $0.matchesDisk() }),
      PictureCheck.isSound(picture, format: format, embedded: embedded)
    else { return nil }
    return Hit(
      mapID: entry.mapID, diagnostics: entry.diagnostics, picture: picture,
      files: entry.sources.map(\.real))
  }

  /// Keeps a render made from `sources`, the files as the loader read them.
  public func store(
    _ picture: Data, mapID: String, sources: [SourceDigest], at path: String,
    diagnostics: [Diagnostic]
  ) {
    guard let real = sources.first?.real, SourceDigest.realPath(of: path) == real else { return }
    let entry = Entry(
      context: context, path: real, mapID: mapID, sources: sources, diagnostics: diagnostics)
    guard let header = try? JSONEncoder().encode(entry) else { return }
    CacheEntryFile.write(
      CacheEntryFile.encode(header: header, picture: picture), to: file(for: real))
  }

  private func file(for realPath: String) -> URL {
    folder.appendingPathComponent(
      "map-" + RenderCache.fileName(for: context + "\n" + realPath) + ".entry")
  }
}
