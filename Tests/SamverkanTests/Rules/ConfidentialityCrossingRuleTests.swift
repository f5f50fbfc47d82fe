import Foundation
import Samverkan
import Testing

@Suite("confidentiality-crossing: a route between domains needs consent or a provision", .englishFindings)
struct ConfidentialityCrossingRuleTests {
  /// Lines 5–21: actors of every sector and one route `r` (its `consent` on line 21).
  static func map(
    from: String, to: String, channel: String = "meeting", consent: String = "not-applicable"
  ) -> String {
    """
    actors:
      - {id: skola, name: Skola, kind: unit, sector: school}
      - {id: uph, name: UPH, kind: unit, sector: health-care}
      - {id: socialtjanst, name: Socialtjänsten, kind: organisation, sector: social-services}
      - {id: vardnadshavare, name: Vårdnadshavare, kind: function, sector: family}
      - {id: team, name: Närvaroteam, kind: unit, sector: other}
      - id: skolskoterska
        name: Skolsköterska
        kind: function
        sector: school
        laws: [Skollagen, HSL]
    routes:
      - id: r
        from: \(from)
        to: \(to)
        channel: \(channel)
        consent: \(consent)

    """
  }

  static func check(_ text: String) throws -> (findings: [Diagnostic], path: String) {
    let folder = try FixtureFolder()
    let path = try folder.write("karta.yaml", header + text)
    return (ConfidentialityCrossingRule().check(try MapLoader().load(path)), path)
  }

  @Test("a meeting from school to social services without consent is an error at 'consent'")
  func schoolToSocialServices() throws {
    let (findings, path) = try Self.check(Self.map(from: "skola", to: "socialtjanst"))
    #expect(findings.count == 1)
    let finding = try #require(findings.first)
    #expect(finding.rule == "confidentiality-crossing")
    #expect(finding.severity == .error)
    #expect(finding.element == "r")
    #expect(finding.location == Samverkan.SourceLocation(file: path, line: 21, column: 14))
    #expect(
      finding.message.hasPrefix(
        "route 'r' crosses from the school (OSL 23 kap. 2 §) to social services (OSL 26 kap. 1 §)"))
    #expect(finding.hint?.hasPrefix("write 'consent: required'") == true)
  }

  @Test("health care to social services, and the school nurse to the school, cross too")
  func otherCrossings() throws {
    #expect(
      try Self.check(Self.map(from: "uph", to: "socialtjanst")).findings.map(\.element) == ["r"])
    let nurse = try Self.check(Self.map(from: "skolskoterska", to: "skola")).findings
    #expect(nurse.map(\.rule) == ["confidentiality-crossing"])
    #expect(nurse.first?.message.contains("from health care (OSL 25 kap. 1 §)") == true)
  }

  @Test("consent, a provision, the family, other, one domain and a consultation all pass")
  func passes() throws {
    let passing = [
      Self.map(from: "skola", to: "uph", consent: "required"),
      Self.map(
        from: "skola", to: "socialtjanst",
        consent: "not-required\n    provision: SoL 19 kap. 1 §, OSL 10 kap. 28 §"),
      Self.map(from: "skola", to: "vardnadshavare"),
      Self.map(from: "vardnadshavare", to: "uph", channel: "care-request"),
      Self.map(from: "skola", to: "team"),
      Self.map(from: "skolskoterska", to: "uph"),
      Self.map(from: "skola", to: "socialtjanst", channel: "consultation"),
    ]
    for text in passing {
      #expect(try Self.check(text).findings.isEmpty, "\(text)")
    }
  }

  @Test("an ended route is not checked")
  func ended() throws {
    let text = Self.map(from: "skola", to: "socialtjanst") + "    status: ended\n"
    #expect(try Self.check(text).findings.isEmpty)
  }
}
