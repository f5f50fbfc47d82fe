import Foundation
import Samverkan

/// The realistic-scale model (`samverkan generate --schools realistic`): its size, load and
/// validation beside the national model of few schools per actor, who- and path-queries; then
/// one municipality with 2, 20 and 200 schools (1×, 10×, 100×; 200 is beyond Göteborg's slot)
/// and the cost per actor of each step beside the 1× figure, which should stay flat.
struct ScaleBenchmark {
  var tool: String
  var workspace: Workspace
  var repeats: Int
  var quick: Bool

  /// The review date of the maps built in process, so that no map is stale.
  private static let reviewed = ReviewDate(year: 2026, month: 11, day: 23)

  /// What a size costs: seconds for the whole step (load, validate) or for one query.
  private struct Costs {
    var actors: Int
    var routes: Int
    var load: Double
    var validate: Double
    var who: Double
    var path: Double
    /// Seconds to build the map's shared path tables, once (`preparePathSearch`).
    var tables: Double
  }

  func run(national: NationalModel, into table: inout Table) throws {
    try realisticNation(national: national, into: &table)
    try growth(into: &table)
  }

  /// Seconds to load and validate `files` in process, with a new loader (templates read again).
  private func loadAndValidate(_ files: [String]) throws -> (
    seconds: Double, maps: [CollaborationMap], findings: Int
  ) {
    let validator = MapValidator()
    var maps: [CollaborationMap] = []
    var findings = 0
    let time = try median(runs: quick ? 1 : 3) {
      maps = try MapLoader().load(files).map { try $0.get() }
      findings = maps.map { validator.validate($0).count }.reduce(0, +)
    }
    return (time, maps, findings)
  }

  private func realisticNation(national: NationalModel, into table: inout Table) throws {
    let folder = try workspace.folder("realistic")
    let generated = runChild(
      tool, ["generate", "--schools", "realistic", "--seed", "2026", "-o", folder])
    guard generated.status == 0 else {
      throw BenchmarkError("samverkan generate --schools realistic exited \(generated.status)")
    }
    let (time, maps, findings) = try loadAndValidate(try listFiles(in: folder, ending: ".yaml"))
    let few = try loadAndValidate(national.files)
    let fewActors = few.maps.map(\.actors.count).reduce(0, +)
    let actors = maps.map(\.actors.count).reduce(0, +)
    let routes = maps.map(\.routes.count).reduce(0, +)
    let schools = maps.map { $0.actors.filter { $0.id.hasSuffix("-mentor") }.count }
    table.add(
      .init(
        figure: "realistic model: \(maps.count) maps, \(schools.reduce(0, +)) schools",
        ours: "\(actors) actors", other: "\(routes) routes",
        target: "≥ 150 schools, ≥ 10,000 actors",
        met: (schools.max() ?? 0) >= 150 && actors >= 10_000))
    table.add(
      .init(
        figure: "  largest map: \(schools.max() ?? 0) schools",
        ours: "\(maps.map(\.actors.count).max() ?? 0) actors",
        other: "\(maps.map(\.routes.count).max() ?? 0) routes"))
    table.add(
      .init(
        figure: "  load + validate, in process", ours: duration(time),
        other: "\(findings) finding(s)", target: "0 findings", met: findings == 0))
    let perActor = time / Double(actors)
    let fewPerActor = few.seconds / Double(fewActors)
    table.add(
      .init(
        figure: "    per actor, beside few schools (\(fewActors) actors)",
        ours: perActorDuration(perActor), other: "few \(perActorDuration(fewPerActor))",
        ratio: times(perActor / fewPerActor), target: "≤ 1.50× (flat)",
        met: perActor / fewPerActor <= 1.5))
    var who = maps.flatMap { whoTimes(in: $0, rounds: 4).joined() }
    who.sort()
    table.add(
      .init(
        figure: "  who-query in process (\(who.count) queries): p50",
        ours: duration(percentile(who, 0.5))))
    table.add(.init(figure: "    p99", ours: duration(percentile(who, 0.99))))
    var generator = SeededGenerator(seed: 7)
    let pairs = (0..<1000).map { _ -> (map: Int, from: String, to: String) in
      let index = Int.random(in: 0..<maps.count, using: &generator)
      let (from, to) = pair(in: maps[index], using: &generator)
      return (index, from, to)
    }
    // Read in place, as in `QueryBenchmark.pathQueries`.
    let (shortest, five) = maps.withUnsafeBufferPointer { maps in
      (
        median(runs: repeats) {
          for pair in pairs { _ = maps[pair.map].paths(from: pair.from, to: pair.to, limit: 1) }
        },
        median(runs: repeats) {
          for pair in pairs { _ = maps[pair.map].paths(from: pair.from, to: pair.to) }
        }
      )
    }
    table.add(
      .init(figure: "  shortest path, 1,000 random pairs", ours: duration(shortest)))
    table.add(.init(figure: "  5 shortest simple paths, the same pairs", ours: duration(five)))
  }

