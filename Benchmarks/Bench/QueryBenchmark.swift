import Foundation
import Samverkan

/// Queries on the national model: who-to-contact in process and through the CLI (`run`), and path
/// queries between random actor pairs against networkx on the same graph (`pathQueries`).
struct QueryBenchmark {
  var tool: String
  var workspace: Workspace
  var repeats: Int

  /// A school actor with routes out: where a coordinator's question starts.
  private func asker(in map: CollaborationMap) -> Actor? {
    map.actors.first { $0.sector == .school && !map.routes(from: $0.id).isEmpty }
  }

  /// The who-questions timed from one asker: mild anxiety at 13, severe suicide risk at 15,
  /// harm, absence at 14 and a SIP question.
  static func whoQueries(from asker: String) -> [WhoQuery] {
    [
      WhoQuery(concerns: [.mentalHealth], from: asker, age: 13, severity: .mild),
      WhoQuery(concerns: [.mentalHealth, .suicideRisk], from: asker, age: 15, severity: .severe),
      WhoQuery(concerns: [.harm], from: asker),
      WhoQuery(concerns: [.absence], from: asker, age: 14),
      WhoQuery(concerns: [], from: asker, asksForSIP: true),
    ]
  }

  func run(national: NationalModel, into table: inout Table) throws {
    var times: [Double] = []
    for map in national.maps {
      guard let from = asker(in: map)?.id else { continue }
      let queries = Self.whoQueries(from: from)
      for _ in 0..<20 {
        for query in queries { times.append(seconds { _ = map.whoToContact(query) }) }
      }
    }
    times.sort()
    let p50 = percentile(times, 0.5)
    table.add(
      .init(
        figure: "who-query in process, national model (\(times.count) queries): p50",
        ours: duration(p50), target: "< 50 µs", met: p50 < 50e-6))
    table.add(.init(figure: "  p99", ours: duration(percentile(times, 0.99))))

    if let file = national.files.first, let from = asker(in: national.maps[0])?.id {
      let cli = medianChild(
        runs: repeats, tool, ["who", file, "oro", "--from", from, "--severity", "mild"])
      table.add(
        .init(
          figure: "whole `samverkan who` command", ours: duration(cli.seconds), target: "< 100 ms",
          met: cli.seconds < 0.1))
    }
  }

