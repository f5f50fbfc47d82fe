import ArgumentParser
import Foundation
import Samverkan

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
  /// where this process's goes; their standard input is a pipe this process holds open while it
  /// lives, so that they stop when it ends, however it ends (`stopWithParent`).
  static func startOthers(count: Int, environment: [String: String] = [:]) throws -> [Process] {
    guard count > 1 else { return [] }
    guard let executable = Bundle.main.executableURL else {
      throw ConsoleError(L10n.cli("render.worker.no-executable"))
    }
    return try (1..<count).map { index in
      let lifeline = Pipe()
      lifelines.append(lifeline)
      let process = Process()
      process.executableURL = executable
      process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
      process.standardInput = lifeline
      process.arguments =
        Array(CommandLine.arguments.dropFirst())
        + ["--worker", WorkerShare(index: index, count: count).argument]
      do {
        try process.run()
      } catch {
        throw ConsoleError(L10n.cli("render.worker.cannot-start", OutputFile.plain(error)))
      }
      return process
    }
  }

  /// The pipes whose writing ends keep the workers going; they close when this process ends.
  nonisolated(unsafe) private static var lifelines: [Pipe] = []

  /// In a worker: ends this process, with exit code 2, as soon as the process that started it
  /// ends, by a time limit, a signal or a kill, so that no worker goes on writing files after the
  /// command has returned. The parent's end of the standard-input pipe closes when it ends, and a
  /// thread that waits on it then reads end of file.
  static func stopWithParent() {
    let thread = Thread {
      let input = FileHandle.standardInput
      while let data = try? input.read(upToCount: 4096), !data.isEmpty {}
      FileHandle.standardError.write(
        Data((L10n.cli("console.error", L10n.cli("render.worker.parent-ended")) + "\n").utf8))
      _exit(2)
    }
    thread.start()
  }
}
