import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Seconds `body` takes.
func seconds(_ body: () throws -> Void) rethrows -> Double {
  let start = ContinuousClock.now
  try body()
  let elapsed = ContinuousClock.now - start
  return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

/// The median of `runs` timings of `body`.
func median(runs: Int, _ body: () throws -> Void) rethrows -> Double {
  let times = try (0..<runs).map { _ in try seconds(body) }.sorted()
  return times[times.count / 2]
}

/// The value below which `fraction` of the sorted values lie.
func percentile(_ sorted: [Double], _ fraction: Double) -> Double {
  sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))]
}

/// A finished child process: how long it took and, when asked for, the most memory it held.
struct ChildRun {
  var status: Int32
  var seconds: Double
  /// Peak resident memory in bytes of the process or of any process it waited for; 0 when not
  /// measured.
  var peakBytes: Int = 0
}

/// Runs a program with its output thrown away and times it. With `measuringMemory`, it runs under
/// GNU time, which reads the peak memory of a process it started itself: the kernel's figure for a
/// process spawned from this one would include this benchmark's own memory.
func runChild(_ executable: String, _ arguments: [String], measuringMemory: Bool = false)
  -> ChildRun
{
  let report = FileManager.default.temporaryDirectory
    .appendingPathComponent("samverkan-bench-memory-\(UUID().uuidString)").path
  defer { try? FileManager.default.removeItem(atPath: report) }
  let command =
    measuringMemory
    ? ["/usr/bin/time", "-f", "%M", "-o", report, executable] + arguments
    : [executable] + arguments
  var actions = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&actions)
  defer { posix_spawn_file_actions_destroy(&actions) }
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
  let argv = command.map { strdup($0) } + [nil]
  defer { argv.forEach { free($0) } }
  var pid: pid_t = 0
  let start = ContinuousClock.now
  guard posix_spawnp(&pid, command[0], &actions, nil, argv, environ) == 0 else {
    return ChildRun(status: 127, seconds: 0)
  }
  var status: Int32 = 0
  waitpid(pid, &status, 0)
  let elapsed = ContinuousClock.now - start
  let kilobytes =
    (try? String(contentsOfFile: report, encoding: .utf8))
    .flatMap { Int($0.split(separator: "\n").last ?? "") } ?? 0
  return ChildRun(
    status: (status >> 8) & 0xff,
    seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
    peakBytes: kilobytes * 1024)
}

/// The median run of `runs` runs of a program; stops the benchmark when the program fails.
func medianChild(runs: Int, _ executable: String, _ arguments: [String]) -> ChildRun {
  let results = (0..<runs).map { _ in runChild(executable, arguments) }
  if let failed = results.first(where: { $0.status != 0 }) {
    fatalError("\(executable) \(arguments.joined(separator: " ")) exited with \(failed.status)")
  }
  return results.sorted { $0.seconds < $1.seconds }[runs / 2]
}
