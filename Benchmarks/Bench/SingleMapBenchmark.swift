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
      if map.id == "molndal",
        let counts = instructions(
          ours: ["render", file, "--view", "network", "-o", output, "--no-cache"],
          dot: ["-Tsvg", dotFile, "-o", output])
      {
        table.add(
          .init(
            figure: "  instructions (callgrind, one run)",
            ours: String(format: "%.0f M", Double(counts.ours) / 1e6),
            other: String(format: "dot %.0f M", Double(counts.dot) / 1e6),
            ratio: times(Double(counts.ours) / Double(counts.dot))))
      }
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

  /// The instructions one whole render and one `dot` run execute, counted by callgrind; nil
  /// without valgrind and objcopy. Valgrind cannot read the debug information of the statically
  /// linked executable, so ours runs from a copy without it.
  private func instructions(ours: [String], dot: [String]) -> (ours: Int, dot: Int)? {
    let copy = workspace.file("samverkan-without-debug-information")
    guard run("objcopy", ["--strip-debug", tool, copy]) != nil,
      let oursCount = instructions(copy, ours), let dotCount = instructions("dot", dot)
    else { return nil }
    return (oursCount, dotCount)
  }

  /// `I refs` of one callgrind run of `executable`.
  private func instructions(_ executable: String, _ arguments: [String]) -> Int? {
    let report = run(
      "valgrind",
      ["--tool=callgrind", "--dump-instr=no", "--callgrind-out-file=/dev/null", executable]
        + arguments)
    guard let line = report?.split(separator: "\n").first(where: { $0.contains("I   refs:") })
    else { return nil }
    return Int(line.split(separator: " ").last?.replacingOccurrences(of: ",", with: "") ?? "")
  }

  /// What a program found on the path wrote to standard error; nil when it cannot be run or fails.
  private func run(_ program: String, _ arguments: [String]) -> String? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [program] + arguments
    let pipe = Pipe()
    process.standardOutput = FileHandle.nullDevice
    process.standardError = pipe
    guard (try? process.run()) != nil else { return nil }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    return String(decoding: data, as: UTF8.self)
  }
}
