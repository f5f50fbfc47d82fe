import Foundation
import Samverkan
import Testing

@Suite("sip-consent: a SIP invitation or request requires consent", .englishFindings)
struct SIPConsentRuleTests {
  @Test("a SIP invitation without consent is an error at 'consent'")
  func invitation() throws {
    let text = SIPFixture.map(from: "socialtjanst", consent: "not-applicable")
    let (findings, path) = try SIPFixture.check(SIPConsentRule(), text)
    #expect(findings.count == 1)
    let finding = try #require(findings.first)
    #expect(finding.rule == "sip-consent")
    #expect(finding.severity == .error)
    #expect(finding.element == "r")
    #expect(finding.location == Samverkan.SourceLocation(file: path, line: 15, column: 14))
    #expect(finding.message.hasPrefix("SIP invitation 'r' does not require consent"))
    #expect(finding.hint == "write 'consent: required'")
  }

  @Test("a school's SIP request under a provision is an error too")
  func request() throws {
    let text = SIPFixture.map(
      from: "skola", to: "socialtjanst", channel: "sip-request",
      consent: "not-required\n    provision: OSL 10 kap. 2 §")
    let (findings, path) = try SIPFixture.check(SIPConsentRule(), text)
    #expect(findings.map(\.rule) == ["sip-consent"])
    #expect(findings.first?.location == Samverkan.SourceLocation(file: path, line: 15, column: 14))
    #expect(findings.first?.message.hasPrefix("SIP request 'r'") == true)
  }

  @Test("SIP routes with consent, and other channels without it, pass")
  func passes() throws {
    let invitation = SIPFixture.map(from: "socialtjanst")
    #expect(try SIPFixture.check(SIPConsentRule(), invitation).findings.isEmpty)
    let request = SIPFixture.map(from: "skola", to: "socialtjanst", channel: "sip-request")
    #expect(try SIPFixture.check(SIPConsentRule(), request).findings.isEmpty)
    let meeting = SIPFixture.map(from: "bup", channel: "meeting", consent: "not-applicable")
    #expect(try SIPFixture.check(SIPConsentRule(), meeting).findings.isEmpty)
  }
}
