import Foundation
import Synchronization

/// Included files already read, each kept while its size and modification time stay the same.
///
/// Files are known by device and inode, not by path, so one template reached through hard links
/// or several names is read and parsed once per loader, however many times it is included.
final class IncludedFiles: Sendable {
  private struct Entry: Sendable {
    var stamp: Stamp
    var document: LoadedDocument
  }

  /// What tells that a file changed without reading it.
  private struct Stamp: Sendable, Equatable {
    var size: Int
    var modified: Date

    init?(_ url: URL) {
      guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
        let size = attributes[.size] as? Int, let modified = attributes[.modificationDate] as? Date
      else { return nil }
      self.size = size
      self.modified = modified
    }
  }

  /// Which file a path leads to.
  private struct FileID: Sendable, Hashable {
    var device: UInt64
    var inode: UInt64

    init?(_ url: URL) {
      var info = stat()
      guard stat(url.path, &info) == 0 else { return nil }
      device = UInt64(info.st_dev)
      inode = UInt64(info.st_ino)
    }
  }

  private let entries = Mutex<[FileID: Entry]>([:])

  /// The file at `url` as read before, or as `read` reads it now.
  func document(at url: URL, read: () throws -> LoadedDocument) throws -> LoadedDocument {
    guard let stamp = Stamp(url), let id = FileID(url) else { return try read() }
    if let entry = entries.withLock({ $0[id] }), entry.stamp == stamp {
      return entry.document
    }
    let document = try read()
    entries.withLock { $0[id] = Entry(stamp: stamp, document: document) }
    return document
  }
}
