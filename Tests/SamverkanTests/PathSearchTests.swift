import Foundation
import Testing

@testable import Samverkan

/// The lawful path search: what a path is (domain.md "What is not a way to reach someone"), how
/// candidates are chosen and ranked, and its bounds, against a plain reference and on small maps.
@Suite("path search")
struct PathSearchTests {
  // MARK: - The reference

  /// One lawful path the reference found: its routes by map position, the origin it starts at
  /// (its place in the asker's ancestry) and whether its last route opens a contact.
  private struct Found {
    var positions: [Int]
    var origin: Int
    var goal: String
    var lastOpensContact: Bool
  }

  /// The asker's ancestry as ids, or the id alone when the map does not define the asker.
  private func chain(_ map: CollaborationMap, _ start: String) -> [String] {
    map.actor(start).map { map.ancestry(of: $0).map(\.id) } ?? [start]
  }

  /// Whether an actor may be passed through: not a forum, not the family, in place; an undefined
  /// id may.
  private func isSteppingStone(_ map: CollaborationMap, _ id: String) -> Bool {
    guard let actor = map.actor(id) else { return true }
    return actor.kind != .forum && actor.sector != .family && actor.status == .active
  }

  /// Every simple path of usable routes from every origin in the asker's ancestry, at most
  /// `maximumLength` routes, that the law allows with some last route: every route before the last
  /// leads on (opens a contact, not an anonymous consultation) to a stepping stone, no route leads
  /// back into the ancestry, and once outside the asker's home unit no route leads back into it.
  /// Brute force, no distances: a prefix is extended only while it is lawful as a prefix.
  private func lawfulPaths(
    _ map: CollaborationMap, from start: String, maximumLength: Int,
    following: (Route) -> Bool = { _ in true }
  ) -> [Found] {
    let origins = chain(map, start)
    let own = map.actor(start).map { map.homeUnit(of: $0) } ?? []
    var outgoing: [String: [Int]] = [:]
    for (position, route) in map.routes.enumerated() {
      outgoing[route.from, default: []].append(position)
    }
    var found: [Found] = []
    func extend(
      _ path: [Int], at actor: String, visited: Set<String>, origin: Int, outside: Bool
    ) {
      guard path.count < maximumLength else { return }
      for position in outgoing[actor] ?? [] {
        let route = map.routes[position]
        guard map.isUsable(route), following(route), !visited.contains(route.to),
          !origins.contains(route.to), !(outside && own.contains(route.to))
        else { continue }
        let longer = path + [position]
        found.append(
          Found(
            positions: longer, origin: origin, goal: route.to,
            lastOpensContact: route.channel.opensContact))
        if route.leadsOn, isSteppingStone(map, route.to) {
          extend(
            longer, at: route.to, visited: visited.union([route.to]), origin: origin,
            outside: outside || !own.contains(route.to))
        }
      }
    }
    for (index, origin) in origins.enumerated() {
      extend([], at: origin, visited: [origin], origin: index, outside: false)
    }
    return found
  }

  /// What the search should consider and answer for one pair, worked out from `all`.
  private struct Expected {
    /// The candidate window in discovery order: lawful paths from the shortest length up to two
    /// longer, by length, then origin, then map order of the routes, uncapped.
    var window: [[Int]]
    /// The window ranked by (routes needing consent, routes, discovery order).
    var ranked: [[Int]]
  }

  private func expected(
    _ map: CollaborationMap, _ all: [Found], to goal: String, maximumLength: Int,
    channels: PathChannels
  ) -> Expected {
    let lawful = all.filter {
      $0.goal == goal && (channels == .all || $0.lastOpensContact)
    }
    guard let shortest = lawful.map(\.positions.count).min() else {
      return Expected(window: [], ranked: [])
    }
    let lengths = shortest...min(maximumLength, shortest + 2)
    let window = lawful.filter { lengths.contains($0.positions.count) }.sorted { a, b in
      if a.positions.count != b.positions.count { return a.positions.count < b.positions.count }
      if a.origin != b.origin { return a.origin < b.origin }
      return a.positions.lexicographicallyPrecedes(b.positions)
    }.map(\.positions)
    // Of paths that end with the same route, the best.
    var seen: Set<Int> = []
    let ranked = window.enumerated().map { order, path in
      (path, key(map, path) + [order])
    }.sorted { $0.1.lexicographicallyPrecedes($1.1) }.map(\.0).filter { path in
      path.last.map { seen.insert($0).inserted } ?? false
    }
    return Expected(window: window, ranked: ranked)
  }

