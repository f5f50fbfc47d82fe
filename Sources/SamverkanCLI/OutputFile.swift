import Foundation

/// Writes command output: to a file atomically (a temporary file renamed into place, so a failed
/// run never leaves half a file or spoils a good one), or to standard output.
///
/// Foundation's `.atomic` makes the temporary file in the target's own folder, so the rename
/// cannot cross file systems, and removes it when the write or the rename fails; on Linux too
/// (swift-foundation's `writeToFileAux`). `OutputSafetyTests` checks both.
/// A file that already holds exactly these bytes is left as it is, modification time included, so
/// a run over unchanged maps writes nothing.
enum OutputFile {
  static func write(_ data: Data, to path: String?) throws {
    guard let path else {
      FileHandle.standardOutput.write(data)
      return
    }
    if let existing = FileManager.default.contents(atPath: path), existing == data { return }
    do {
      try data.write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw ConsoleError("cannot write \(path): \(error.localizedDescription)")
    }
  }

  /// Creates a folder (and its parents) for output.
  static func makeFolder(_ path: String) throws {
    do {
      try FileManager.default.createDirectory(
        atPath: path, withIntermediateDirectories: true)
    } catch {
      throw ConsoleError("cannot create folder \(path): \(error.localizedDescription)")
    }
  }
}
