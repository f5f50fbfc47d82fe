import Foundation
import Samverkan

/// Rendered pictures kept on disk by what went into Graphviz, so an unchanged map is not laid out
/// again.
///
/// An entry's key is the exact DOT text of the graph with the engine, the format, the Graphviz
/// version, the build of samverkan (`BuildIdentity`) and the language (the renderer's notes are in
/// it). Files are named by a hash of the key and hold the key itself, which is compared on every
/// hit: two graphs whose hashes collide never share a picture. Each entry is one file (the key, the
/// notes and the picture, see `CacheEntryFile`) written with one atomic rename, so several
/// processes may share one folder and a kill never pairs a key with another picture. A picture is
/// used only when it is whole and passes `PictureCheck`; `prune` keeps the folder bounded.
public struct RenderCache: Sendable {
  /// The folder the entries live in.
  public var folder: URL

  /// Bump when the renderer changes what it makes of the same input (another fallback, say).
  static let formatVersion = 2

  public init(folder: URL) {
    self.folder = folder
  }

  /// The user's cache folder: `$XDG_CACHE_HOME/samverkan/renders`, else `~/.cache/samverkan/renders`.
  public static var userFolder: URL {
    let environment = ProcessInfo.processInfo.environment
    let base =
      environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
      ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache")
    return base.appendingPathComponent("samverkan/renders")
  }

  /// What identifies one render.
  struct Key: Sendable {
    var text: String

    /// The key of `dot` drawn by `engine` in `format`; `language` is part of it because the
    /// renderer's own notes, stored beside the picture, are in it.
    init(
      dot: String, engine: String, format: RenderFormat, graphvizVersion: String,
      language: Language = .current
    ) {
      text =
        "samverkan-render-cache \(RenderCache.formatVersion)\nbuild \(BuildIdentity.current)\n"
        + "engine \(engine)\n"
        + "format \(format.rawValue)\ngraphviz \(graphvizVersion)\n"
        + "language \(language.rawValue)\n\(dot)"
    }

    var hash: String { RenderCache.fileName(for: text) }
  }

  /// FNV-1a, 64 bits, over the text's UTF-8 bytes, in hexadecimal: a file name, not a proof, so
  /// an entry always holds what it was made from, to compare.
  public static func fileName(for text: String) -> String {
    let digits = String(hash(text.utf8), radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }

  /// FNV-1a, 64 bits; inlinable so that it runs specialised over bytes in other modules.
  @inlinable public static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
    bytes.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01b3 }
  }

  /// The stored render for `key`, or nil when there is none, it was made from another input, or
  /// it is not whole and sound (a truncated or planted entry is a miss, and is written again).
  func rendered(for key: Key, format: RenderFormat) -> RenderedMap? {
    guard let stored = CacheEntryFile.read(file(for: key, format: format)),
      let (header, picture) = CacheEntryFile.decode(stored),
      let entry = try? JSONDecoder().decode(Entry.self, from: header),
      entry.key == key.text,
      PictureCheck.isSound(picture, format: format.rawValue)
    else { return nil }
    return RenderedMap(data: picture, notes: entry.notes)
  }

  /// Stores a render in one file, written atomically; a cache that cannot be written is skipped.
  func store(_ rendered: RenderedMap, for key: Key, format: RenderFormat) {
    guard let header = try? JSONEncoder().encode(Entry(key: key.text, notes: rendered.notes))
    else { return }
    CacheEntryFile.write(
      CacheEntryFile.encode(header: header, picture: rendered.data),
      to: file(for: key, format: format))
  }

  private func file(for key: Key, format: RenderFormat) -> URL {
    folder.appendingPathComponent("\(key.hash).\(format.rawValue).entry")
  }

  /// What is stored beside a picture: the whole key, and the notes of the render that made it.
  private struct Entry: Codable {
    var key: String
    var notes: [String]
  }
}
