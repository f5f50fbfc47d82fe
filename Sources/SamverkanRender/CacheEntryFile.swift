import Foundation

/// One cache entry in one file: a header (JSON) and the picture, with the picture's size and hash
/// in the file's first line, written with one atomic rename, so no kill can pair a header with
/// another picture, and read back only when the picture is whole.
///
///     samverkan-cache 2 <header bytes> <picture bytes> <picture hash>\n<header><picture>
public enum CacheEntryFile {
  static let magic = "samverkan-cache 2"

  /// The bytes of an entry.
  public static func encode(header: Data, picture: Data) -> Data {
    let line =
      "\(magic) \(header.count) \(picture.count) \(String(hash(picture), radix: 16))\n"
    return Data(line.utf8) + header + picture
  }

  /// The header and picture of an entry; nil when the file is not a whole, intact entry.
  public static func decode(_ data: Data) -> (header: Data, picture: Data)? {
    guard let newline = data.firstIndex(of: UInt8(ascii: "\n")), newline - data.startIndex < 100
    else { return nil }
    let fields = String(decoding: data[data.startIndex..<newline], as: UTF8.self)
      .split(separator: " ")
    guard fields.count == 5, fields[0...1].joined(separator: " ") == magic,
      let headerSize = Int(fields[2]), let pictureSize = Int(fields[3]),
      let pictureHash = UInt64(fields[4], radix: 16), headerSize >= 0, pictureSize >= 0,
      data.endIndex - (newline + 1) == headerSize + pictureSize
    else { return nil }
    let header = data[(newline + 1)..<(newline + 1 + headerSize)]
    let picture = data[(newline + 1 + headerSize)...]
    guard hash(picture) == pictureHash else { return nil }
    return (Data(header), Data(picture))
  }

  /// `RenderCache.hash` of the picture, read from its bytes in place (a `Data`'s own iterator
  /// costs ten times as much).
  static func hash(_ picture: Data) -> UInt64 {
    picture.withUnsafeBytes { RenderCache.hash($0) }
  }

  /// Writes an entry: a temporary file beside it, renamed into place; a cache that cannot be
  /// written is skipped, never an error.
  public static func write(_ data: Data, to url: URL) {
    let folder = url.deletingLastPathComponent()
    let draft = folder.appendingPathComponent(
      "\(url.lastPathComponent).\(temporaryMark)\(getpid())-\(UUID().uuidString)")
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try data.write(to: draft)
      guard rename(draft.path, url.path) == 0 else {
        unlink(draft.path)
        return
      }
    } catch {
      unlink(draft.path)
    }
  }

  /// Reads an entry and marks it used now, so pruning by age keeps what is in use.
  public static func read(_ url: URL) -> Data? {
    guard let data = try? Data(contentsOf: url) else { return nil }
    utimes(url.path, nil)
    return data
  }

  /// What the names of temporary entry files hold.
  static let temporaryMark = "tmp-"
}
