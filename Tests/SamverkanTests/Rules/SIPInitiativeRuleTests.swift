import Foundation
import Samverkan
import Testing

@Suite("sip-initiative: social services or health care has a route to convene a SIP", .englishFindings)
struct SIPInitiativeRuleTests {
  @Test("a map with both but only a school's SIP request is a warning at social services")
  func missing() throws {
    let text = SIPFixture.map(from: "skola", to: "socialtjanst", channel: "sip-request")
    let (findings, path) = try SIPFixture.check(SIPInitiativeRule(), text)
    #expect(findings.count == 1)
    let finding = try #require(findings.first)
    #expect(finding.rule == "sip-initiative")
    #expect(finding.severity == .warning)
    #expect(finding.element == "socialtjanst")
    #expect(finding.location == Samverkan.SourceLocation(file: path, line: 8, column: 10))
    #expect(finding.hint?.contains("'channel: sip-invitation'") == true)
  }

  @Test("a planned invitation, or one from a school, does not count")
  func notCounted() throws {
    let planned = SIPFixture.map(from: "socialtjanst", "    status: planned\n")
    #expect(try SIPFixture.check(SIPInitiativeRule(), planned).findings.count == 1)
    let school = SIPFixture.map(from: "skola", "agreements:\n  school-may-convene-sip: true\n")
    #expect(try SIPFixture.check(SIPInitiativeRule(), school).findings.count == 1)
  }

  @Test("an invitation from social services or health care passes")
  func passes() throws {
    let fromSocial = SIPFixture.map(from: "socialtjanst")
    #expect(try SIPFixture.check(SIPInitiativeRule(), fromSocial).findings.isEmpty)
    let fromBUP = SIPFixture.map(from: "bup", to: "socialtjanst")
    #expect(try SIPFixture.check(SIPInitiativeRule(), fromBUP).findings.isEmpty)
  }

  @Test("a map without active health care is not asked for an invitation")
  func noHealthCare() throws {
    let text = SIPFixture.map(from: "skola", to: "socialtjanst", channel: "sip-request")
      .replacingOccurrences(of: "sector: health-care}", with: "sector: health-care, status: ended}")
    #expect(try SIPFixture.check(SIPInitiativeRule(), text).findings.isEmpty)
  }
}