  /// 1,000 random pairs of actors in the same municipality; the graph and the pairs go to a Python
  /// script as JSON, which times networkx on them in its own process, as many runs as ours.
  func pathQueries(national: NationalModel, into table: inout Table) throws {
    var generator = SeededGenerator(seed: 7)
    var pairs: [(map: Int, from: String, to: String)] = []
    while pairs.count < 1000 {
      let index = Int.random(in: 0..<national.maps.count, using: &generator)
      let actors = national.maps[index].actors
      guard let from = actors.randomElement(using: &generator),
        let to = actors.randomElement(using: &generator), from.id != to.id
      else { continue }
      pairs.append((index, from.id, to.id))
    }
    // Both sides build their graphs before the queries are timed: networkx its DiGraph, ours
    // each map's route graph and the distances between every pair of its actors, which every
    // query on the map then shares. The median of `repeats` runs over the same pairs.
    let building = seconds { for map in national.maps { map.preparePathSearch() } }
    // The maps are read in place: `national.maps[i].paths(…)` would copy the map's value, a
    // retain of each of its fields and as many releases, on every query (about 1,600
    // instructions, as much as the query; callgrind), which a caller holding its map does not pay.
    var shortest: [Int?] = []
    let (oursShortest, oursFive) = national.maps.withUnsafeBufferPointer { maps in
      let shortestTime = median(runs: repeats) {
        shortest = pairs.map { pair in
          maps[pair.map].paths(from: pair.from, to: pair.to, limit: 1).first?.count
        }
      }
      let fiveTime = median(runs: repeats) {
        for pair in pairs { _ = maps[pair.map].paths(from: pair.from, to: pair.to) }
      }
      return (shortestTime, fiveTime)
    }

    let graph = workspace.file("graph.json")
    let node = { (map: Int, actor: String) in "\(national.maps[map].id)/\(actor)" }
    var edges: [[String]] = []
    for (index, map) in national.maps.enumerated() {
      for route in map.routes where map.isUsable(route) {
        edges.append([node(index, route.from), node(index, route.to)])
      }
    }
    let payload: [String: Any] = [
      "nodes": national.maps.enumerated().flatMap { index, map in
        map.actors.map { node(index, $0.id) }
      },
      "edges": edges,
      "pairs": pairs.map { [node($0.map, $0.from), node($0.map, $0.to)] },
      // Where our paths may start: the actor and every unit it belongs to.
      "starts": pairs.map { pair in
        let map = national.maps[pair.map]
        var chain = [pair.from]
        while let parent = map.actor(chain[chain.count - 1])?.parent, !chain.contains(parent) {
          chain.append(parent)
        }
        return chain.map { node(pair.map, $0) }
      },
      "maximum_length": 6,
      "repeats": repeats,
    ]
    try JSONSerialization.data(withJSONObject: payload).write(to: URL(fileURLWithPath: graph))
    let result = try python(["Benchmarks/Python/networkx_paths.py", graph])
    guard let networkxGraph = result["graph_seconds"] as? Double,
      let networkxShortest = result["shortest_seconds"] as? Double,
      let networkxFive = result["five_seconds"] as? Double,
      let lengths = result["lengths"] as? [Any]
    else { throw BenchmarkError("the networkx script gave no figures") }
    table.add(
      .init(
        figure: "path graphs of \(national.maps.count) maps, built before the queries",
        ours: duration(building), other: "networkx \(duration(networkxGraph))"))
    // networkx walks every usable route from the source alone. Ours is the lawful path: it may
    // start from a unit the source belongs to (shorter), and never uses a report of concern as a
    // stepping stone and needs the fewest consents (longer, or none); below networkx's shortest
    // length from those starts it would be wrong.
    guard let startLengths = result["start_lengths"] as? [Any] else {
      throw BenchmarkError("the networkx script gave no lengths from the sources' units")
    }
    var agree = 0
    var fromUnit = 0
    var longer = 0
    var wrong = 0
    for (ours, (theirs, fromStarts)) in zip(
      shortest, zip(lengths.map { $0 as? Int }, startLengths.map { $0 as? Int }))
    {
      let (length, plain, bound) = (ours ?? .max, theirs ?? .max, fromStarts ?? .max)
      if length < bound {
        wrong += 1
      } else if length == plain {
        agree += 1
      } else if length < plain {
        fromUnit += 1
      } else {
        longer += 1
      }
    }
    let ratio = networkxShortest / oursShortest
    table.add(
      .init(
        figure: "shortest path, 1,000 random pairs", ours: duration(oursShortest),
        other: "networkx \(duration(networkxShortest))", ratio: times(ratio),
        target: "≥ 20× faster", met: ratio >= 20))
    table.add(
      .init(
        figure:
          "  same length \(agree), from a unit above \(fromUnit), lawful longer or none \(longer)",
        ours: "\(wrong) wrong", other: "below networkx from those units", target: "0 wrong",
        met: wrong == 0))
    let fiveRatio = networkxFive / oursFive
    table.add(
      .init(
        figure: "5 shortest simple paths, as `samverkan path`",
        ours: duration(oursFive), other: "networkx \(duration(networkxFive))",
        ratio: times(fiveRatio), target: "≥ 20× faster", met: fiveRatio >= 20))
  }

  private func python(_ arguments: [String]) throws -> [String: Any] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3"] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0,
      let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
    else { throw BenchmarkError("python3 \(arguments.joined(separator: " ")) failed") }
    return object
  }
}

/// SplitMix64: the same pairs in every run.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9e37_79b9_7f4a_7c15
    var z = state
    z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
    z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
    return z ^ (z >> 31)
  }
}
