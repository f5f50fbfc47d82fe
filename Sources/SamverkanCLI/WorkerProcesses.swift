import ArgumentParser
import Foundation
import Samverkan
import SamverkanRender

/// `--worker index/count`, the hidden option a worker process of a batch is started with.
extension BatchShare: ExpressibleByArgument {}

/// The worker processes of a batch: starting them and stopping with the parent. This is process
/// handling of the command-line tool, so it stays here; which files a worker draws is the
/// library's `BatchShare`.
enum WorkerProcesses {
  /// Starts this very command again in `count - 1` other processes, one per share but the first,
  /// which stays with the caller, with `environment` added to this process's. Their output goes
  /// where this process's goes; their standard input is a pipe this process holds open while it
  /// lives, so that they stop when it ends, however it ends (`stopWithParent`).
  static func startOthers(count: Int, environment: [String: String] = [:]) throws -> [Process] {
    guard count > 1 else { return [] }
    guard let executable = RunningExecutable.path.map(URL.init(fileURLWithPath:)) else {
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
        + ["--worker", BatchShare(index: index, count: count).argument]
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
