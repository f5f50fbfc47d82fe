import Foundation
import Testing

/// FNV-1a, 64 bits, as the cache hashes pictures.
private func fnv1a(_ data: Data) -> UInt64 {
  data.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01b3 }
}

/// A render cache entry file taken apart: its header and picture.
func cacheEntryParts(_ data: Data) throws -> (header: Data, picture: Data) {
  let newline = try #require(data.firstIndex(of: UInt8(ascii: "\n")))
  let fields = String(decoding: data[..<newline], as: UTF8.self).split(separator: " ")
  let headerSize = try #require(Int(fields[2]))
  return (
    data[(newline + 1)..<(newline + 1 + headerSize)], data[(newline + 1 + headerSize)...]
  )
}

/// An entry file with `picture` in place of its own, hash and sizes made to match.
func cacheEntry(_ header: Data, picture: Data) -> Data {
  Data(
    "samverkan-cache 2 \(header.count) \(picture.count) \(String(fnv1a(picture), radix: 16))\n"
      .utf8) + header + picture
}

/// A map with `count` actors and about twice as many routes, which takes seconds to lay out.
func slowMap(firstName: String, count: Int = 400, id: String = "stor") -> String {
  var lines = ["format: 1", "id: \(id)", "name: Stor karta", "reviewed: 2026-11-23", "actors:"]
  for index in 0..<count {
    lines += [
      "  - id: a\(index)", "    name: \(index == 0 ? firstName : "Aktör \(index)")",
      "    kind: organisation", "    sector: social-services",
    ]
  }
  lines.append("routes:")
  for index in 0..<count {
    for step in [1, 7] where index + step < count {
      lines += [
        "  - id: r\(index)-\(step)", "    from: a\(index)", "    to: a\(index + step)",
        "    channel: referral", "    consent: required",
      ]
    }
  }
  return lines.joined(separator: "\n") + "\n"
}

/// Starts `samverkan` without waiting for it.
func start(_ arguments: [String]) throws -> Process {
  let process = Process()
  process.executableURL = CommandRunner.binary
  process.arguments = arguments
  process.currentDirectoryURL = CommandRunner.packageRoot
  process.standardOutput = FileHandle.nullDevice
  process.standardError = FileHandle.nullDevice
  try process.run()
  return process
}

