import Foundation
import Samverkan
import Testing

@Suite("sip-convening: social services and health care convene a SIP, a school by agreement", .englishFindings)
struct SIPConveningRuleTests {
  @Test("a school's SIP invitation without the agreement is an error at 'from'")
  func school() throws {
    let (findings, path) = try SIPFixture.check(SIPConveningRule(), SIPFixture.map(from: "skola"))
    #expect(findings.count == 1)
    let finding = try #require(findings.first)
    #expect(finding.rule == "sip-convening")
    #expect(finding.severity == .error)
    #expect(finding.element == "r")
    #expect(finding.location == Samverkan.SourceLocation(file: path, line: 12, column: 11))
    #expect(finding.message.hasPrefix("the school actor 'skola' convenes a SIP by 'r'"))
    #expect(finding.hint?.contains("school-may-convene-sip: true") == true)
  }

  @Test("with 'school-may-convene-sip: false' the school still may not convene")
  func agreementFalse() throws {
    let text = SIPFixture.map(from: "skola", "agreements:\n  school-may-convene-sip: false\n")
    #expect(try SIPFixture.check(SIPConveningRule(), text).findings.map(\.element) == ["r"])
  }

  @Test("a team of sector other may not convene either")
  func other() throws {
    let findings = try SIPFixture.check(SIPConveningRule(), SIPFixture.map(from: "team")).findings
    #expect(findings.map(\.rule) == ["sip-convening"])
    #expect(findings.first?.message.hasPrefix("'team' (other) convenes a SIP") == true)
  }

  @Test("social services, health care, an agreed school and a school's request pass")
  func passes() throws {
    let passing = [
      SIPFixture.map(from: "socialtjanst"),
      SIPFixture.map(from: "bup", to: "socialtjanst"),
      SIPFixture.map(from: "skola", "agreements:\n  school-may-convene-sip: true\n"),
      SIPFixture.map(from: "skola", to: "socialtjanst", channel: "sip-request"),
      SIPFixture.map(from: "skola", "    status: ended\n"),
    ]
    for text in passing {
      #expect(try SIPFixture.check(SIPConveningRule(), text).findings.isEmpty, "\(text)")
    }
  }
}
