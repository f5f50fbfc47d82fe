// The performance benchmark: one table of figures measured in one run, each beside the real
// alternative (the `dot` command, networkx) with the ratio and the target. Run it with
// `scripts/bench`, which installs what is missing and builds in release mode first.
//
//     .build/release/samverkan-bench [--quick]
//         [--only single|batch|load|overview|queries|paths|scale]
//
// It works on the maps in Maps/ and on a synthetic national model of 290 municipalities that it
// generates with `samverkan generate`; the whole run takes a few minutes (--quick: fewer repeats).

import Foundation
import Samverkan

let quick = CommandLine.arguments.contains("--quick")
/// `--only single|batch|load|overview|queries|paths|scale` runs one part of the table; `queries`
/// includes the path queries, `paths` is them alone.
let only = CommandLine.arguments.firstIndex(of: "--only").flatMap {
  CommandLine.arguments.indices.contains($0 + 1) ? CommandLine.arguments[$0 + 1] : nil
}
func runs(_ part: String) -> Bool { only == nil || only == part }
let repeats = quick ? 3 : 11
let tool = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
  .appendingPathComponent("samverkan").path
guard FileManager.default.isExecutableFile(atPath: tool) else {
  say("error: no samverkan executable beside this benchmark; run scripts/bench")
  exit(2)
}
guard FileManager.default.fileExists(atPath: "Maps") else {
  say("error: run the benchmark from the package folder (it reads Maps/)")
  exit(2)
}

let workspace = try Workspace()
defer { workspace.remove() }

say(
  "Samverkan benchmark — \(ProcessInfo.processInfo.activeProcessorCount) cores, \(repeats) repeats")
say(Table.header)
var table = Table()
do {
  let national = try NationalModel.generate(in: workspace, tool: tool)
  if runs("single") {
    try SingleMapBenchmark(tool: tool, workspace: workspace, repeats: repeats)
      .run(national: national, into: &table)
  }
  if runs("batch") {
    try BatchBenchmark(tool: tool, workspace: workspace, quick: quick)
      .run(national: national, into: &table)
  }
  if runs("load") {
    try LoadBenchmark(tool: tool, repeats: repeats).run(national: national, into: &table)
  }
  if runs("overview") {
    try OverviewBenchmark(tool: tool, workspace: workspace, runs: quick ? 3 : 5)
      .run(national: national, into: &table)
  }
  let queries = QueryBenchmark(tool: tool, workspace: workspace, repeats: repeats)
  if runs("queries") { try queries.run(national: national, into: &table) }
  if runs("queries") || only == "paths" {
    try queries.pathQueries(national: national, into: &table)
  }
  if runs("scale") {
    try ScaleBenchmark(tool: tool, workspace: workspace, repeats: repeats, quick: quick).run(
      national: national, into: &table)
  }
} catch {
  say("error: \(error)")
  exit(2)
}
let missed = table.rows.filter { $0.met == false }.count
say(
  "\n\(table.rows.filter { $0.met == true }.count) target(s) met, \(missed) not met")
