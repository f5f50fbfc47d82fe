import Foundation
import Samverkan
import Testing

@Suite("report-of-concern-gated: no ladder step escalates by a report of concern", .englishFindings)
struct ReportOfConcernGatedRuleTests {
  /// Lines 5–32: a school, social services, a report of concern and a meeting, and a ladder
  /// whose first step escalates by `escalate` (on line 28).
  static func map(escalate: String) -> String {
    """
    actors:
      - {id: skola, name: Skola, kind: unit, sector: school}
      - {id: socialtjanst, name: Socialtjänsten, kind: organisation, sector: social-services}
    routes:
      - id: skola-orosanmalan
        from: skola
        to: socialtjanst
        channel: report-of-concern
        consent: not-required
        provision: SoL 19 kap. 1 §, OSL 10 kap. 28 §
      - id: skola-samrad
        from: skola
        to: socialtjanst
        channel: meeting
        consent: required
    ladders:
      - id: franvaro
        name: Problematisk skolfrånvaro
        concern: absence
        steps:
          - id: utreda
            name: Utreda
            actor: skola
            escalate: \(escalate)
          - id: samverka
            name: Samverka
            actor: socialtjanst

    """
  }

  static func check(_ text: String) throws -> (findings: [Diagnostic], path: String) {
    let folder = try FixtureFolder()
    let path = try folder.write("karta.yaml", header + text)
    return (ReportOfConcernGatedRule().check(try MapLoader().load(path)), path)
  }

  @Test("a step escalating by a report of concern is an error at its 'escalate'")
  func gated() throws {
    let (findings, path) = try Self.check(Self.map(escalate: "skola-orosanmalan"))
    #expect(findings.count == 1)
    let finding = try #require(findings.first)
    #expect(finding.rule == "report-of-concern-gated")
    #expect(finding.severity == .error)
    #expect(finding.element == "franvaro")
    #expect(finding.location == Samverkan.SourceLocation(file: path, line: 28, column: 19))
    #expect(finding.message.hasPrefix("step 'utreda' of ladder 'franvaro' escalates"))
  }

  @Test("a step escalating by a meeting passes")
  func meeting() throws {
    #expect(try Self.check(Self.map(escalate: "skola-samrad")).findings.isEmpty)
  }
}
