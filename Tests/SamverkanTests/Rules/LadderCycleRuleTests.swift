import Samverkan
import Testing

@Suite("Rule ladder-cycle", .englishFindings)
struct LadderCycleRuleTests {
  let rule = LadderCycleRule()

  @Test("a ladder that goes skola → soc → skola → soc is an error at the step that comes back")
  func goesRound() throws {
    let folder = try FixtureFolder()
    let path = try folder.write(
      "karta.yaml",
      header + """
        actors:
          - {id: skola, name: Skola, kind: unit, sector: school}
          - {id: soc, name: Soc, kind: unit, sector: social-services}
        routes:
          - {id: till-soc, from: skola, to: soc, channel: meeting, consent: required}
          - {id: till-skola, from: soc, to: skola, channel: meeting, consent: required}
        ladders:
          - id: franvaro
            name: Frånvaro
            concern: absence
            steps:
              - {id: a, name: A, actor: skola, escalate: till-soc}
              - {id: b, name: B, actor: soc, escalate: till-skola}
              - {id: c, name: C, actor: skola, escalate: till-soc}
              - {id: d, name: D, actor: soc}

        """)
    let findings = rule.check(try MapLoader().load(path))
    #expect(findings.count == 1)
    let finding = try #require(findings.first)
    #expect(finding.rule == "ladder-cycle")
    #expect(finding.severity == .error)
    #expect(finding.element == "franvaro")
    #expect(
      finding.message
        == "ladder 'franvaro' goes round: step 'c' escalates from 'skola' to 'soc' again, as "
        + "step 'a' did (skola → soc → skola → soc)")
    #expect(finding.location == Samverkan.SourceLocation(file: path, line: 18, column: 33))
  }

  @Test("two steps in a row with the same actor are an error at the second step's actor")
  func sameActorInARow() throws {
    let folder = try FixtureFolder()
    let path = try folder.write(
      "karta.yaml",
      header + """
        actors:
          - {id: skola, name: Skola, kind: unit, sector: school}
        ladders:
          - id: franvaro
            name: Frånvaro
            concern: absence
            steps:
              - {id: a, name: A, actor: skola}
              - {id: b, name: B, actor: skola}

        """)
    let findings = rule.check(try MapLoader().load(path))
    #expect(findings.count == 1)
    let finding = try #require(findings.first)
    #expect(finding.rule == "ladder-cycle")
    #expect(finding.severity == .error)
    #expect(finding.element == "franvaro")
    #expect(finding.message.contains("both rest with 'skola'"))
    #expect(finding.location == Samverkan.SourceLocation(file: path, line: 13, column: 33))
  }

  @Test("coming back to the school once, and then moving on or ending there, is no loop")
  func comingBackIsNoLoop() throws {
    let folder = try FixtureFolder()
    let map = try folder.load(
      "karta.yaml",
      header + """
        actors:
          - {id: skola, name: Skola, kind: unit, sector: school}
          - {id: eht, name: EHT, kind: unit, sector: school}
          - {id: soc, name: Soc, kind: unit, sector: social-services}
        ladders:
          - id: vidare
            name: Vidare
            concern: absence
            steps:
              - {id: a, name: A, actor: skola}
              - {id: b, name: B, actor: eht}
              - {id: c, name: C, actor: skola}
              - {id: d, name: D, actor: soc}
          - id: tillbaka
            name: Tillbaka
            concern: absence
            steps:
              - {id: a, name: A, actor: skola}
              - {id: b, name: B, actor: eht}
              - {id: c, name: C, actor: skola}

        """)
    #expect(rule.check(map).isEmpty)
  }

  @Test("the real Mölndal ladder (skola → mentor → EHT → skola → öppenvård → soc) passes")
  func molndal() throws {
    #expect(rule.check(try RealMaps.molndal()).isEmpty)
  }
}
