import Foundation
import Synchronization

/// Finished pages by a key that names everything they were made from, at most `capacity`, the
/// oldest dropped first.
final class PageCache: Sendable {
  private let capacity: Int
  private let state = Mutex<(pages: [String: Data], order: [String])>(([:], []))

  init(capacity: Int = 256) {
    self.capacity = capacity
  }

  subscript(key: String) -> Data? {
    get { state.withLock { $0.pages[key] } }
    set {
      state.withLock { state in
        if state.pages.updateValue(newValue ?? Data(), forKey: key) == nil {
          state.order.append(key)
        }
        if state.order.count > capacity { state.pages[state.order.removeFirst()] = nil }
      }
    }
  }
}
