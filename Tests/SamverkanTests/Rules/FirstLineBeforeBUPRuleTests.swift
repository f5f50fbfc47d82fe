import Foundation
import Samverkan
import Testing

@Suite("first-line-before-bup: mild mental ill-health goes to the first line, not to BUP", .englishFindings)
struct FirstLineBeforeBUPRuleTests {
  /// Lines 5–24: a school, BUP (moderate, severe) and a first line (UPH, 6–17).
  static func actors(firstLine: String = "[mild, moderate]", school: String = "school") -> String {
    """
    actors:
      - {id: skola, name: Skola, kind: unit, sector: \(school)}
      - id: bup
        name: BUP
        kind: unit
        sector: health-care
        mandates:
          - concerns: [mental-health]
            severities: [moderate, severe]
            ages: "0-17"
            basis: HSL
      - id: uph
        name: UPH
        kind: unit
        sector: health-care
        mandates:
          - concerns: [mental-health]
            severities: \(firstLine)
            ages: "6-17"
            basis: HSL

    """
  }

  /// Lines 25–30: one route `skola-bup` (its `to` on line 28), then `extra` lines.
  static func route(from: String = "skola", channel: String = "referral", _ extra: String = "")
    -> String
  {
    """
    routes:
      - id: skola-bup
        from: \(from)
        to: bup
        channel: \(channel)
        consent: required

    """ + extra
  }

  static func check(_ text: String) throws -> (findings: [Diagnostic], path: String) {
    let folder = try FixtureFolder()
    let path = try folder.write("karta.yaml", header + text)
    return (FirstLineBeforeBUPRule().check(try MapLoader().load(path)), path)
  }

  @Test("a route for mild concerns from school to BUP is a warning at its 'to'")
  func mildToBUP() throws {
    let (findings, path) = try Self.check(Self.actors() + Self.route("    severities: [mild]\n"))
    #expect(findings.count == 1)
    let finding = try #require(findings.first)
    #expect(finding.rule == "first-line-before-bup")
    #expect(finding.severity == .warning)
    #expect(finding.element == "skola-bup")
    #expect(finding.location == Samverkan.SourceLocation(file: path, line: 28, column: 9))
    #expect(finding.message.contains("sends mild mental ill-health"))
    #expect(finding.message.contains("'uph' is the first line"))
    #expect(finding.hint?.contains("severities: [severe]") == true)
  }

  @Test("a route to BUP that states no severities is asked to state them")
  func unspecified() throws {
    let (findings, path) = try Self.check(Self.actors() + Self.route())
    let finding = try #require(findings.first)
    #expect(findings.count == 1)
    #expect(finding.rule == "first-line-before-bup")
    #expect(finding.severity == .warning)
    #expect(finding.element == "skola-bup")
    #expect(finding.location == Samverkan.SourceLocation(file: path, line: 28, column: 9))
    #expect(finding.message.contains("does not say which severities"))
    #expect(finding.hint?.hasPrefix("state 'severities:'") == true)
  }

  @Test("moderate is flagged when the first line takes moderate, not when it takes only mild")
  func moderate() throws {
    let extra = "    severities: [moderate, severe]\n"
    let flagged = try Self.check(Self.actors() + Self.route(extra)).findings
    #expect(flagged.map(\.element) == ["skola-bup"])
    #expect(flagged.first?.message.contains("sends moderate mental ill-health") == true)
    let mildOnly = try Self.check(Self.actors(firstLine: "[mild]") + Self.route(extra)).findings
    #expect(mildOnly.isEmpty)
  }

  @Test("social services routing mild concerns to BUP is flagged too")
  func fromSocialServices() throws {
    let text = Self.actors(school: "social-services") + Self.route("    severities: [mild]\n")
    #expect(try Self.check(text).findings.map(\.rule) == ["first-line-before-bup"])
  }

  @Test("a route for severe concerns, or one without mental-health, passes")
  func severePasses() throws {
    let severe = Self.actors() + Self.route("    severities: [severe]\n")
    #expect(try Self.check(severe).findings.isEmpty)
    let npf = "    concerns: [neuropsychiatric]\n"
    #expect(try Self.check(Self.actors() + Self.route(npf)).findings.isEmpty)
  }

  @Test("without a first line, or from the first line itself, nothing is flagged")
  func noFirstLine() throws {
    let planned = Self.actors().replacingOccurrences(
      of: "    name: UPH\n", with: "    name: UPH\n    status: planned\n")
    #expect(try Self.check(planned + Self.route("    severities: [mild]\n")).findings.isEmpty)
    let fromUPH = Self.actors() + Self.route(from: "uph", "    severities: [mild]\n")
    #expect(try Self.check(fromUPH).findings.isEmpty)
  }

  @Test("SIP invitations and ended routes are not checked")
  func sipAndEnded() throws {
    #expect(try Self.check(Self.actors() + Self.route(channel: "sip-invitation")).findings.isEmpty)
    #expect(try Self.check(Self.actors() + Self.route("    status: ended\n")).findings.isEmpty)
  }
}
