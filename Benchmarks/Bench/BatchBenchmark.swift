import Foundation
import Samverkan

/// Every map at once: `samverkan render` over Maps/ and the national model against a shell loop of
/// `dot` processes on the same DOT files; then the same batch again with the layout cache warm.
struct BatchBenchmark {
  var tool: String
  var workspace: Workspace
  var quick: Bool

  func run(national: NationalModel, into table: inout Table) throws {
    let maps = national.realMaps + national.maps
    let dots = try workspace.folder("batch-dot")
    for map in maps {
      try DOTWriter().write(GraphDescription(map: map)).write(
        toFile: (dots as NSString).appendingPathComponent("\(map.id).dot"), atomically: true,
        encoding: .utf8)
    }
    let dotOutput = try workspace.folder("batch-dot-svg")
    let loop = """
      for f in "$1"/*.dot; do dot -Tsvg "$f" -o "$2/$(basename "$f" .dot).svg" || exit 1; done
      """
    let dotLoop = runChild("/bin/sh", ["-c", loop, "sh", dots, dotOutput], measuringMemory: true)
    guard dotLoop.status == 0 else { throw BenchmarkError("the dot loop failed") }

    let cache = try workspace.folder("batch-cache")
    let first = try workspace.folder("batch-first")
    let jobs = ProcessInfo.processInfo.activeProcessorCount
    let batch = ["render", "Maps/", national.folder, "--view", "network", "--jobs", "\(jobs)"]
    let cold = runChild(tool, batch + ["-o", first, "--cache", cache], measuringMemory: true)
    guard cold.status == 0 else { throw BenchmarkError("the batch render failed: \(cold.status)") }
    let ratio = dotLoop.seconds / cold.seconds
    table.add(
      .init(
        figure:
          "batch: \(maps.count) maps (Maps/ + \(national.maps.count) synthetic), \(jobs) workers",
        ours: duration(cold.seconds), other: "dot loop \(duration(dotLoop.seconds))",
        ratio: times(ratio), target: "≥ 3.00× faster", met: ratio >= 3))
    if !quick {
      let serial = runChild(
        tool,
        [
          "render", "Maps/", national.folder, "--view", "network", "--jobs", "1", "--no-cache",
          "-o",
          try workspace.folder("batch-serial"),
        ])
      table.add(
        .init(
          figure: "  the same in one process (--jobs 1, no cache)", ours: duration(serial.seconds),
          other: "dot loop \(duration(dotLoop.seconds))",
          ratio: times(dotLoop.seconds / serial.seconds)))
    }
    table.add(
      .init(
        figure: "  peak memory of the batch (largest process)", ours: megabytes(cold.peakBytes),
        other: "dot \(megabytes(dotLoop.peakBytes))"))

    // The same command again, as a user runs it: into the same folder, over unchanged maps.
    let firstCopy = try workspace.folder("batch-first-copy")
    for file in try listFiles(in: first, ending: ".svg") {
      try FileManager.default.copyItem(
        atPath: file,
        toPath: (firstCopy as NSString).appendingPathComponent((file as NSString).lastPathComponent)
      )
    }
    let warm = medianChild(runs: 3, tool, batch + ["-o", first, "--cache", cache])
    let speedUp = cold.seconds / warm.seconds
    table.add(
      .init(
        figure: "batch again, maps unchanged (cache; same output folder)",
        ours: duration(warm.seconds), other: "first run \(duration(cold.seconds))",
        ratio: times(speedUp), target: "≥ 50× faster", met: speedUp >= 50))
    let firstFiles = try listFiles(in: firstCopy, ending: ".svg")
    let same = try firstFiles.filter { file in
      let name = (file as NSString).lastPathComponent
      return try Data(contentsOf: URL(fileURLWithPath: file))
        == Data(contentsOf: URL(fileURLWithPath: (first as NSString).appendingPathComponent(name)))
    }.count
    table.add(
      .init(
        figure: "  pictures byte-identical to the first run", ours: "\(same)/\(firstFiles.count)",
        target: "all", met: same == firstFiles.count && same == maps.count))
    let fresh = try workspace.folder("batch-fresh")
    let warmFresh = medianChild(runs: 3, tool, batch + ["-o", fresh, "--cache", cache])
    table.add(
      .init(
        figure: "  the same into a new, empty folder", ours: duration(warmFresh.seconds),
        other: "first run \(duration(cold.seconds))", ratio: times(cold.seconds / warmFresh.seconds)
      ))
    let sameAsDot = try firstFiles.filter { file in
      let name = (file as NSString).lastPathComponent
      return try Data(contentsOf: URL(fileURLWithPath: file))
        == Data(
          contentsOf: URL(fileURLWithPath: (dotOutput as NSString).appendingPathComponent(name)))
    }.count
    table.add(
      .init(
        figure: "  pictures byte-identical to dot -Tsvg's", ours: "\(sameAsDot)/\(firstFiles.count)"
      ))
  }
}