@Suite("RenderCache: an entry is what was read, whole and sound, or a miss")
struct RenderCacheSafetyTests {
  @Test("a map edited while it is drawn is drawn again next time, not served the old picture")
  func editDuringDrawing() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let map = folder.appendingPathComponent("stor.yaml")
    let cache = folder.appendingPathComponent("cache")
    let first = folder.appendingPathComponent("first.svg")
    let second = folder.appendingPathComponent("second.svg")
    try Data(slowMap(firstName: "Gammalt namn").utf8).write(to: map)
    let running = try start(["render", map.path, "-o", first.path, "--cache", cache.path])
    // Loading takes a fraction of a second, the layout seconds: the edit lands while drawing.
    Thread.sleep(forTimeInterval: 1)
    try Data(slowMap(firstName: "Nytt namn").utf8).write(to: map)
    running.waitUntilExit()
    #expect(running.terminationStatus == 0)
    let result = try CommandRunner.run(
      ["render", map.path, "-o", second.path, "--cache", cache.path], timeout: 120)
    #expect(result.status == 0, "\(result.stderr)")
    let svg = try String(contentsOf: second, encoding: .utf8)
    #expect(svg.contains("Nytt namn"))
    #expect(!svg.contains("Gammalt namn"))
  }

  @Test(
    "an emptied or truncated entry is a miss: the right picture, exit 0, the entry written again",
    arguments: ["empty", "half", "garbage"])
  func damagedEntry(damage: String) throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let cache = folder.appendingPathComponent("cache")
    let first = folder.appendingPathComponent("first.svg")
    let second = folder.appendingPathComponent("second.svg")
    let run = { (output: URL) in
      try CommandRunner.run([
        "render", "Maps/molndal.yaml", "-o", output.path, "--cache", cache.path,
      ])
    }
    #expect(try run(first).status == 0)
    let names = try FileManager.default.contentsOfDirectory(atPath: cache.path).sorted()
    // One file per entry: the whole render and the layout, each with its picture inside.
    #expect(names.count == 2)
    #expect(names.allSatisfy { $0.hasSuffix(".entry") })
    var whole: [String: Data] = [:]
    for name in names {
      let url = cache.appendingPathComponent(name)
      let data = try Data(contentsOf: url)
      whole[name] = data
      let damaged =
        switch damage {
        case "empty": Data()
        case "half": data.prefix(data.count / 2)
        default: Data("samverkan-cache 2 1 1 0\nxx".utf8)
        }
      try damaged.write(to: url)
    }
    let result = try run(second)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try Data(contentsOf: second) == Data(contentsOf: first))
    for name in names {
      #expect(try Data(contentsOf: cache.appendingPathComponent(name)).count == whole[name]?.count)
    }
  }

  @Test(
    "a planted picture with a sound hash is checked as a fresh one: refused, drawn again",
    arguments: [false, true])
  func plantedPicture(embed: Bool) throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let cache = folder.appendingPathComponent("cache")
    let first = folder.appendingPathComponent("first.svg")
    let second = folder.appendingPathComponent("second.svg")
    let extra = embed ? ["--embed"] : []
    let run = { (output: URL) in
      try CommandRunner.run(
        ["render", "Maps/molndal.yaml", "-o", output.path, "--cache", cache.path] + extra)
    }
    #expect(try run(first).status == 0)
    let planted = Data(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(2)</script></svg>"
        .utf8)
    for name in try FileManager.default.contentsOfDirectory(atPath: cache.path) {
      let url = cache.appendingPathComponent(name)
      let (header, _) = try cacheEntryParts(try Data(contentsOf: url))
      try cacheEntry(header, picture: planted).write(to: url)
    }
    let result = try run(second)
    #expect(result.status == 0, "\(result.stderr)")
    let svg = try String(contentsOf: second, encoding: .utf8)
    #expect(!svg.contains("alert"))
    #expect(try Data(contentsOf: second) == Data(contentsOf: first))
  }

  @Test("a symbolic link to the template folder re-pointed gives the other template's picture")
  func repointedTemplateFolder() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let cache = folder.appendingPathComponent("cache")
    // Each template has an actor of its own, whose name shows which template was drawn.
    for version in ["v1", "v2"] {
      let templates = folder.appendingPathComponent(version)
      try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
      let template = smallMap(id: "mall").replacingOccurrences(
        of: "  - id: skola\n    name: Skolan\n    kind: organisation\n    sector: school",
        with:
          "  - id: egen\n    name: Egen \(version)\n    kind: organisation\n    sector: social-services"
      ).replacingOccurrences(of: "from: skola", with: "from: egen")
      try Data(template.utf8).write(to: templates.appendingPathComponent("mall.yaml"))
    }
    let regions = folder.appendingPathComponent("regions")
    let map = folder.appendingPathComponent("karta.yaml")
    try Data(
      smallMap(id: "karta").replacingOccurrences(
        of: "reviewed:", with: "include:\n  - regions/mall.yaml\nreviewed:"
      ).utf8
    ).write(to: map)
    var outputs: [String] = []
    for version in ["v1", "v2"] {
      try? FileManager.default.removeItem(at: regions)
      try FileManager.default.createSymbolicLink(
        atPath: regions.path, withDestinationPath: folder.appendingPathComponent(version).path)
      let output = folder.appendingPathComponent("\(version).svg")
      let result = try CommandRunner.run(
        ["render", map.path, "-o", output.path, "--cache", cache.path])
      #expect(result.status == 0, "\(result.stderr)")
      outputs.append(try String(contentsOf: output, encoding: .utf8))
    }
    #expect(outputs[0].contains("Egen v1"))
    #expect(outputs[1].contains("Egen v2"))
    #expect(!outputs[1].contains("Egen v1"))
  }

  @Test("the same relative path in two checkouts gives each checkout's own picture")
  func twoCheckouts() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let cache = folder.appendingPathComponent("cache")
    for checkout in ["a", "b"] {
      let regions = folder.appendingPathComponent("\(checkout)/Maps/regions")
      try FileManager.default.createDirectory(at: regions, withIntermediateDirectories: true)
      let template = smallMap(id: "mall").replacingOccurrences(
        of: "  - id: skola\n    name: Skolan\n    kind: organisation\n    sector: school",
        with:
          "  - id: egen\n    name: Egen \(checkout)\n    kind: organisation\n    sector: social-services"
      ).replacingOccurrences(of: "from: skola", with: "from: egen")
      try Data(template.utf8).write(to: regions.appendingPathComponent("mall.yaml"))
      let map = smallMap(id: "karta").replacingOccurrences(
        of: "reviewed:", with: "include:\n  - regions/mall.yaml\nreviewed:")
      try Data(map.utf8).write(
        to: folder.appendingPathComponent("\(checkout)/Maps/karta.yaml"))
    }
    for checkout in ["a", "b", "a"] {
      let output = folder.appendingPathComponent("out-\(checkout).svg")
      let result = try CommandRunner.run(
        ["render", "Maps/karta.yaml", "-o", output.path, "--cache", cache.path],
        in: folder.appendingPathComponent(checkout))
      #expect(result.status == 0, "\(result.stderr)")
      let svg = try String(contentsOf: output, encoding: .utf8)
      #expect(svg.contains("Egen \(checkout)"))
    }
  }

  @Test("a run killed while drawing leaves a cache the next run uses rightly")
  func killedRun() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let map = folder.appendingPathComponent("stor.yaml")
    let cache = folder.appendingPathComponent("cache")
    // 600 actors take about three seconds to draw (400 now finish close to the kill's second).
    try Data(slowMap(firstName: "Första", count: 600).utf8).write(to: map)
    let running = try start(
      [
        "render", map.path, "-o", folder.appendingPathComponent("killed.svg").path, "--cache",
        cache.path,
      ])
    Thread.sleep(forTimeInterval: 1)
    kill(running.processIdentifier, SIGKILL)
    running.waitUntilExit()
    let cached = folder.appendingPathComponent("cached.svg")
    let fresh = folder.appendingPathComponent("fresh.svg")
    #expect(
      try CommandRunner.run(["render", map.path, "-o", cached.path, "--cache", cache.path]).status
        == 0)
    #expect(
      try CommandRunner.run(["render", map.path, "-o", fresh.path, "--no-cache"]).status == 0)
    #expect(try Data(contentsOf: cached) == Data(contentsOf: fresh))
    #expect(
      !FileManager.default.fileExists(atPath: folder.appendingPathComponent("killed.svg").path))
  }

  @Test("entries unused for 30 days are pruned; other files in the folder are left alone")
  func pruning() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let cache = folder.appendingPathComponent("cache")
    try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
    let old = Date(timeIntervalSinceNow: -40 * 24 * 3600)
    let planted = [
      "0123456789abcdef.svg.entry", "map-0123456789abcdef.entry", "0123456789abcdef.json",
      "notes.txt",
    ]
    for name in planted {
      let url = cache.appendingPathComponent(name)
      try Data("x".utf8).write(to: url)
      try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: url.path)
    }
    let output = folder.appendingPathComponent("out.svg")
    let result = try CommandRunner.run(
      ["render", "Maps/molndal.yaml", "-o", output.path, "--cache", cache.path])
    #expect(result.status == 0, "\(result.stderr)")
    let names = Set(try FileManager.default.contentsOfDirectory(atPath: cache.path))
    #expect(names.contains("notes.txt"))
    #expect(names.isDisjoint(with: planted.dropLast()))
    #expect(names.filter { $0.hasSuffix(".entry") }.count == 2)
  }
}