  /// The ranking key of a path without its discovery order: routes needing consent, routes.
  private func key(_ map: CollaborationMap, _ path: [Int]) -> [Int] {
    [path.filter { map.routes[$0].sharing == .consentRequired }.count, path.count]
  }

  /// Every route of `path` checked against the law on its own, as a reader would check it.
  private func isLawful(
    _ map: CollaborationMap, _ path: RoutePath, from start: String, to goal: String,
    maximumLength: Int, channels: PathChannels
  ) -> Bool {
    let origins = chain(map, start)
    guard let first = path.first, let last = path.last, origins.contains(first.from),
      last.to == goal, path.count <= maximumLength
    else { return false }
    let own = map.actor(start).map { map.homeUnit(of: $0) } ?? []
    var visited: Set<String> = [first.from]
    var outside = false
    for (index, route) in path.enumerated() {
      let isLast = index == path.count - 1
      guard map.isUsable(route), index == 0 || route.from == path[index - 1].to,
        visited.insert(route.to).inserted, !origins.contains(route.to),
        isLast ? route.channel.opensContact || channels == .all : route.leadsOn,
        isLast || isSteppingStone(map, route.to), !(outside && own.contains(route.to))
      else { return false }
      outside = outside || !own.contains(route.to)
    }
    return true
  }

