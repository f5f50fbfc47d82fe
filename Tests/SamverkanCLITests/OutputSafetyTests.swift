import Foundation
import Testing

/// Every file below `folder` with its bytes, paths relative to it; hidden files included.
func snapshot(_ folder: URL) throws -> [String: Data] {
  let paths = try FileManager.default.subpathsOfDirectory(atPath: folder.path)
  var files: [String: Data] = [:]
  for path in paths {
    var isFolder: ObjCBool = false
    let url = folder.appendingPathComponent(path)
    _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder)
    files[path] = isFolder.boolValue ? Data() : try Data(contentsOf: url)
  }
  return files
}

@Suite("A failed run never spoils an output file or leaves a temporary one")
struct OutputSafetyTests {
  static let brokenMaps = [
    "\(HostileFixtures.folder)/syntax-tab-indentation.yaml",  // exit 2: cannot be loaded
    "\(HostileFixtures.folder)/unknown-reference-route.yaml",  // exit 1: has an error finding
  ]

  @Test(
    "a good earlier output stays byte for byte when the map fails",
    arguments: ["render", "export-dot"], brokenMaps)
  func goodOutputKept(command: String, map: String) throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("out.svg")
    let good = Data("<svg>the picture from yesterday</svg>\n".utf8)
    try good.write(to: target)
    let result = try CommandRunner.run([command, map, "-o", target.path], timeout: 60)
    #expect([1, 2].contains(result.status), "\(result.stderr)")
    #expect(try snapshot(folder) == ["out.svg": good])
  }

  @Test("report leaves earlier reports as they were when a map cannot be loaded")
  func reportKept() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let earlier: [String: Data] = [
      "index.html": Data("<p>index</p>".utf8),
      "hostile": Data(),
      "hostile/index.html": Data("<p>report</p>".utf8),
      "hostile/map.svg": Data("<svg/>".utf8),
    ]
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("hostile"), withIntermediateDirectories: true)
    for (path, data) in earlier where !data.isEmpty {
      try data.write(to: folder.appendingPathComponent(path))
    }
    let result = try CommandRunner.run(
      ["report", Self.brokenMaps[0], "-o", folder.path], timeout: 60)
    #expect(result.status == 2, "\(result.stderr)")
    #expect(try snapshot(folder) == earlier)
  }

  @Test("a folder named as the output file is refused with exit code 2 and left as it was")
  func failedWriteLeavesNothing() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("out.svg")
    try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
    let result = try CommandRunner.run(["render", "Maps/molndal.yaml", "-o", target.path])
    #expect(result.status == 2)
    #expect(result.stderr.contains("\(target.path) är en mapp"), "\(result.stderr)")
    #expect(try snapshot(folder) == ["out.svg": Data()])
  }

  @Test("a render that succeeds replaces the earlier file whole, with nothing left beside it")
  func successReplaces() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("out.svg")
    try Data(repeating: UInt8(ascii: "x"), count: 2_000_000).write(to: target)
    let result = try CommandRunner.run(["render", "Maps/molndal.yaml", "-o", target.path])
    #expect(result.status == 0, "\(result.stderr)")
    let files = try snapshot(folder)
    #expect(Array(files.keys) == ["out.svg"])
    let svg = String(decoding: files["out.svg"] ?? Data(), as: UTF8.self)
    #expect(svg.hasPrefix("<?xml"))
    #expect(svg.hasSuffix("</svg>\n"))
  }
}
