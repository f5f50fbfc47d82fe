import Foundation
import Samverkan
import SamverkanRender

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The output files of one batch, each claimed by the map file that writes it, so that two maps
/// with one id are refused, naming both files, instead of overwriting each other.
///
/// The claims are files in a private temporary folder that the worker processes of the batch find
/// through the environment. A claim is made with `link(2)`, which either puts a complete claim in
/// place or fails because another is there: two processes cannot both win. Claims are shared by
/// the command's processes through a folder and the environment, so they stay with the
/// command-line tool; the web server draws in one process and needs none.
struct BatchClaims {
  /// The environment variable that hands the folder to worker processes.
  static let environmentKey = "SAMVERKAN_BATCH_CLAIMS"

  let folder: URL
  /// Whether this process made the folder, and so removes it.
  private let owned: Bool

  /// The claims of the batch this process is a worker in, or new ones for a batch it starts.
  static func forThisProcess() throws -> BatchClaims {
    if let inherited = ProcessInfo.processInfo.environment[environmentKey], !inherited.isEmpty {
      return BatchClaims(folder: URL(fileURLWithPath: inherited), owned: false)
    }
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("samverkan-batch-\(getpid())-\(UUID().uuidString)")
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw ConsoleError(L10n.cli("output.claims.no-folder", OutputFile.plain(error)))
    }
    return BatchClaims(folder: folder, owned: true)
  }

  /// The environment for a worker process of this batch.
  var environment: [String: String] {
    ProcessInfo.processInfo.environment.merging([Self.environmentKey: folder.path]) { $1 }
  }

  /// Claims `target` for the map file `source` and its map `mapID`. Returns false when the same
  /// file was claimed before (it was named twice, and is written once); throws when another file
  /// holds the claim.
  func claim(_ target: String, for source: String, mapID: String) throws -> Bool {
    let me = URL(fileURLWithPath: source).standardizedFileURL.path
    let claim = folder.appendingPathComponent(
      RenderCache.fileName(for: URL(fileURLWithPath: target).standardizedFileURL.path))
    let draft = folder.appendingPathComponent(".\(getpid())-\(UUID().uuidString)")
    do {
      try Data(me.utf8).write(to: draft)
    } catch {
      throw ConsoleError(L10n.cli("output.claims.cannot-note", target, OutputFile.plain(error)))
    }
    defer { unlink(draft.path) }
    if link(draft.path, claim.path) == 0 { return true }
    let holder =
      (try? String(contentsOf: claim, encoding: .utf8)) ?? L10n.cli("output.claims.another-map")
    if holder == me { return false }
    throw ConsoleError(L10n.cli("output.claims.same-id", holder, source, mapID, target))
  }

  /// Removes the claims, when this process made them.
  func finish() {
    if owned { try? FileManager.default.removeItem(at: folder) }
  }
}
