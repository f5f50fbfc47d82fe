import Foundation
import Samverkan

/// Loading and validating: the national model in one process and through the CLI, and one map
/// at 1×, 10× and 100× its size to show that validation grows linearly.
struct LoadBenchmark {
  var tool: String
  var repeats: Int

  func run(national: NationalModel, into table: inout Table) throws {
    let validator = MapValidator()
    var findings = 0
    var loading: [Double] = []
    var validating: [Double] = []
    let inProcess = try median(runs: 3) {
      var maps: [CollaborationMap] = []
      // A new loader each run, so the regional templates are read again.
      loading.append(
        try seconds { maps = try MapLoader().load(national.files).map { try $0.get() } })
      // The maps checked on every core, as `load` reads them.
      validating.append(seconds { findings = validator.validate(maps).map(\.count).reduce(0, +) })
    }
    table.add(
      .init(
        figure: "load + validate the national model (\(national.files.count) maps), in process",
        ours: duration(inProcess), other: "\(findings) finding(s)", target: "< 1 s",
        met: inProcess < 1))
    table.add(
      .init(
        figure: "  of which loading (all cores)", ours: duration(percentile(loading.sorted(), 0.5)))
    )
    table.add(
      .init(
        figure: "  of which validating (all cores)",
        ours: duration(percentile(validating.sorted(), 0.5))))
    let cli = runChild(tool, ["validate", national.folder], measuringMemory: true)
    table.add(
      .init(
        figure: "  the same, whole `samverkan validate` command", ours: duration(cli.seconds)))
    table.add(
      .init(figure: "  peak memory of the national load (CLI)", ours: megabytes(cli.peakBytes)))

    guard
      let map = national.realMaps.first(where: { $0.id == "molndal" }) ?? national.realMaps.first
    else { return }
    var previous: Double?
    for copies in [1, 10, 100] {
      let big = scaled(map, copies: copies)
      let time = median(runs: repeats) { _ = validator.validate(big) }
      let ratio = previous.map { time / $0 }
      table.add(
        .init(
          figure:
            "validate \(map.id) × \(copies) (\(big.actors.count) actors, \(big.routes.count) routes)",
          ours: duration(time), other: previous.map { "previous \(duration($0))" } ?? "",
          ratio: ratio.map(times) ?? "", target: ratio == nil ? "" : "≈ 10× (linear)",
          met: ratio.map { $0 < 15 }))
      previous = time
    }
  }
}
