import Foundation
import Testing

/// The ids of running processes whose command line mentions `text`.
private func processes(mentioning text: String) -> [Int32] {
  let ids = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
  return ids.compactMap { name -> Int32? in
    guard let id = Int32(name),
      let line = FileManager.default.contents(atPath: "/proc/\(name)/cmdline"),
      String(decoding: line, as: UTF8.self).contains(text)
    else { return nil }
    // A zombie has finished; only its exit status is left.
    let status = (try? String(contentsOfFile: "/proc/\(name)/stat", encoding: .utf8)) ?? ""
    return status.contains(") Z ") ? nil : id
  }
}

/// Waits up to `seconds` for `condition`.
private func eventually(within seconds: Double, _ condition: () -> Bool) -> Bool {
  let deadline = Date(timeIntervalSinceNow: seconds)
  while Date() < deadline {
    if condition() { return true }
    Thread.sleep(forTimeInterval: 0.1)
  }
  return condition()
}

@Suite(
  "Lifecycle: workers end with the command, and every command that draws has a time limit",
  .enabled(if: FileManager.default.fileExists(atPath: "/proc/self/cmdline"), "needs /proc"))
struct LifecycleTests {
  /// A folder of four maps that take seconds each to lay out.
  private func slowMaps(in folder: URL) throws -> URL {
    let maps = folder.appendingPathComponent("maps")
    try FileManager.default.createDirectory(at: maps, withIntermediateDirectories: true)
    for index in 1...4 {
      try Data(slowMap(firstName: "Första", id: "stor\(index)").utf8)
        .write(to: maps.appendingPathComponent("stor\(index).yaml"))
    }
    return maps
  }

  @Test("killing the main process of render --jobs 2 ends its worker; nothing is written after")
  func killedParent() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let maps = try slowMaps(in: folder)
    let out = folder.appendingPathComponent("out")
    let running = try start(["render", maps.path, "-o", out.path, "--jobs", "2", "--no-cache"])
    #expect(eventually(within: 10) { processes(mentioning: out.path).count == 2 })
    kill(running.processIdentifier, SIGKILL)
    running.waitUntilExit()
    #expect(eventually(within: 5) { processes(mentioning: out.path).isEmpty })
    let after = try FileManager.default.contentsOfDirectory(atPath: out.path)
    Thread.sleep(forTimeInterval: 4)
    #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == after)
    #expect(after.allSatisfy { !$0.hasPrefix(".") }, "\(after)")
  }

  @Test("render --jobs 2 that runs past --timeout exits 2, and no worker outlives it")
  func renderTimeout() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let maps = try slowMaps(in: folder)
    let out = folder.appendingPathComponent("out")
    // A 400-actor map takes about a second to load, check and draw on this machine, and its
    // layout alone well over a fifth of one, so a limit of 0.2 s always stops the run.
    let result = try CommandRunner.run(
      ["render", maps.path, "-o", out.path, "--jobs", "2", "--no-cache", "--timeout", "0.2"],
      timeout: 60)
    #expect(result.status == 2)
    #expect(result.stderr.contains("ritningen tog längre än 0.2 s"), "\(result.stderr)")
    #expect(eventually(within: 5) { processes(mentioning: out.path).isEmpty })
    #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
  }

  @Test(
    "report and overview stop at --timeout with exit 2, leaving no file",
    arguments: ["report", "overview"])
  func reportAndOverviewTimeout(command: String) throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let maps = folder.appendingPathComponent("maps")
    let regions = maps.appendingPathComponent("regions")
    try FileManager.default.createDirectory(at: regions, withIntermediateDirectories: true)
    try Data(slowMap(firstName: "Första", id: "stor").utf8)
      .write(to: regions.appendingPathComponent("stor.yaml"))
    try Data(
      smallMap(id: "kommun").replacingOccurrences(
        of: "reviewed:", with: "include:\n  - regions/stor.yaml\nreviewed:"
      ).utf8
    ).write(to: maps.appendingPathComponent("kommun.yaml"))
    let out = folder.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    let arguments =
      command == "report"
      ? ["report", maps.path, "-o", out.path]
      : ["overview", maps.path, "--region", "stor", "-o", out.appendingPathComponent("o.svg").path]
    // The overview draws a region's shared actors once, so even a large template is quick: its
    // limit is a millionth of a second, which any drawing passes.
    let limit = command == "report" ? "0.5" : "0.000001"
    let result = try CommandRunner.run(arguments + ["--timeout", limit, "--no-cache"], timeout: 60)
    #expect(result.status == 2)
    #expect(result.stderr.contains("tog längre än"), "\(result.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
  }
}
