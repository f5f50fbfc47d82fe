import Samverkan
import Testing

@Suite("Rule ladder-end-without-mandate")
struct LadderEndWithoutMandateRuleTests {
  let rule = LadderEndWithoutMandateRule()

  @Test("a ladder about absence ending at an actor mandated only for harm is a warning")
  func noMandate() throws {
    let folder = try FixtureFolder()
    let path = try folder.write(
      "karta.yaml",
      header + """
        actors:
          - {id: skola, name: Skola, kind: unit, sector: school}
          - id: soc
            name: Soc
            kind: unit
            sector: social-services
            mandates:
              - {concerns: [harm], basis: SoL}
        routes:
          - {id: r, from: skola, to: soc, channel: meeting, consent: required}
        ladders:
          - id: franvaro
            name: Frånvaro
            concern: absence
            steps:
              - {id: a, name: A, actor: skola, escalate: r}
              - {id: b, name: B, actor: soc}

        """)
    let findings = rule.check(try MapLoader().load(path))
    #expect(findings.count == 1)
    let finding = try #require(findings.first)
    #expect(finding.rule == "ladder-end-without-mandate")
    #expect(finding.severity == .warning)
    #expect(finding.element == "franvaro")
    #expect(
      finding.message
        == "trappan 'franvaro' slutar hos 'soc', som inte har något uppdrag för problematisk "
        + "skolfrånvaro (absence)")
    #expect(finding.location == Samverkan.SourceLocation(file: path, line: 21, column: 33))
  }

  @Test("a mandate for the concern at any severity and age is enough")
  func anyMandate() throws {
    let folder = try FixtureFolder()
    let map = try folder.load(
      "karta.yaml",
      header + """
        actors:
          - id: soc
            name: Soc
            kind: unit
            sector: social-services
            mandates:
              - {concerns: [harm, absence], severities: [severe], ages: "13-17", basis: SoL}
        ladders:
          - id: franvaro
            name: Frånvaro
            concern: absence
            steps:
              - {id: a, name: A, actor: soc}

        """)
    #expect(rule.check(map).isEmpty)
  }

  @Test("the real Mölndal ladder ends at socialsekreterare, mandated for absence")
  func molndal() throws {
    #expect(rule.check(try RealMaps.molndal()).isEmpty)
  }
}
