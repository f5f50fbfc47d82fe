import Foundation
import Synchronization

/// Included files already read, each kept while its size and modification time stay the same.
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

  private let entries = Mutex<[String: Entry]>([:])

  /// The file at `url` as read before, or as `read` reads it now.
  func document(at url: URL, read: () throws -> LoadedDocument) throws -> LoadedDocument {
    guard let stamp = Stamp(url) else { return try read() }
    if let entry = entries.withLock({ $0[url.path] }), entry.stamp == stamp {
      return entry.document
    }
    let document = try read()
    entries.withLock { $0[url.path] = Entry(stamp: stamp, document: document) }
    return document
  }
}