  /// One municipality at 2, 20 and 200 schools: the cost per actor of loading, validating, a
  /// mentor's who-query and a five-path query, each against the 1× figure. Each is the fastest of its
  /// runs, the figure least disturbed by whatever else the machine's cores are doing, so that
  /// the ratios compare the work and not the noise.
  private func growth(into table: inout Table) throws {
    var base: Costs?
    for (scale, schools) in [(1, 2), (10, 20), (100, 200)] {
      let costs = try measure(schools: schools)
      let first = base ?? costs
      base = first
      let label = "\(scale)× (\(schools) schools, \(costs.actors) actors, \(costs.routes) routes)"
      table.add(.init(figure: "one municipality at \(label)", ours: ""))
      // Built once per map before its first query; the queries below then read it.
      table.add(
        .init(figure: "  shared path tables, once for the map", ours: duration(costs.tables)))
      for (step, ours, theirs) in [
        ("load", costs.load, first.load), ("validate", costs.validate, first.validate),
        ("who-query from a mentor", costs.who, first.who),
        ("5 shortest paths", costs.path, first.path),
      ] {
        let perActor = ours / Double(costs.actors)
        let firstPerActor = theirs / Double(first.actors)
        let ratio = perActor / firstPerActor
        table.add(
          .init(
            figure: "  \(step), per actor", ours: perActorDuration(perActor),
            other: scale == 1 ? "" : "1× \(perActorDuration(firstPerActor))",
            ratio: scale == 1 ? "" : times(ratio), target: scale == 1 ? "" : "≤ 1.50× (flat)",
            met: scale == 1 ? nil : ratio <= 1.5))
      }
    }
  }

  private func measure(schools: Int) throws -> Costs {
    guard let reviewed = Self.reviewed else { throw BenchmarkError("2026-11-23 is a day") }
    let nation = SyntheticNation(
      municipalities: 1, seed: 2026, reviewed: reviewed, schools: .each(schools))
    let folder = try workspace.folder("growth-\(schools)")
    for file in nation.files {
      let path = (folder as NSString).appendingPathComponent(file.path)
      try FileManager.default.createDirectory(
        atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try Data(try file.yaml().utf8).write(to: URL(fileURLWithPath: path))
    }
    let path = (folder as NSString).appendingPathComponent(nation.municipalities[0].path)
    var map: CollaborationMap?
    // A new loader each run, so the regional template is read again.
    let load = try fastest(runs: repeats) { map = try MapLoader().load(path) }
    guard let map else { throw BenchmarkError("\(path) did not load") }
    let validator = MapValidator()
    var findings: [Diagnostic] = []
    let validate = fastest(runs: repeats) { findings = validator.validate(map) }
    guard findings.isEmpty else {
      throw BenchmarkError("\(path): \(findings.count) finding(s), expected none")
    }
    // The graph and distances every who- and path-query of the map reads, built once.
    let tables = seconds { map.preparePathSearch() }
    // Each question's fastest round, averaged over the five questions, asked by the first
    // school's mentor: every other school's mentor, team and rektor are then candidates.
    let who = whoTimes(in: map, from: "skola-1-mentor", rounds: quick ? 20 : 60).map {
      $0.min() ?? 0
    }
    var generator = SeededGenerator(seed: UInt64(schools))
    let pairs = (0..<(quick ? 200 : 500)).map { _ in pair(in: map, using: &generator) }
    let path5 = fastest(runs: repeats) {
      for pair in pairs { _ = map.paths(from: pair.from, to: pair.to) }
    }
    return Costs(
      actors: map.actors.count, routes: map.routes.count, load: load, validate: validate,
      who: who.reduce(0, +) / Double(max(1, who.count)), path: path5 / Double(pairs.count),
      tables: tables)
  }

  /// The times of a coordinator's five questions, `rounds` times each (one array per question),
  /// asked by `asker`, else from the map's first school actor with routes out, as
  /// QueryBenchmark asks them.
  private func whoTimes(in map: CollaborationMap, from asker: String? = nil, rounds: Int)
    -> [[Double]]
  {
    guard
      let from = asker
        ?? map.actors.first(where: {
          $0.sector == .school && !map.routes(from: $0.id).isEmpty
        })?.id
    else { return [] }
    return QueryBenchmark.whoQueries(from: from).map { query in
      (0..<rounds).map { _ in seconds { _ = map.whoToContact(query) } }
    }
  }

  /// Two different actors of `map`, drawn at random.
  private func pair(in map: CollaborationMap, using generator: inout SeededGenerator)
    -> (from: String, to: String)
  {
    while true {
      let from = map.actors[Int.random(in: 0..<map.actors.count, using: &generator)].id
      let to = map.actors[Int.random(in: 0..<map.actors.count, using: &generator)].id
      if from != to { return (from, to) }
    }
  }
}

/// The fastest of `runs` timings of `body`.
private func fastest(runs: Int, _ body: () throws -> Void) rethrows -> Double {
  try (0..<runs).map { _ in try seconds(body) }.min() ?? 0
}

/// A cost per actor: nanoseconds below a microsecond, else as `duration` writes it.
private func perActorDuration(_ seconds: Double) -> String {
  seconds < 1e-6 ? String(format: "%.0f ns", seconds * 1e9) : duration(seconds)
}
