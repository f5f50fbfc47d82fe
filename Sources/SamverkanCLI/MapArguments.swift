import ArgumentParser
import Foundation
import Samverkan

/// Map files or folders given on the command line.
struct MapArguments: ParsableArguments {
  @Argument(
    help: ArgumentHelp(L10n.help("help.common.maps"), valueName: L10n.help("help.value.map")),
    completion: Completions.yamlFile)
  var paths: [String]

  func validate() throws {
    if paths.isEmpty { throw ValidationError(L10n.cli("console.no-maps")) }
  }

  /// The map files, folders expanded to their `.yaml` files in name order; with `recursive`,
  /// also the files in folders below them (such as the regional templates in `regions/`).
  func mapFiles(recursive: Bool = false) throws -> [String] {
    try paths.flatMap { path -> [String] in
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
        throw ConsoleError(L10n.cli("console.no-such-path", path))
      }
      guard isFolder.boolValue else { return [path] }
      let listed: [String]
      do {
        listed =
          try recursive
          ? FileManager.default.subpathsOfDirectory(atPath: path)
          : FileManager.default.contentsOfDirectory(atPath: path)
      } catch {
        throw ConsoleError(L10n.cli("console.unreadable-folder", path, OutputFile.plain(error)))
      }
      let names = listed.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
      if names.isEmpty { throw ConsoleError(L10n.cli("console.no-yaml", path)) }
      return names.map { (path as NSString).appendingPathComponent($0) }
    }
  }
}

/// An error to print as it is and exit with 2.
struct ConsoleError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
