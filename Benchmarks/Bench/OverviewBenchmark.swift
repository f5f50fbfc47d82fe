import Foundation
import Samverkan

/// The whole `samverkan overview` command for each region of the national model (find the
/// region's maps, load and check them, lay out and write the SVG), against `dot -Tsvg` on the
/// overview's DOT, which `overview --format dot` exports.
struct OverviewBenchmark {
  var tool: String
  var workspace: Workspace
  var runs: Int

  func run(national: NationalModel, into table: inout Table) throws {
    let discovery = RegionDiscovery(folder: national.folder)
    let dots = try workspace.folder("overview-dot")
    let output = workspace.file("overview.svg")
    for (region, maps) in try discovery.grouped(national.files) where !maps.isEmpty {
      let dotFile = (dots as NSString).appendingPathComponent("\(region.id).dot")
      let exported = runChild(
        tool, ["overview", national.folder, "--region", region.id, "-o", dotFile, "--no-cache"])
      guard exported.status == 0 else {
        throw BenchmarkError("overview --format dot of \(region.id) exited \(exported.status)")
      }
      let ours = timings(
        tool, ["overview", national.folder, "--region", region.id, "-o", output, "--no-cache"])
      let dot = timings("dot", ["-Tsvg", dotFile, "-o", output])
      let median = ours[ours.count / 2]
      let ratio = median / dot[dot.count / 2]
      table.add(
        .init(
          figure: "overview \(region.id) (\(maps.count) municipalities) min/median/max",
          ours: String(format: "%.2f/%.2f/%.2f s", ours[0], median, ours[ours.count - 1]),
          other: "dot \(duration(dot[dot.count / 2]))", ratio: times(ratio), target: "< 2 s",
          met: median < 2))
    }
  }

  /// The sorted times of `runs` runs; stops the benchmark when the program fails.
  private func timings(_ executable: String, _ arguments: [String]) -> [Double] {
    (0..<runs).map { _ in
      let run = runChild(executable, arguments)
      if run.status != 0 {
        fatalError("\(executable) \(arguments.joined(separator: " ")) exited with \(run.status)")
      }
      return run.seconds
    }.sorted()
  }
}
