import Samverkan
import Testing

@Suite("Rule coverage")
struct CoverageRuleTests {
  let rule = CoverageRule()

  @Test("gaps in severities and ages of a ladder's concern are info findings, as age ranges")
  func gaps() throws {
    let folder = try FixtureFolder()
    let path = try folder.write(
      "karta.yaml",
      header + """
        actors:
          - id: uph
            name: UPH
            kind: unit
            sector: health-care
            mandates:
              - {concerns: [mental-health], severities: [mild, moderate], ages: "7-17", basis: HSL}
          - id: bup
            name: BUP
            kind: unit
            sector: health-care
            mandates:
              - {concerns: [mental-health], severities: [moderate, severe], ages: "0-17", basis: HSL}
          - id: vuxen
            name: Vuxenpsykiatri
            kind: unit
            sector: health-care
            mandates:
              - {concerns: [mental-health], severities: [severe], ages: "18-25", basis: HSL}
          - id: team
            name: Team
            kind: unit
            sector: other
            status: planned
            mandates:
              - {concerns: [mental-health], ages: "0-25", basis: Lokalt beslut}
        ladders:
          - id: psykisk
            name: Psykisk ohälsa
            concern: mental-health
            steps:
              - {id: a, name: A, actor: uph}
          - id: psykisk-igen
            name: Psykisk ohälsa igen
            concern: mental-health
            steps:
              - {id: a, name: A, actor: bup}

        """)
    let findings = rule.check(try MapLoader().load(path))
    #expect(findings.allSatisfy { $0.rule == "coverage" && $0.severity == .info })
    #expect(findings.map(\.element) == ["psykisk", "psykisk"])
    #expect(
      findings.map(\.message) == [
        "ingen aktör i bruk har uppdrag för psykisk ohälsa (mental-health), lindrig, 6 år",
        "ingen aktör i bruk har uppdrag för psykisk ohälsa (mental-health), lindrig och måttlig, "
          + "18–19 år",
      ])
    let concern = Samverkan.SourceLocation(file: path, line: 34, column: 14)
    #expect(findings.map(\.location) == [concern, concern])
  }

  @Test("a concern covered at every severity for ages 6–19 has no gap")
  func covered() throws {
    let folder = try FixtureFolder()
    let map = try folder.load(
      "karta.yaml",
      header + """
        actors:
          - id: skola
            name: Skola
            kind: unit
            sector: school
            mandates:
              - {concerns: [absence], ages: "6-19", basis: Skollagen 7 kap. 19 a §}
        ladders:
          - id: franvaro
            name: Frånvaro
            concern: absence
            steps:
              - {id: a, name: A, actor: skola}

        """)
    #expect(rule.check(map).isEmpty)
  }

  @Test("on the real Mölndal map: the school's mandate covers absence up to gymnasieskolan")
  func molndal() throws {
    #expect(rule.check(try RealMaps.molndal()).isEmpty)
  }

}
