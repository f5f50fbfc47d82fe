import Foundation
import Samverkan
import Testing

@Suite("health-social-provision: OSL 25 kap. 12 § only between health care and social services", .englishFindings)
struct HealthSocialProvisionRuleTests {
  /// Lines 5–17: a kurator, a school nurse, BUP, social services, guardians and one route `r`
  /// (its `provision` on line 17, column 16).
  static func map(from: String, to: String = "socialtjanst", provision: String) -> String {
    """
    actors:
      - {id: kurator, name: Kurator, kind: function, sector: school, laws: [Skollagen]}
      - {id: skolskoterska, name: Skolsköterska, kind: function, sector: school, laws: [HSL]}
      - {id: bup, name: BUP, kind: unit, sector: health-care}
      - {id: socialtjanst, name: Socialtjänsten, kind: organisation, sector: social-services}
      - {id: vardnadshavare, name: Vårdnadshavare, kind: function, sector: family}
    routes:
      - id: r
        from: \(from)
        to: \(to)
        channel: meeting
        consent: not-required
        provision: \(provision)

    """
  }

  static func check(_ text: String) throws -> (findings: [Diagnostic], path: String) {
    let folder = try FixtureFolder()
    let path = try folder.write("karta.yaml", header + text)
    return (HealthSocialProvisionRule().check(try MapLoader().load(path)), path)
  }

  @Test("the kurator relying on OSL 25 kap. 12 § is an error at 'provision'")
  func kurator() throws {
    let (findings, path) = try Self.check(Self.map(from: "kurator", provision: "OSL 25 kap. 12 §"))
    #expect(findings.count == 1)
    let finding = try #require(findings.first)
    #expect(finding.rule == "health-social-provision")
    #expect(finding.severity == .error)
    #expect(finding.element == "r")
    #expect(finding.location == Samverkan.SourceLocation(file: path, line: 17, column: 16))
    #expect(finding.message.contains("not to or from the school's 'kurator'"))
    #expect(finding.hint?.hasPrefix("write 'consent: required'") == true)
  }

  @Test("a route from health care to the family relying on 26 kap 9 § is an error too")
  func family() throws {
    let text = Self.map(from: "bup", to: "vardnadshavare", provision: "OSL 26 kap 9 §")
    let findings = try Self.check(text).findings
    #expect(findings.map(\.rule) == ["health-social-provision"])
    #expect(findings.first?.message.contains("not between health care and social services") == true)
  }

  @Test("health care, the school nurse and social services may rely on it; other laws pass")
  func passes() throws {
    let passing = [
      Self.map(from: "bup", provision: "OSL 25 kap 12 §"),
      Self.map(from: "socialtjanst", to: "bup", provision: "OSL 26 kap. 9 §"),
      Self.map(from: "skolskoterska", provision: "OSL 25 kap. 12 §"),
      Self.map(from: "kurator", provision: "SoL 19 kap. 1 §, OSL 10 kap. 28 §"),
      Self.map(from: "kurator", provision: "OSL 25 kap. 1 §, 26 kap. 90 §"),
    ]
    for text in passing {
      #expect(try Self.check(text).findings.isEmpty, "\(text)")
    }
  }
}
