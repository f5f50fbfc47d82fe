// Benchmarks of the library in process, on a real map and on copies of it 10× and 100× its size
// (the copies are the map's actors, routes and ladders with their ids suffixed):
// - validation: median time per size and the ratio from one size to the next (linear: about 10);
// - who-queries: p50 and p99 over many queries, and the whole `samverkan who` command.
//
//     swift build -c release && .build/release/samverkan-bench Maps/molndal.yaml

import Foundation
import Samverkan

let arguments = CommandLine.arguments
guard arguments.count == 2 else {
  print("usage: samverkan-bench <map.yaml>")
  exit(2)
}

/// Seconds `body` takes.
func seconds(_ body: () -> Void) -> Double {
  let start = ContinuousClock.now
  body()
  let elapsed = ContinuousClock.now - start
  return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

func median(_ body: () -> Void) -> Double {
  let times = (0..<9).map { _ in seconds(body) }
  return times.sorted()[times.count / 2]
}

/// The value below which `fraction` of the sorted values lie.
func percentile(_ sorted: [Double], _ fraction: Double) -> Double {
  sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))]
}

do {
  let map = try MapLoader().load(arguments[1])
  let validator = MapValidator()
  let queries: [WhoQuery] = [
    WhoQuery(concerns: [.mentalHealth], from: "skola", age: 13, severity: .mild),
    WhoQuery(
      concerns: [.mentalHealth, .suicideRisk], from: "elevhalsa", age: 15, severity: .severe),
    WhoQuery(concerns: [.harm], from: "mentor"),
    WhoQuery(concerns: [.absence], from: "mentor", age: 14),
    WhoQuery(concerns: [], from: "skola", asksForSIP: true),
  ]
  var previous: Double?
  print("size   actors  routes  findings  median ms  ratio to previous size")
  for copies in [1, 10, 100] {
    let big = scaled(map, copies: copies)
    var findings = 0
    let seconds = median { findings = validator.validate(big).count }
    let ratio = previous.map { String(format: "%.1f", seconds / $0) } ?? "–"
    print(
      String(
        format: "%3d×  %7d  %6d  %8d  %9.2f  %@", copies, big.actors.count, big.routes.count,
        findings, seconds * 1000, ratio))
    previous = seconds
  }

  print("\nwho-query in process (\(queries.count) questions × 200 rounds)")
  print("size   p50 µs   p99 µs")
  for copies in [1, 100] {
    let big = scaled(map, copies: copies)
    var times: [Double] = []
    for _ in 0..<200 {
      for query in queries { times.append(seconds { _ = big.whoToContact(query) }) }
    }
    times.sort()
    print(
      String(
        format: "%3d×  %7.1f  %7.1f", copies, percentile(times, 0.5) * 1e6,
        percentile(times, 0.99) * 1e6))
  }

  let tool = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    .appendingPathComponent("samverkan")
  if FileManager.default.isExecutableFile(atPath: tool.path) {
    let runs = (0..<20).map { _ in
      seconds {
        let process = Process()
        process.executableURL = tool
        process.arguments = ["who", arguments[1], "oro", "--from", "skola", "--severity", "mild"]
        process.standardOutput = FileHandle.nullDevice
        try? process.run()
        process.waitUntilExit()
      }
    }.sorted()
    print(
      String(
        format: "\nwhole `samverkan who` command: median %.1f ms", percentile(runs, 0.5) * 1000))
  }
} catch {
  print("error: \(error)")
  exit(2)
}
