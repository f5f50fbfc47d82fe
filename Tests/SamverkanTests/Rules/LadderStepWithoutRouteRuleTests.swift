import Samverkan
import Testing

@Suite("Rule ladder-step-without-route", .englishFindings)
struct LadderStepWithoutRouteRuleTests {
  let rule = LadderStepWithoutRouteRule()

  @Test("a missing, a misdirected, a superfluous and a planned escalate route are each reported")
  func broken() throws {
    let folder = try FixtureFolder()
    let path = try folder.write(
      "karta.yaml",
      header + """
        actors:
          - {id: skola, name: Skola, kind: unit, sector: school}
          - {id: eht, name: EHT, kind: unit, sector: school}
          - {id: soc, name: Soc, kind: unit, sector: social-services}
        routes:
          - {id: skola-eht, from: skola, to: eht, channel: meeting, consent: not-applicable}
          - {id: eht-soc, from: eht, to: soc, channel: meeting, consent: required, status: planned}
        ladders:
          - id: franvaro
            name: Frånvaro
            concern: absence
            steps:
              - {id: a, name: A, actor: skola}
              - {id: b, name: B, actor: eht, escalate: skola-eht}
              - {id: c, name: C, actor: soc, escalate: eht-soc}
          - id: stod
            name: Stöd
            concern: absence
            steps:
              - {id: a, name: A, actor: eht, escalate: eht-soc}
              - {id: b, name: B, actor: soc}

        """)
    let findings = rule.check(try MapLoader().load(path))
    #expect(findings.allSatisfy { $0.rule == "ladder-step-without-route" })
    #expect(findings.map(\.element) == ["franvaro", "franvaro", "franvaro", "stod"])
    #expect(findings.map(\.severity) == [.error, .error, .error, .warning])
    #expect(
      findings.map(\.location) == [
        Samverkan.SourceLocation(file: path, line: 17, column: 9),
        Samverkan.SourceLocation(file: path, line: 18, column: 48),
        Samverkan.SourceLocation(file: path, line: 19, column: 48),
        Samverkan.SourceLocation(file: path, line: 24, column: 48),
      ])
    #expect(
      findings.map(\.message) == [
        "step 'a' of ladder 'franvaro' has no 'escalate' route to the next step's actor 'eht'",
        "step 'b' of ladder 'franvaro' escalates by 'skola-eht', which goes from 'skola' to "
          + "'eht', not from 'eht' to 'soc'",
        "step 'c' of ladder 'franvaro' is the last step but escalates by 'eht-soc': no step "
          + "follows",
        "step 'a' of ladder 'stod' escalates by route 'eht-soc', which is planned, not in use "
          + "yet: the case cannot climb this step today",
      ])
  }

  @Test("a ladder whose steps each escalate by an active route to the next actor passes")
  func passes() throws {
    let folder = try FixtureFolder()
    let map = try folder.load(
      "karta.yaml",
      header + """
        actors:
          - {id: skola, name: Skola, kind: unit, sector: school}
          - {id: eht, name: EHT, kind: unit, sector: school}
        routes:
          - {id: skola-eht, from: skola, to: eht, channel: meeting, consent: not-applicable}
        ladders:
          - id: franvaro
            name: Frånvaro
            concern: absence
            steps:
              - {id: a, name: A, actor: skola, escalate: skola-eht}
              - {id: b, name: B, actor: eht}

        """)
    #expect(rule.check(map).isEmpty)
  }

  @Test("every step of the real Mölndal ladder escalates by an active route")
  func molndal() throws {
    #expect(rule.check(try RealMaps.molndal()).isEmpty)
  }
}
