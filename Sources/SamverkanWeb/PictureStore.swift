import Foundation
import Samverkan
import SamverkanRender
import Synchronization

/// The pictures the pages show, drawn once per map version, language and highlight and kept in
/// memory; requests for a picture being drawn wait for that one drawing. Graphviz draws one
/// picture at a time (its one lock, `MapRenderer`).
final class PictureStore: Sendable {
  private let renderer: MapRenderer
  private let capacity: Int
  private let state = Mutex<State>(State())

  private struct State {
    var drawings: [String: Task<MapPictures, any Error>] = [:]
    /// Keys oldest first, to drop the oldest when full.
    var order: [String] = []
  }

  init(renderer: MapRenderer = MapRenderer(), capacity: Int = 64) {
    self.renderer = renderer
    self.capacity = capacity
  }

  /// The pictures of `snapshot`'s map, with `highlight` in bold when given.
  func pictures(of snapshot: MapLibrary.Snapshot, highlight: Highlight?) async throws
    -> MapPictures
  {
    let language = Language.current
    let lit = highlight.map { "\($0.actors.sorted()) \($0.routes.sorted())" } ?? "-"
    let key = "\(language.rawValue)\n\(lit)\n\(snapshot.map.id)\n\(snapshot.digest)"
    let renderer = renderer
    let task = state.withLock { state -> Task<MapPictures, any Error> in
      if let drawing = state.drawings[key] { return drawing }
      let map = snapshot.map
      // Drawn on a thread of its own: Graphviz blocks, and Swift's few shared threads must stay
      // free for the time limits and the other requests.
      let drawing = Task {
        try await withCheckedThrowingContinuation { continuation in
          DispatchQueue.global().async {
            continuation.resume(
              with: Result {
                try Language.$override.withValue(language) {
                  try MapPictures(map: map, renderer: renderer, highlight: highlight)
                }
              })
          }
        }
      }
      state.drawings[key] = drawing
      state.order.append(key)
      if state.order.count > capacity {
        state.drawings[state.order.removeFirst()] = nil
      }
      return drawing
    }
    do {
      return try await task.value
    } catch {
      // A failed drawing is not kept: the next request tries again.
      state.withLock { state in
        state.drawings[key] = nil
        state.order.removeAll { $0 == key }
      }
      throw error
    }
  }
}
