import ArgumentParser
import Foundation

/// One worker's part of a batch: worker `index` of `count` takes every `count`-th file, starting at
/// `index`. Written `index/count` on the command line.
struct WorkerShare: ExpressibleByArgument, Equatable {
  var index: Int
  var count: Int

  init(index: Int, count: Int) {
    self.index = index
    self.count = count
  }

  init?(argument: String) {
    let parts = argument.split(separator: "/").compactMap { Int($0) }
    guard parts.count == 2, parts[1] > 0, (0..<parts[1]).contains(parts[0]) else { return nil }
    self.init(index: parts[0], count: parts[1])
  }

  var argument: String { "\(index)/\(count)" }

  /// The files of `files` that are this worker's.
  func files(of files: [String]) -> [String] {
    stride(from: index, to: files.count, by: count).map { files[$0] }
  }

  /// Starts this very command again in `count - 1` other processes, one per share but the first,
  /// which stays with the caller, with `environment` added to this process's. Their output goes
  /// where this process's goes.
  static func startOthers(count: Int, environment: [String: String] = [:]) throws -> [Process] {
    guard let executable = Bundle.main.executableURL else {
      throw ConsoleError("cannot find the samverkan executable to start workers; use --jobs 1")
    }
    return try (1..<count).map { index in
      let process = Process()
      process.executableURL = executable
      process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
      process.arguments =
        Array(CommandLine.arguments.dropFirst())
        + ["--worker", WorkerShare(index: index, count: count).argument]
      do {
        try process.run()
      } catch {
        throw ConsoleError("cannot start a worker process: \(error.localizedDescription)")
      }
      return process
    }
  }
}
