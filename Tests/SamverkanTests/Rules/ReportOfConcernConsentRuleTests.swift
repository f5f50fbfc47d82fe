import Foundation
import Samverkan
import Testing

@Suite("report-of-concern-consent: a report of concern never requires consent", .englishFindings)
struct ReportOfConcernConsentRuleTests {
  /// Lines 5–14: a school, social services and one report-of-concern route with `consent`.
  static func map(consent: String) -> String {
    """
    actors:
      - {id: skola, name: Skola, kind: unit, sector: school}
      - {id: socialtjanst, name: Socialtjänsten, kind: organisation, sector: social-services}
    routes:
      - id: skola-orosanmalan
        from: skola
        to: socialtjanst
        channel: report-of-concern
        \(consent)

    """
  }

  static func check(_ text: String) throws -> (findings: [Diagnostic], path: String) {
    let folder = try FixtureFolder()
    let path = try folder.write("karta.yaml", header + text)
    return (ReportOfConcernConsentRule().check(try MapLoader().load(path)), path)
  }

  @Test("a report of concern with 'consent: required' is an error at 'consent'")
  func requiresConsent() throws {
    let (findings, path) = try Self.check(Self.map(consent: "consent: required"))
    #expect(findings.count == 1)
    let finding = try #require(findings.first)
    #expect(finding.rule == "report-of-concern-consent")
    #expect(finding.severity == .error)
    #expect(finding.element == "skola-orosanmalan")
    #expect(finding.location == Samverkan.SourceLocation(file: path, line: 13, column: 14))
    #expect(finding.hint?.contains("consent: not-required") == true)
  }

  @Test("a report of concern under SoL 19 kap. 1 § passes")
  func provision() throws {
    let text = Self.map(
      consent: "consent: not-required\n    provision: SoL 19 kap. 1 §, OSL 10 kap. 28 §")
    #expect(try Self.check(text).findings.isEmpty)
  }

  @Test("an ended report of concern is not checked")
  func ended() throws {
    let text = Self.map(consent: "consent: required\n    status: ended")
    #expect(try Self.check(text).findings.isEmpty)
  }
}
