import Foundation
import Testing

/// Runs the built `samverkan` binary the way a user does and captures what it prints.
struct CommandRunner {
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
    var output: Data
    /// Whether the command was stopped for running past its time limit.
    var timedOut: Bool
  }

  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The binary next to the test bundle in SwiftPM's build folder.
  static var binary: URL {
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    while folder.path != "/" {
      let candidate = folder.appendingPathComponent("samverkan")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      folder = folder.deletingLastPathComponent()
    }
    return packageRoot.appendingPathComponent(".build/debug/samverkan")
  }

  /// Runs `samverkan` with `arguments` from the package root.
  static func run(
    _ arguments: [String], in directory: URL = packageRoot, timeout: TimeInterval = 600,
    environment: [String: String] = [:]
  ) throws -> Result {
    try run(binary, arguments, in: directory, timeout: timeout, environment: environment)
  }

  /// Runs `executable`; after `timeout` seconds it is terminated and the result says so.
  static func run(
    _ executable: URL, _ arguments: [String], in directory: URL = packageRoot,
    timeout: TimeInterval = 600, environment: [String: String] = [:]
  ) throws -> Result {
    // Output goes to files, not pipes, so a large output can never block the child.
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let outURL = folder.appendingPathComponent("stdout")
    let errURL = folder.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    process.standardOutput = try FileHandle(forWritingTo: outURL)
    process.standardError = try FileHandle(forWritingTo: errURL)
    process.standardInput = FileHandle.nullDevice
    // Renders are cached in this run's own folder, never in the user's cache; the language is
    // the default, Swedish, whatever the machine's locale, unless a test sets one.
    process.environment = ProcessInfo.processInfo.environment.merging(
      [
        "XDG_CACHE_HOME": folder.appendingPathComponent("cache").path,
        "LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": "",
      ]) { $1 }
      .merging(environment) { $1 }
    let finished = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in finished.signal() }
    try process.run()
    let timedOut = finished.wait(timeout: .now() + timeout) == .timedOut
    if timedOut {
      process.terminate()
      process.waitUntilExit()
    }
    let output = try Data(contentsOf: outURL)
    let errors = try Data(contentsOf: errURL)
    return Result(
      status: process.terminationStatus, stdout: String(decoding: output, as: UTF8.self),
      stderr: String(decoding: errors, as: UTF8.self), output: output, timedOut: timedOut)
  }

  /// A new empty folder for one test.
  static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("samverkan-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
