import Foundation
import Testing

@testable import Samverkan

/// A colleague in one's own school is not reached by way of social services: a path that has
/// left the asker's unit never comes back into it (seed 000, 002: "vem man ska kontakta" — the
/// way in must be the one people take; a detour through another authority shares the pupil's
/// data with it for nothing, OSL 26 kap. 1 §).
@Suite("Paths never leave the asker's school and come back into it")
struct HomeUnitPathTests {
  /// Stockholm: the mentor asks about a pupil who has stopped coming and feels low. The kurator is
  /// in the mentor's own school; the answer must not route the mentor through Socialtjänsten to
  /// reach the kurator.
  @Test("Stockholm: the mentor never reaches the school's kurator through social services")
  func stockholmMentor() throws {
    let map = try RealMaps.load("stockholm-exempelkommun")
    let answers = map.whoToContact(
      WhoQuery(concerns: [.absence, .mentalHealth], from: "mentor", age: 14, severity: .mild))
    for answer in answers where answer.actor.id == "kurator" {
      #expect(
        answer.path.map { path in path.allSatisfy { $0.from != "socialtjanst" } } ?? true,
        "\(answer.path?.map(\.id) ?? [])")
    }
  }

  @Test(
    "on every map, for every asker and concern: once outside its unit, never back in it",
    arguments: RealMaps.names)
  func everyAnswer(name: String) throws {
    let map = try RealMaps.load(name)
    for asker in map.actors where asker.status == .active {
      let home = map.homeUnit(of: asker)
      for concern in Concern.allCases {
        for answer in map.whoToContact(WhoQuery(concerns: [concern], from: asker.id)) {
          var outside = false
          for route in answer.path ?? [] {
            #expect(
              !(outside && home.contains(route.to)),
              "\(name): \(asker.id) → \(answer.actor.id) by \(answer.path!.map(\.id))")
            outside = outside || !home.contains(route.to)
          }
        }
      }
    }
  }
}
