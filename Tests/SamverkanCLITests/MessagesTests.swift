import Foundation
import Testing

private let setpriv = "/usr/bin/setpriv"

@Suite("CLI messages: every failure exits 2 with a plain message naming the file")
struct MessagesTests {
  @Test(
    "an unreadable folder exits 2 with a plain message, no Foundation error dump",
    .enabled(
      if: FileManager.default.isExecutableFile(atPath: setpriv) && getuid() == 0,
      "needs root and setpriv(1) to run as another user, since root reads every folder"),
    arguments: ["validate", "render", "report"])
  func unreadableFolder(command: String) throws {
    let folder = try CommandRunner.temporaryFolder()
    defer {
      chmod(folder.appendingPathComponent("locked").path, 0o755)
      try? FileManager.default.removeItem(at: folder)
    }
    chmod(folder.path, 0o755)
    let locked = folder.appendingPathComponent("locked")
    try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
    try Data(smallMap(id: "karta").utf8).write(to: locked.appendingPathComponent("karta.yaml"))
    chmod(locked.path, 0)
    var arguments = [command, locked.path]
    if command != "validate" { arguments += ["-o", folder.appendingPathComponent("out").path] }
    let result = try CommandRunner.run(
      URL(fileURLWithPath: setpriv),
      ["--reuid=65534", "--regid=65534", "--clear-groups", CommandRunner.binary.path]
        + arguments + ["--no-cache"].filter { _ in command != "validate" })
    #expect(result.status == 2, "\(result.stderr)")
    #expect(
      result.stderr.contains("fel: \(locked.path): kan inte läsa mappen: åtkomst nekas"),
      "\(result.stderr)")
    #expect(!result.stderr.contains("NSCocoaErrorDomain"))
    #expect(!result.stderr.contains("Error Domain"))
  }

  @Test(
    "a map that cannot be read, and output that cannot be written, never dump a Foundation error",
    arguments: [
      ["render", "Maps/molndal.yaml", "-o", "/proc/version"],
      ["render", "Maps/molndal.yaml", "-o", "/nonexistent-folder/x.svg"],
      ["validate", "/nonexistent.yaml"],
      ["report", "Maps/molndal.yaml", "-o", "/proc/version"],
    ])
  func noFoundationDump(arguments: [String]) throws {
    let result = try CommandRunner.run(arguments)
    #expect(result.status == 2, "\(result.stderr)")
    #expect(!result.stderr.contains("Domain="), "\(result.stderr)")
    #expect(!result.stderr.contains("NSCocoaErrorDomain"), "\(result.stderr)")
  }
}
