import Foundation

/// A scratch folder for one benchmark run, removed at the end.
struct Workspace {
  let root: URL

  init() throws {
    root = FileManager.default.temporaryDirectory
      .appendingPathComponent("samverkan-bench-\(ProcessInfo.processInfo.processIdentifier)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
  }

  /// A new empty folder `name` inside the workspace.
  func folder(_ name: String) throws -> String {
    let url = root.appendingPathComponent(name)
    try? FileManager.default.removeItem(at: url)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.path
  }

  func file(_ name: String) -> String { root.appendingPathComponent(name).path }

  func remove() { try? FileManager.default.removeItem(at: root) }
}

/// The files of a folder ending in `suffix`, by name, as full paths.
func listFiles(in folder: String, ending suffix: String) throws -> [String] {
  try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(suffix) }
    .sorted().map { (folder as NSString).appendingPathComponent($0) }
}
