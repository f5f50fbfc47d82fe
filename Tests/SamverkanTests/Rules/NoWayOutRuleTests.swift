import Samverkan
import Testing

@Suite("Rule no-way-out", .englishFindings)
struct NoWayOutRuleTests {
  let rule = NoWayOutRule()

  @Test("an actor reached by a route whose only way out goes to a planned team is a warning")
  func deadEnd() throws {
    let folder = try FixtureFolder()
    let path = try folder.write(
      "karta.yaml",
      header + """
        actors:
          - {id: skola, name: Skola, kind: unit, sector: school}
          - {id: hemkommun, name: Hemkommun, kind: function, sector: school}
          - {id: team, name: Team, kind: unit, sector: other, status: planned}
        routes:
          - {id: anmalan, from: skola, to: hemkommun, channel: notification, consent: required}
          - {id: till-team, from: hemkommun, to: team, channel: meeting, consent: required}

        """)
    let findings = rule.check(try MapLoader().load(path))
    #expect(findings.count == 1)
    let finding = try #require(findings.first)
    #expect(finding.rule == "no-way-out")
    #expect(finding.severity == .warning)
    #expect(finding.element == "hemkommun")
    #expect(
      finding.message
        == "actor 'hemkommun' receives cases (e.g. through 'anmalan') but no active route leads "
        + "out of it (only routes not in use yet: 'till-team')")
    #expect(finding.location == Samverkan.SourceLocation(file: path, line: 7, column: 5))
    #expect(finding.hint?.hasPrefix("add a route from 'hemkommun'") == true)
  }

  @Test("the family, ended actors, actors with a way out and actors nobody reaches pass")
  func passes() throws {
    let folder = try FixtureFolder()
    let map = try folder.load(
      "karta.yaml",
      header + """
        actors:
          - {id: skola, name: Skola, kind: unit, sector: school}
          - {id: vh, name: Vårdnadshavare, kind: function, sector: family}
          - {id: soc, name: Soc, kind: unit, sector: social-services}
          - {id: gammal, name: Gammal, kind: unit, sector: other, status: ended}
        routes:
          - {id: r1, from: skola, to: vh, channel: notification, consent: not-applicable}
          - {id: r2, from: skola, to: soc, channel: meeting, consent: required}
          - {id: r3, from: soc, to: skola, channel: meeting, consent: required}
          - {id: r4, from: skola, to: gammal, channel: meeting, consent: required}

        """)
    #expect(rule.check(map).isEmpty)
  }

  @Test("on the real Mölndal map: the compulsory-school watch reaches the guardians")
  func molndal() throws {
    #expect(rule.check(try RealMaps.molndal()).isEmpty)
  }

}