  /// The search against the reference for every ordered pair of actors, both kinds of channels.
  /// Where the reference window holds fewer paths than the search's candidate cap, the answer must
  /// be the reference ranking cut to `limit`; otherwise each path must be lawful and in the window,
  /// the ranking non-decreasing and the answer full. Returns how many pairs had a path.
  /// `following` narrows the routes both may take, as a who-query does.
  @discardableResult
  private func compareAllPairs(
    _ map: CollaborationMap, limit: Int = 5, maximumLength: Int,
    following: @escaping (Route) -> Bool = { _ in true },
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) -> Int {
    let cap = max(limit * 4, 20)
    let ids = map.actors.map(\.id)
    var withPath = 0
    for start in ids {
      let all = lawfulPaths(
        map, from: start, maximumLength: maximumLength, following: following)
      for goal in ids where goal != start {
        for channels in [PathChannels.contactOpening, .all] {
          let want = expected(
            map, all, to: goal, maximumLength: maximumLength, channels: channels)
          let got = map.routePaths(
            from: start, to: goal, limit: limit, maximumLength: maximumLength, channels: channels,
            following: following)
          let positions = got.paths.map { path in
            path.compactMap { route in map.routes.firstIndex { $0 == route } }
          }
          let pair = "\(map.id): \(start) → \(goal) (\(channels))"
          withPath += want.window.isEmpty ? 0 : 1
          if want.window.count < cap, !got.isCutShort {
            #expect(
              positions == Array(want.ranked.prefix(limit)), "\(pair)",
              sourceLocation: sourceLocation)
            continue
          }
          let order = Dictionary(
            want.window.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
          for path in got.paths {
            #expect(path.allSatisfy(following), "\(pair)", sourceLocation: sourceLocation)
            #expect(
              isLawful(
                map, path, from: start, to: goal, maximumLength: maximumLength,
                channels: channels), "\(pair): unlawful \(path.map(\.id))",
              sourceLocation: sourceLocation)
          }
          #expect(
            positions.allSatisfy { order[$0] != nil }, "\(pair): outside the window",
            sourceLocation: sourceLocation)
          let keys = positions.map { key(map, $0) + [order[$0] ?? -1] }
          #expect(
            zip(keys, keys.dropFirst()).allSatisfy { !$1.lexicographicallyPrecedes($0) },
            "\(pair): ranking \(keys)", sourceLocation: sourceLocation)
          // One way to each last hand-over: never two paths ending with the same route.
          let lasts = positions.compactMap(\.last)
          #expect(Set(lasts).count == lasts.count, "\(pair)", sourceLocation: sourceLocation)
          if !got.isCutShort {
            #expect(got.paths.count <= limit, "\(pair)", sourceLocation: sourceLocation)
          }
        }
      }
    }
    return withPath
  }

  @Test("every real map: every pair of actors, as the reference says, both kinds of channels")
  func realMaps() throws {
    let folder = RealMaps.packageRoot.appendingPathComponent("Maps")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".yaml") }.sorted()
    #expect(names.count >= 6)
    for name in names {
      let map = try MapLoader().load(folder.appendingPathComponent(name).path)
      #expect(compareAllPairs(map, maximumLength: 6) > 0, "\(name) has paths")
      #expect(compareAllPairs(map, limit: 1, maximumLength: 3) > 0, "\(name) has short paths")
      // What a who-query follows: routes that reach their receiver, none that needs consent.
      #expect(
        compareAllPairs(map, maximumLength: 6) {
          $0.channel.reachesReceiver && $0.sharing != .consentRequired
        } > 0, "\(name) has paths free of consent")
    }
  }

  @Test("a dense synthetic map: every pair up to five routes long, as the reference says")
  func syntheticMap() throws {
    let nation = SyntheticNation(municipalities: 1, seed: 5, reviewed: try fixtureDate())
    let folder = try FixtureFolder()
    for file in nation.files {
      try folder.write(file.path, file.yaml())
    }
    let map = try MapLoader().load(
      folder.path(try #require(nation.municipalities.first).path))
    #expect(compareAllPairs(map, maximumLength: 5) > 0)
  }

  // MARK: - Small maps

  private func unit(
    _ id: String, kind: ActorKind = .unit, sector: Sector = .school, parent: String? = nil,
    status: Status = .active
  ) -> Actor {
    Actor(id: id, name: id, kind: kind, sector: sector, parent: parent, status: status)
  }

  /// A route `from-to` (or `id`), needing consent when `consent`.
  private func route(
    _ from: String, _ to: String, _ channel: Channel = .meeting, consent: Bool = false,
    id: String? = nil
  ) -> Route {
    Route(
      id: id ?? "\(from)-\(to)", from: from, to: to, channel: channel,
      sharing: consent ? .consentRequired : .notApplicable)
  }

  private func map(_ actors: [Actor], _ routes: [Route]) throws -> CollaborationMap {
    CollaborationMap(
      id: "kod", name: "Kod", reviewed: try fixtureDate(), actors: actors, routes: routes)
  }

  /// The route ids of each path found.
  private func ids(
    _ map: CollaborationMap, _ start: String, _ goal: String, limit: Int = 5,
    maximumLength: Int = 6, channels: PathChannels = .contactOpening
  ) -> [[String]] {
    map.paths(
      from: start, to: goal, limit: limit, maximumLength: maximumLength, channels: channels
    ).map { $0.map(\.id) }
  }

  @Test("a report of concern is never a step on the way, even when it is the only way")
  func reportOfConcernIsNoStep() throws {
    let map = try map(
      [
        unit("skola"), unit("soc", sector: .socialServices),
        unit("familj", sector: .socialServices),
      ],
      [route("skola", "soc", .reportOfConcern), route("soc", "familj")])
    #expect(ids(map, "skola", "familj").isEmpty)
    #expect(ids(map, "skola", "familj", channels: .all).isEmpty)
    #expect(ids(map, "soc", "familj") == [["soc-familj"]])
  }

  @Test("a SIP invitation is never a step on the way; the meeting around it is")
  func sipInvitationIsNoStep() throws {
    let map = try map(
      [
        unit("soc", sector: .socialServices), unit("bup", sector: .healthCare),
        unit("uph", sector: .healthCare),
      ],
      [
        route("soc", "bup", .sipInvitation, id: "kallelse"), route("bup", "uph", .referral),
        route("soc", "bup", .meeting, id: "samrad"),
      ])
    #expect(ids(map, "soc", "uph") == [["samrad", "bup-uph"]])
    #expect(ids(map, "soc", "uph", channels: .all) == [["samrad", "bup-uph"]])
  }

  @Test(
    "no route that opens no contact is a step on the way",
    arguments: Channel.allCases.filter { !$0.opensContact })
  func noContactNoStep(channel: Channel) throws {
    let map = try map(
      [unit("a"), unit("b"), unit("c")], [route("a", "b", channel), route("b", "c")])
    #expect(ids(map, "a", "c", channels: .all).isEmpty)
    #expect(ids(map, "a", "b").isEmpty)
    #expect(ids(map, "a", "b", channels: .all) == [["a-b"]])
  }

  @Test("a forum is never a step on the way but can be the goal")
  func forumOnlyAsGoal() throws {
    let map = try map(
      [unit("skola"), unit("natverk", kind: .forum), unit("bup", sector: .healthCare)],
      [route("skola", "natverk"), route("natverk", "bup")])
    #expect(ids(map, "skola", "bup").isEmpty)
    #expect(ids(map, "skola", "bup", channels: .all).isEmpty)
    #expect(ids(map, "skola", "natverk") == [["skola-natverk"]])
    #expect(ids(map, "natverk", "bup") == [["natverk-bup"]])
  }

  @Test("an actor not in place is never a step on the way, and no route to it is usable")
  func plannedActorIsNoStep() throws {
    let map = try map(
      [unit("a"), unit("ny", status: .planned), unit("c")], [route("a", "ny"), route("ny", "c")])
    #expect(ids(map, "a", "c", channels: .all).isEmpty)
    #expect(ids(map, "a", "ny", channels: .all).isEmpty)
  }

  @Test("with all channels a report of concern may be the last route, and keeps its channel")
  func allChannelsEndWithReport() throws {
    let map = try map(
      [unit("mentor", kind: .function), unit("skola"), unit("soc", sector: .socialServices)],
      [route("mentor", "skola"), route("skola", "soc", .reportOfConcern, consent: false)])
    #expect(ids(map, "mentor", "soc").isEmpty)
    let path = try #require(map.paths(from: "mentor", to: "soc", channels: .all).first)
    #expect(path.map(\.id) == ["mentor-skola", "skola-soc"])
    #expect(path.map(\.channel) == [Channel.meeting, .reportOfConcern])
    #expect(path.last == map.route("skola-soc"))
  }

  @Test("a kurator's path may start at the pupil-health team it belongs to, never pass through it")
  func pathStartsAtOwnUnit() throws {
    let map = try map(
      [
        unit("skola"), unit("eht", parent: "skola"),
        unit("kurator", kind: .function, parent: "eht"), unit("bup", sector: .healthCare),
      ],
      [
        route("kurator", "eht"), route("eht", "bup", .referral),
        route("kurator", "skola"), route("skola", "bup", .phone, consent: true),
      ])
    #expect(ids(map, "kurator", "bup") == [["eht-bup"], ["skola-bup"]])
    #expect(ids(map, "kurator", "eht").isEmpty)
    // The team's own path starts at the team or the school it belongs to.
    #expect(ids(map, "eht", "bup") == [["eht-bup"], ["skola-bup"]])
    #expect(ids(map, "skola", "bup") == [["skola-bup"]])
  }

  @Test("a path that needs no consent ranks before a shorter one that does")
  func consentBeforeLength() throws {
    let map = try map(
      [unit("a"), unit("b"), unit("c"), unit("mal")],
      [
        route("a", "mal", consent: true), route("a", "b"), route("b", "c"), route("c", "mal"),
        route("b", "mal"),
      ])
    #expect(ids(map, "a", "mal") == [["a-b", "b-mal"], ["a-b", "b-c", "c-mal"], ["a-mal"]])
    #expect(ids(map, "a", "mal", limit: 1) == [["a-b", "b-mal"]])
  }

  @Test("among equals the map's order decides, and no path is more than two routes longer")
  func orderAndWindow() throws {
    let map = try map(
      (0..<6).map { unit("n\($0)") },
      [
        route("n0", "n5", consent: true), route("n0", "n1", id: "sen"),
        route("n0", "n1", .phone, id: "tidig"), route("n1", "n2"), route("n2", "n3"),
        route("n3", "n4"), route("n4", "n5"),
      ])
    // n0 → n5 free of consent is four routes long: outside the window of the one-route path.
    #expect(ids(map, "n0", "n5") == [["n0-n5"]])
    // Both ways end with the same hand-over, n2 → n3: the first in map order alone is shown.
    #expect(ids(map, "n0", "n3") == [["sen", "n1-n2", "n2-n3"]])
    #expect(ids(map, "n0", "n3", maximumLength: 2).isEmpty)
  }

  @Test("a route the caller does not follow is never taken, however much longer the way round")
  func followingNarrowsTheSearch() throws {
    let map = try map(
      [unit("a"), unit("b"), unit("c"), unit("d"), unit("mal", sector: .socialServices)],
      [
        route("a", "mal", .reportOfConcern), route("a", "b"), route("b", "c"), route("c", "d"),
        route("d", "mal"),
      ])
    let around = ["a-b", "b-c", "c-d", "d-mal"]
    #expect(ids(map, "a", "mal", channels: .all) == [["a-mal"]])
    let narrowed = map.routePaths(from: "a", to: "mal", channels: .all) {
      $0.channel.reachesReceiver
    }
    #expect(narrowed.paths.map { $0.map(\.id) } == [around])
    let best = map.bestPaths(from: "a", to: ["mal"]) { $0.channel.reachesReceiver }
    #expect(best["mal"]?.map(\.id) == around)
  }

  @Test("an unknown actor, the asker's own unit or limit 0 gives no path")
  func noPath() throws {
    let map = try map(
      [unit("skola"), unit("mentor", kind: .function, parent: "skola"), unit("bup")],
      [route("mentor", "bup"), route("mentor", "skola")])
    #expect(ids(map, "mentor", "bup") == [["mentor-bup"]])
    for found in [
      map.routePaths(from: "mentor", to: "nowhere"), map.routePaths(from: "nowhere", to: "bup"),
      map.routePaths(from: "mentor", to: "bup", limit: 0),
      map.routePaths(from: "mentor", to: "skola"), map.routePaths(from: "mentor", to: "mentor"),
    ] {
      #expect(found.paths.isEmpty)
      #expect(!found.isCutShort)
    }
  }

  @Test("a dense map uses up the step budget and says the search was cut short")
  func budget() throws {
    // Asked for every path of the dense map, the search walks far more than its budget of route
    // steps before it has seen all of them.
    let map = try denseFixtureMap()
    let everything = map.routePaths(from: "n0", to: "n39", limit: 1_000_000, maximumLength: 6)
    let isCutShort = everything.isCutShort
    #expect(isCutShort)
    let first = everything.paths.prefix(2).map { $0.map(\.id) }
    #expect(first == [["n0-n39"], ["n0-n39-tel"]])
    let count = everything.paths.count
    #expect(count > 20)
    #expect(everything.paths.allSatisfy { $0.count <= 3 })
    // Asked for five, the candidates fill up long before the budget runs out.
    let five = map.routePaths(from: "n0", to: "n39", limit: 5, maximumLength: 6)
    let fiveCutShort = five.isCutShort
    #expect(!fiveCutShort)
    #expect(five.paths.map { $0.map(\.id) }.prefix(2) == [["n0-n39"], ["n0-n39-tel"]])
    #expect(five.paths.count == 5)
  }
}
