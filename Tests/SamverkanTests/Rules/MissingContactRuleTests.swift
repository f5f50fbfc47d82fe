import Samverkan
import Testing

@Suite("Rule missing-contact", .englishFindings)
struct MissingContactRuleTests {
  let rule = MissingContactRule()

  @Test("actors that routes lead to, without a contact or with only opening hours, are warnings")
  func missing() throws {
    let folder = try FixtureFolder()
    let path = try folder.write(
      "karta.yaml",
      header + """
        actors:
          - {id: skola, name: Skola, kind: unit, sector: school, contact: {role: Rektor}}
          - {id: mentor, name: Mentor, kind: function, sector: school}
          - id: hemkommun
            name: Hemkommun
            kind: function
            sector: school
            contact: {hours: "8-17"}
        routes:
          - {id: r1, from: skola, to: mentor, channel: notification, consent: not-applicable}
          - {id: r2, from: skola, to: hemkommun, channel: notification, consent: not-applicable}

        """)
    let findings = rule.check(try MapLoader().load(path))
    #expect(findings.allSatisfy { $0.rule == "missing-contact" && $0.severity == .warning })
    #expect(findings.map(\.element) == ["mentor", "hemkommun"])
    #expect(
      findings.map(\.location) == [
        Samverkan.SourceLocation(file: path, line: 7, column: 5),
        Samverkan.SourceLocation(file: path, line: 12, column: 14),
      ])
    #expect(
      findings.first?.message
        == "actor 'mentor' is contacted (e.g. through 'r1') but its contact point names no role, "
        + "phone, email, web form or url")
  }

  @Test("the family, planned actors, actors only planned routes reach and an email suffice")
  func passes() throws {
    let folder = try FixtureFolder()
    let map = try folder.load(
      "karta.yaml",
      header + """
        actors:
          - {id: skola, name: Skola, kind: unit, sector: school, contact: {role: Rektor}}
          - {id: vh, name: Vårdnadshavare, kind: function, sector: family}
          - {id: team, name: Team, kind: unit, sector: other, status: planned}
          - {id: eht, name: EHT, kind: unit, sector: school}
          - {id: soc, name: Soc, kind: unit, sector: social-services, contact: {email: a@b.example}}
        routes:
          - {id: r1, from: skola, to: vh, channel: notification, consent: not-applicable}
          - {id: r2, from: skola, to: team, channel: meeting, consent: required}
          - {id: r3, from: skola, to: eht, channel: meeting, consent: required, status: planned}
          - {id: r4, from: skola, to: soc, channel: meeting, consent: required}

        """)
    #expect(rule.check(map).isEmpty)
  }

  @Test("on the real Mölndal map: every actor a route leads to names a function to ask for")
  func molndal() throws {
    #expect(rule.check(try RealMaps.molndal()).isEmpty)
  }

}
