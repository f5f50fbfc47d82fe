import Foundation
import Testing

@testable import Samverkan

@Suite("What one map has that another lacks")
struct MapDiffTests {
  @Test("actors by id, mandates of shared actors, routes by ends and channel")
  func differences() throws {
    let folder = try FixtureFolder()
    let first = try folder.load(
      "a.yaml",
      header + """
        actors:
          - {id: skola, name: Skola, kind: unit, sector: school}
          - {id: soc, name: Soc, kind: unit, sector: social-services,
             mandates: [{concerns: [harm], basis: SoL}]}
          - {id: narvaroteam, name: Närvaroteam, kind: unit, sector: other}
        routes:
          - {id: r1, from: skola, to: soc, channel: meeting, consent: required}

        """)
    let second = try folder.load(
      "b.yaml",
      header + """
        actors:
          - {id: skola, name: Skola, kind: unit, sector: school}
          - {id: soc, name: Soc, kind: unit, sector: social-services,
             mandates: [{concerns: [harm, parenting], basis: SoL}]}
        routes:
          - {id: other-id, from: skola, to: soc, channel: meeting, consent: required}
          - {id: r2, from: soc, to: skola, channel: phone, consent: required}

        """)
    let diff = MapDiff(first, second)
    #expect(diff.actorsOnlyInFirst.map(\.id) == ["narvaroteam"])
    #expect(diff.actorsOnlyInSecond.isEmpty)
    #expect(diff.changedActors.map(\.id) == ["soc"])
    #expect(diff.changedActors.first?.mandatesOnlyInSecond.first?.concerns == [.harm, .parenting])
    #expect(diff.routesOnlyInFirst.isEmpty, "the same route under another id is the same route")
    #expect(diff.routesOnlyInSecond.map(\.id) == ["r2"])
    #expect(!diff.isEmpty)
    #expect(MapDiff(first, first).isEmpty)
  }
}
