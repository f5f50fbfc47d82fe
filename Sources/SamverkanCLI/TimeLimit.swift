import Foundation
import Samverkan
import Synchronization

/// Stops the process with an error when one piece of work runs past its time limit.
///
/// A Graphviz layout cannot be interrupted from Swift, and a run that hangs in CI is worse than one
/// that fails and says why: so the limit ends the process with exit code 2. Output files are written
/// only after drawing, atomically, so none is left half-written.
final class TimeLimit: Sendable {
  let seconds: Double
  private let current = Mutex(0)

  init(seconds: Double) {
    self.seconds = seconds
  }

  /// Runs `body`; if it takes longer than the limit, prints `message` and exits with code 2.
  func run<T>(failing message: @autoclosure () -> String, _ body: () throws -> T) rethrows -> T {
    let ticket = current.withLock { value in
      value += 1
      return value
    }
    let text = message()
    DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { [self] in
      guard current.withLock({ $0 == ticket }) else { return }
      FileHandle.standardError.write(Data((L10n.cli("console.error", text) + "\n").utf8))
      _exit(2)
    }
    defer { current.withLock { $0 += 1 } }
    return try body()
  }
}
