import Foundation
import Testing

@Suite("render: cache, worker processes and time limit")
struct RenderBatchTests {
  private func svgFiles(in folder: URL) throws -> [String: Data] {
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    return try Dictionary(
      uniqueKeysWithValues: names.map {
        ($0, try Data(contentsOf: folder.appendingPathComponent($0)))
      })
  }

  @Test("a second run takes each picture from the cache, byte for byte the same")
  func cacheHit() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let cache = folder.appendingPathComponent("cache")
    let first = folder.appendingPathComponent("first")
    let second = folder.appendingPathComponent("second")
    let fresh = folder.appendingPathComponent("fresh")
    for output in [first, second] {
      let result = try CommandRunner.run([
        "render", "Maps/", "-o", output.path, "--cache", cache.path,
      ])
      #expect(result.status == 0, "\(result.stderr)")
    }
    let uncached = try CommandRunner.run(["render", "Maps/", "-o", fresh.path, "--no-cache"])
    #expect(uncached.status == 0, "\(uncached.stderr)")
    let pictures = try svgFiles(in: first)
    #expect(pictures.count == 6)
    #expect(try svgFiles(in: second) == pictures)
    #expect(try svgFiles(in: fresh) == pictures)

    // Proof that the cache is read: a picture planted in it comes out as it is. Each map is kept
    // twice: its layout by the DOT text, and the whole render by the map's files.
    let names = try FileManager.default.contentsOfDirectory(atPath: cache.path)
    #expect(names.filter { $0.hasSuffix(".svg.entry") }.count == 6)
    #expect(names.filter { $0.hasPrefix("map-") && $0.hasSuffix(".entry") }.count == 6)
    for name in names {
      let url = cache.appendingPathComponent(name)
      let (header, _) = try cacheEntryParts(try Data(contentsOf: url))
      try cacheEntry(header, picture: Data("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".utf8))
        .write(to: url)
    }
    let planted = folder.appendingPathComponent("planted.svg")
    let result = try CommandRunner.run(
      ["render", "Maps/molndal.yaml", "-o", planted.path, "--cache", cache.path])
    #expect(result.status == 0)
    #expect(try String(contentsOf: planted, encoding: .utf8).hasPrefix("<svg xmlns"))
  }

  @Test("a changed map is laid out again")
  func cacheMiss() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let cache = folder.appendingPathComponent("cache")
    let maps = CommandRunner.packageRoot.appendingPathComponent("Maps")
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("regions"), withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: maps.appendingPathComponent("regions/vastra-gotaland.yaml"),
      to: folder.appendingPathComponent("regions/vastra-gotaland.yaml"))
    let map = folder.appendingPathComponent("molndal.yaml")
    let original = try String(
      contentsOf: maps.appendingPathComponent("molndal.yaml"), encoding: .utf8)
    try original.write(to: map, atomically: true, encoding: .utf8)
    let before = try CommandRunner.run(["render", map.path, "--cache", cache.path])
    try original.replacingOccurrences(of: "name: Mölndals stad", with: "name: Mölndals kommun")
      .write(to: map, atomically: true, encoding: .utf8)
    let after = try CommandRunner.run(["render", map.path, "--cache", cache.path])
    #expect(before.status == 0 && after.status == 0, "\(before.stderr)\(after.stderr)")
    #expect(before.stdout.contains("Mölndals stad"))
    #expect(after.stdout.contains("Mölndals kommun"))
  }

  @Test("several worker processes write the same files as one")
  func workers() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let one = folder.appendingPathComponent("one")
    let three = folder.appendingPathComponent("three")
    let serial = try CommandRunner.run(
      ["render", "--all", "Maps/", "-o", one.path, "--jobs", "1", "--no-cache"])
    let parallel = try CommandRunner.run(
      ["render", "--all", "Maps/", "-o", three.path, "--jobs", "3", "--no-cache"])
    #expect(serial.status == 0 && parallel.status == 0, "\(serial.stderr)\(parallel.stderr)")
    let pictures = try svgFiles(in: one)
    #expect(pictures.count == 9)
    #expect(try svgFiles(in: three) == pictures)
    #expect(parallel.stderr.split(separator: "\n").filter { $0.contains(" → ") }.count == 9)
  }

  @Test("a map that takes longer than --timeout stops the run with exit 2 and no file")
  func timeLimit() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("molndal.svg")
    let result = try CommandRunner.run(
      ["render", "Maps/molndal.yaml", "-o", output.path, "--no-cache", "--timeout", "0.000001"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("fel: Maps/molndal.yaml: ritningen tog längre än"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }

  @Test("a changed template is read again, and findings are printed on every run")
  func mapFilesCache() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let cache = folder.appendingPathComponent("cache")
    let maps = CommandRunner.packageRoot.appendingPathComponent("Maps")
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("regions"), withIntermediateDirectories: true)
    let template = folder.appendingPathComponent("regions/vastra-gotaland.yaml")
    try FileManager.default.copyItem(
      at: maps.appendingPathComponent("regions/vastra-gotaland.yaml"), to: template)
    // A review date two years back: the stale-map warning must come back from the cache too.
    let map = folder.appendingPathComponent("molndal.yaml")
    try String(contentsOf: maps.appendingPathComponent("molndal.yaml"), encoding: .utf8)
      .replacingOccurrences(of: "reviewed: 2026-12-01", with: "reviewed: 2024-06-01")
      .write(to: map, atomically: true, encoding: .utf8)
    let arguments = ["render", map.path, "--cache", cache.path]
    let first = try CommandRunner.run(arguments)
    let second = try CommandRunner.run(arguments)
    #expect(first.status == 0 && second.status == 0, "\(first.stderr)")
    #expect(first.stderr.contains("warning[stale-map]"))
    #expect(second.stderr == first.stderr)
    #expect(second.stdout == first.stdout)

    let text = try String(contentsOf: template, encoding: .utf8)
    let renamed = text.replacingOccurrences(
      of: "name: Barn- och ungdomspsykiatrin (BUP)", with: "name: Regionens barnpsykiatri")
    #expect(renamed != text)
    try renamed.write(to: template, atomically: true, encoding: .utf8)
    let third = try CommandRunner.run(arguments)
    #expect(third.status == 0)
    #expect(third.stdout.contains("Regionens barnpsykiatri"))
  }

  @Test("a second render of an unchanged map leaves the output file untouched")
  func unchangedOutput() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("molndal.svg")
    let arguments = ["render", "Maps/molndal.yaml", "-o", output.path, "--no-cache"]
    #expect(try CommandRunner.run(arguments).status == 0)
    let earlier = Date(timeIntervalSince1970: 1_000_000_000)
    try FileManager.default.setAttributes([.modificationDate: earlier], ofItemAtPath: output.path)
    #expect(try CommandRunner.run(arguments).status == 0)
    let modified = try FileManager.default.attributesOfItem(atPath: output.path)[.modificationDate]
    #expect(modified as? Date == earlier)
  }
}
