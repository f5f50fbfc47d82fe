import Foundation
import Samverkan
import SamverkanRender

/// One map, one process: the whole `samverkan render` (start, load, validate, layout, SVG, write)
/// against `dot -Tsvg` on the DOT we export for the same map, and how much of ours is the layout.
struct SingleMapBenchmark {
  var tool: String
  var workspace: Workspace
  var repeats: Int

  func run(national: NationalModel, into table: inout Table) throws {
    let dots = try workspace.folder("single-dot")
    let cache = try workspace.folder("single-cache")
    let largest = zip(national.files, national.maps).max { $0.1.routes.count < $1.1.routes.count }
    let maps = Array(zip(national.realFiles, national.realMaps)) + (largest.map { [$0] } ?? [])
    for (file, map) in maps {
      let graph = GraphDescription(map: map)
      let dotFile = (dots as NSString).appendingPathComponent("\(map.id).dot")
      try DOTWriter().write(graph).write(toFile: dotFile, atomically: true, encoding: .utf8)
      let output = workspace.file("single.svg")
      let ours = medianChild(
        runs: repeats, tool, ["render", file, "--view", "network", "-o", output, "--no-cache"])
      let dot = medianChild(runs: repeats, "dot", ["-Tsvg", dotFile, "-o", output])
      let layout = try median(runs: repeats) {
        _ = try MapRenderer().render(graph, format: .svg)
      }
      let ratio = ours.seconds / dot.seconds
      table.add(
        .init(
          figure: "render \(map.id) (\(map.actors.count) actors, \(map.routes.count) routes)",
          ours: duration(ours.seconds), other: "dot \(duration(dot.seconds))", ratio: times(ratio),
          target: "≤ 1.00×", met: ratio <= 1))
      table.add(
        .init(
          figure: "  of which layout + SVG (libgvc, in process)", ours: duration(layout),
          ratio: String(format: "%.0f%%", 100 * layout / ours.seconds)))
      let arguments = ["render", file, "--view", "network", "-o", output, "--cache", cache]
      _ = runChild(tool, arguments)
      let cached = medianChild(runs: repeats, tool, arguments)
      let cachedRatio = cached.seconds / dot.seconds
      table.add(
        .init(
          figure: "  again, unchanged (layout cache)", ours: duration(cached.seconds),
          other: "dot \(duration(dot.seconds))", ratio: times(cachedRatio), target: "≤ 1.00×",
          met: cachedRatio <= 1))
    }
  }
}
