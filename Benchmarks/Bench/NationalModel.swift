import Foundation
import Samverkan

/// The synthetic national model: 290 municipality maps over 21 regional templates, loaded.
struct NationalModel {
  var folder: String
  var files: [String]
  var maps: [CollaborationMap]
  /// The real municipality maps in Maps/, loaded.
  var realFiles: [String]
  var realMaps: [CollaborationMap]

  static let municipalities = 290

  static func generate(in workspace: Workspace, tool: String) throws -> NationalModel {
    let folder = try workspace.folder("national")
    let generated = runChild(
      tool, ["generate", "--municipalities", "\(municipalities)", "--seed", "2026", "-o", folder])
    guard generated.status == 0 else {
      throw BenchmarkError("samverkan generate failed with exit code \(generated.status)")
    }
    let files = try listFiles(in: folder, ending: ".yaml")
    let realFiles = try listFiles(in: "Maps", ending: ".yaml")
    let loader = MapLoader()
    return NationalModel(
      folder: folder, files: files, maps: try files.map { try loader.load($0) },
      realFiles: realFiles, realMaps: try realFiles.map { try loader.load($0) })
  }
}

struct BenchmarkError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
