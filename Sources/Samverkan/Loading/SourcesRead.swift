import Synchronization

/// The files each map file loaded so far was made from, as they were read; shared by copies of a
/// loader.
final class SourcesRead: Sendable {
  private let byMap = Mutex<[String: [SourceDigest]]>([:])

  subscript(map: String) -> [SourceDigest]? {
    get { byMap.withLock { $0[map] } }
    set { byMap.withLock { $0[map] = newValue } }
  }
}
