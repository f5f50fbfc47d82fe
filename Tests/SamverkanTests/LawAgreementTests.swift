import Foundation
import Testing

@testable import Samverkan

/// `validate`, `who`, `path` and `case` ask one law, so they agree on every map: every route
/// `who` offers is one `path` finds and `validate` accepts, and the report-of-concern route the
/// rules accept is the one `who` and `case` use (issue "Answers a coordinator can trust", item 7).
@Suite("validate, who, path and case agree on every map")
struct LawAgreementTests {
  /// The six real maps and every municipality of the synthetic national model.
  static let maps: [(name: String, map: CollaborationMap)] = {
    let folder = RealMaps.packageRoot.appendingPathComponent("Maps")
    let files =
      ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
      .filter { $0.hasSuffix(".yaml") }.sorted()
    let real = files.compactMap { name in
      (try? MapLoader().load(folder.appendingPathComponent(name).path)).map { (name, $0) }
    }
    let nation = SyntheticNationTests.nation
    let synthetic = nation.municipalities.indices.map { index in
      (nation.municipalities[index].map.id, SyntheticNationTests.merged(index, of: nation))
    }
    return real + synthetic
  }()

  @Test("the six real maps and the 290 synthetic ones are all here")
  func everyMap() {
    #expect(Self.maps.count == 6 + 290)
  }

  @Test("every route who offers is a lawful path that path finds, over routes validate accepts")
  func whoPathsArePaths() throws {
    for (name, map) in Self.maps {
      let refused = Set(
        MapValidator(settings: RuleSettings(preset: .all)).validate(map)
          .filter { $0.severity == .error }.compactMap(\.element))
      let askers = map.actors.filter { $0.status == .active && $0.kind != .forum }
      for asker in askers.prefix(12) {
        for concern in Concern.allCases {
          let query = WhoQuery(concerns: [concern], from: asker.id, age: 12)
          for answer in map.whoToContact(query).prefix(5) {
            guard let path = answer.path, let first = path.first, let last = path.last else {
              continue
            }
            #expect(path.allSatisfy(map.isUsable), "\(name): \(answer.actor.id)")
            #expect(
              path.allSatisfy { !refused.contains($0.id) }, "\(name): a refused route offered")
            let origins = map.ancestry(of: asker).map(\.id)
            #expect(origins.contains(first.from) && last.to == answer.actor.id, "\(name)")
            switch answer.reason {
            case .duty:
              #expect(path == [map.reportRoute(for: asker)].compactMap { $0 }, "\(name)")
            case .convenesSIP:
              #expect(path.count == 1 && first.channel == .sipRequest, "\(name)")
            case .acute:
              Issue.record("\(name): the acute way needs no route")
            case .mandate:
              // The path command's own search, with who's filter, gives who's path first; and
              // without the filter it offers a way that ends with the same hand-over.
              let filtered = map.routePaths(
                from: asker.id, to: answer.actor.id, limit: 1, channels: .all
              ) { $0.channel.reachesReceiver && query.canTake($0) }.paths
              #expect(filtered.first.map(Array.init) == path, "\(name): \(asker.id) → \(answer.actor.id)")
              let found = map.routePaths(
                from: asker.id, to: answer.actor.id, limit: 200, channels: .all
              ).paths
              #expect(
                found.contains { $0.last == last },
                "\(name): \(asker.id) → \(answer.actor.id) by \(path.map(\.id)) is no path")
              #expect(path.dropLast().allSatisfy { $0.channel.opensContact }, "\(name)")
              #expect(last.channel.reachesReceiver, "\(name)")
            }
          }
        }
      }
    }
  }

  @Test("the report route the rules accept is the one who and case use")
  func reportRoutesAgree() throws {
    let rule = ReportOfConcernRule()
    for (name, map) in Self.maps {
      let flagged = Set(rule.check(map).compactMap(\.element))
      for actor in map.actors where map.mustShowReportRoute(actor) {
        let route = map.reportRoute(for: actor)
        #expect((route == nil) == flagged.contains(actor.id), "\(name): \(actor.id)")
        guard let route else { continue }
        let first = map.whoToContact(WhoQuery(concerns: [.harm], from: actor.id)).first
        #expect(first?.path == [route], "\(name): who from \(actor.id)")
        guard case .duty = first?.reason else {
          Issue.record("\(name): harm from \(actor.id) does not start with the duty")
          continue
        }
      }
      for ladder in map.ladders {
        guard let starter = ladder.steps.first.flatMap({ map.actor($0.actor) }) else { continue }
        let pupil = FictitiousCase(
          id: "fall", title: "Fall", age: 10, concerns: [ladder.concern, .harm],
          severity: .moderate, consent: false, harmSuspected: true, ladder: ladder.id)
        let walk = map.walk(pupil)
        #expect(
          walk.reportOfConcern?.route == map.reportRoute(for: starter)?.id,
          "\(name): case on \(ladder.id)")
      }
    }
  }
}
