import Foundation

/// Where the fuzz targets find the package's own files.
public enum FuzzPaths {
  /// The package root: four folders up from `Fuzz/Sources/FuzzSupport/FuzzPaths.swift`.
  public static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The folder of the real maps, so fuzzed maps can include the real regional templates.
  public static let maps = packageRoot.appendingPathComponent("Maps", isDirectory: true)
}
