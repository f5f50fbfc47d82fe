import Samverkan
import Testing

@Suite("Rule unreachable-actor", .englishFindings)
struct UnreachableActorRuleTests {
  let rule = UnreachableActorRule()

  @Test("an active actor that only a planned route leads to is a warning at the actor")
  func reachedOnlyByPlannedRoute() throws {
    let folder = try FixtureFolder()
    let path = try folder.write(
      "karta.yaml",
      header + """
        actors:
          - {id: skola, name: Skola, kind: unit, sector: school}
          - {id: soc, name: Soc, kind: organisation, sector: social-services}
          - id: bup
            name: BUP
            kind: unit
            sector: health-care
        routes:
          - {id: r1, from: skola, to: soc, channel: meeting, consent: required}
          - {id: r2, from: soc, to: skola, channel: meeting, consent: required}
          - {id: r3, from: soc, to: bup, channel: referral, consent: required, status: planned}
          - {id: r4, from: bup, to: soc, channel: meeting, consent: required}

        """)
    let findings = rule.check(try MapLoader().load(path))
    #expect(findings.count == 1)
    let finding = try #require(findings.first)
    #expect(finding.rule == "unreachable-actor")
    #expect(finding.severity == .warning)
    #expect(finding.element == "bup")
    #expect(finding.message.hasPrefix("no active route that reaches actor 'bup'"))
    #expect(finding.location == Samverkan.SourceLocation(file: path, line: 8, column: 5))
    #expect(finding.hint?.contains("add a route to 'bup'") == true)
  }

  @Test("a route from a planned actor does not reach anyone; a unit's hint names its parent")
  func routeFromPlannedActor() throws {
    let folder = try FixtureFolder()
    let path = try folder.write(
      "karta.yaml",
      header + """
        actors:
          - {id: team, name: Team, kind: unit, sector: other, status: planned}
          - {id: eht, name: EHT, kind: unit, sector: school, parent: skola}
          - {id: skola, name: Skola, kind: unit, sector: school}
        routes:
          - {id: r1, from: team, to: eht, channel: meeting, consent: required}
          - {id: r2, from: eht, to: skola, channel: meeting, consent: not-applicable}

        """)
    let findings = rule.check(try MapLoader().load(path))
    #expect(findings.map(\.element) == ["eht"])
    #expect(findings.first?.location == Samverkan.SourceLocation(file: path, line: 7, column: 5))
    #expect(findings.first?.hint?.contains("reached through 'skola'") == true)
  }

  @Test("containers, the family, planned and ended actors are not reported")
  func skipped() throws {
    let folder = try FixtureFolder()
    let map = try folder.load(
      "karta.yaml",
      header + """
        actors:
          - {id: kommun, name: Kommun, kind: organisation, sector: other}
          - {id: skola, name: Skola, kind: unit, sector: school, parent: kommun}
          - {id: soc, name: Soc, kind: unit, sector: social-services, parent: kommun}
          - {id: vh, name: Vårdnadshavare, kind: function, sector: family}
          - {id: team, name: Team, kind: unit, sector: other, status: planned}
          - {id: gammal, name: Gammal, kind: unit, sector: other, status: ended}
        routes:
          - {id: r1, from: vh, to: skola, channel: phone, consent: not-applicable}
          - {id: r2, from: skola, to: soc, channel: meeting, consent: required}
          - {id: r3, from: soc, to: skola, channel: meeting, consent: required}

        """)
    #expect(rule.check(map).isEmpty)
  }

  @Test("on the real Mölndal map every actor is reached, BUMM by the pupil-health team's referral")
  func molndal() throws {
    let map = try RealMaps.molndal()
    #expect(rule.check(map).isEmpty)
    #expect(map.routes(to: "bumm").contains { $0.from == "elevhalsa" && $0.channel == .referral })
    #expect(map.rules.suppressions.isEmpty)
  }

  @Test("a function is reached through the unit a route leads to")
  func functionThroughUnit() throws {
    let folder = try FixtureFolder()
    let map = try folder.load(
      "karta.yaml",
      header + """
        actors:
          - {id: skola, name: Skola, kind: unit, sector: school}
          - {id: eht, name: EHT, kind: unit, sector: school, parent: skola}
          - {id: kurator, name: Kurator, kind: function, sector: school, parent: eht}
        routes:
          - {id: r, from: skola, to: eht, channel: meeting, consent: not-applicable}

        """)
    #expect(rule.check(map).map(\.element) == ["skola"])
  }

}
