import Foundation
import Testing

@testable import Samverkan

/// A who-query's `bestPaths` (issue 18, "who-question flat per actor") answers every goal with
/// the path the per-candidate search it replaced gave: `routePaths(from:to:limit: 1,
/// channels: .all, following:)` for that goal alone. Every asker (and an id the map lacks) to
/// every actor of the six real maps, and from every eighth actor and the first school's mentor to
/// every actor of a synthetic municipality of 200 schools (every asker there takes five minutes
/// of a debug build), under the narrowing of each of a coordinator's questions; and a dense map where the shared distances
/// prune so little that the search runs out of budget and is asked again alone. The walk is
/// asked for on every map (`walkingFrom: 0`), small ones included, which a who-query searches
/// goal by goal.
@Suite("best paths of a who-query against the search per candidate")
struct BestPathsDifferentialTests {
  /// What a who-query follows for each of the benchmark's five questions, and with no question
  /// (every route that reaches its receiver).
  private static let narrowings: [@Sendable (Route) -> Bool] =
    [
      WhoQuery(concerns: [.mentalHealth], from: "", age: 13, severity: .mild),
      WhoQuery(concerns: [.mentalHealth, .suicideRisk], from: "", age: 15, severity: .severe),
      WhoQuery(concerns: [.harm], from: ""),
      WhoQuery(concerns: [.absence], from: "", age: 14),
      WhoQuery(concerns: [], from: "", asksForSIP: true),
    ].map { query in { $0.channel.reachesReceiver && query.canTake($0) } } + [
      { $0.channel.reachesReceiver }
    ]

  /// Compares `bestPaths` with the search per goal from every asker (from `askers` when given)
  /// and an id the map lacks, with every actor as a goal; returns how many goals had a path, so a
  /// map without any cannot pass unnoticed.
  private func compare(
    _ map: CollaborationMap, narrowings: [@Sendable (Route) -> Bool], askers: [String]? = nil,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) -> Int {
    let goals = map.actors.map(\.id) + ["saknas"]
    var withPath = 0
    for start in askers ?? goals {
      for (index, following) in narrowings.enumerated() {
        let got = map.bestPaths(from: start, to: goals, walkingFrom: 0, following: following)
        var want: [String: [Route]] = [:]
        for goal in goals {
          want[goal] =
            map.routePaths(
              from: start, to: goal, limit: 1, maximumLength: 6, channels: .all,
              following: following
            ).paths.first.map(Array.init)
        }
        #expect(
          got == want, "\(map.id): from \(start), narrowing \(index)",
          sourceLocation: sourceLocation)
        withPath += want.count
      }
    }
    return withPath
  }

  @Test("the six real maps: every asker to every actor", arguments: RealMaps.names)
  func realMap(name: String) throws {
    let map = try RealMaps.load(name)
    #expect(compare(map, narrowings: Self.narrowings) > 0, "\(name) has paths")
  }

  @Test("a municipality of 200 schools: every eighth asker to every actor")
  func largeMunicipality() throws {
    let nation = SyntheticNation(
      municipalities: 1, seed: 2026, reviewed: try fixtureDate(), schools: .each(200))
    let folder = try FixtureFolder()
    for file in nation.files {
      try folder.write(file.path, file.yaml())
    }
    let map = try MapLoader().load(folder.path(nation.municipalities[0].path))
    #expect(map.actors.count > 700)
    let ids = map.actors.map(\.id)
    let askers =
      stride(from: 0, to: ids.count, by: 8).map { ids[$0] } + ["skola-1-mentor", "saknas"]
    #expect(ids.contains("skola-1-mentor"))
    #expect(compare(map, narrowings: [Self.narrowings[0]], askers: askers) > 0)
  }

  @Test("pruned by the shared distances alone, a search out of budget is asked again alone")
  func outOfBudget() throws {
    // The dense map, no meeting asking for consent. The narrowing lets into n1 only n2's routes
    // and into n2 only n39's: over every route each actor is one route from n1, so the shared
    // distances let a search from n0 try every walk of three routes before the only lawful ones,
    // through n39 and n2, beyond the budget; narrowed, they lead straight there.
    let map = try denseFixtureMap()
    let following: @Sendable (Route) -> Bool = { route in
      switch route.to {
      case "n1": route.from == "n2"
      case "n2": route.from == "n39"
      default: true
      }
    }
    let alone = map.routePaths(
      from: "n0", to: "n1", limit: 1, maximumLength: 6, channels: .all, following: following)
    #expect(alone.paths.first?.map(\.id) == ["n0-n39", "n39-n2", "n2-n1"])
    let best = map.bestPaths(from: "n0", to: ["n1", "n5"], walkingFrom: 0, following: following)
    #expect(best["n1"] == alone.paths.first.map(Array.init))
    #expect(best["n5"]?.map(\.id) == ["n0-n5"])
  }
}
