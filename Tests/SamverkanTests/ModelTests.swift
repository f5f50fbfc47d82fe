import Foundation
import Samverkan
import Testing

@Suite("AgeRange")
struct AgeRangeTests {
  @Test(
    "valid ranges parse to their bounds",
    arguments: [
      ("6-17", 6, 17), ("0-17", 0, 17), ("5-5", 5, 5), ("0-25", 0, 25), (" 6 - 17 ", 6, 17),
    ])
  func valid(text: String, lower: Int, upper: Int) throws {
    let range = try #require(AgeRange(parsing: text))
    #expect(range.lower == lower)
    #expect(range.upper == upper)
  }

  @Test(
    "malformed or out-of-bounds ranges do not parse",
    arguments: [
      "6-x", "17-6", "6", "6-", "-6", "-1-5", "0-26", "6-17-18", "", "sex-sjutton", "6–17",
    ])
  func invalid(text: String) {
    #expect(AgeRange(parsing: text) == nil)
  }

  @Test("contains is inclusive at both ends")
  func contains() {
    let range = AgeRange(lower: 6, upper: 17)
    #expect(!range.contains(5))
    #expect(range.contains(6))
    #expect(range.contains(17))
    #expect(!range.contains(18))
  }

  @Test("all ages means every age a map can name, 0 to 25, and prints as it is written")
  func allAndDescription() {
    #expect(AgeRange.all == AgeRange(lower: 0, upper: 25))
    #expect(AgeRange.all.isEveryAge)
    #expect(!AgeRange(lower: 0, upper: 17).isEveryAge)
    #expect(AgeRange(lower: 6, upper: 17).description == "6-17")
  }
}

@Suite("ResponseTime")
struct ResponseTimeTests {
  @Test(
    "the written forms parse",
    arguments: [
      ("immediately", ResponseTime.immediately), ("Immediately", .immediately),
      ("same day", .sameDay), ("Same  Day", .sameDay),
      ("1 hour", .hours(1)), ("4 hours", .hours(4)), ("1 day", .days(1)), ("3 days", .days(3)),
      ("2 weeks", .weeks(2)), ("1 hours", .hours(1)), ("365 days", .days(365)),
    ])
  func valid(text: String, expected: ResponseTime) {
    #expect(ResponseTime(parsing: text) == expected)
  }

  @Test(
    "anything else does not parse",
    arguments: [
      "-3 days", "0 days", "366 days", "3 months", "3days", "", "same", "same week", "soon",
      "three days", "3 days later", "1.5 hours",
    ])
  func invalid(text: String) {
    #expect(ResponseTime(parsing: text) == nil)
  }

  @Test(
    "descriptions use singular for one, in English and Swedish",
    arguments: [
      (ResponseTime.immediately, "immediately", "omedelbart"),
      (.sameDay, "same day", "samma dag"),
      (.hours(1), "1 hour", "1 timme"), (.hours(2), "2 hours", "2 timmar"),
      (.days(1), "1 day", "1 dag"), (.days(3), "3 days", "3 dagar"),
      (.weeks(1), "1 week", "1 vecka"), (.weeks(2), "2 weeks", "2 veckor"),
    ])
  func descriptions(time: ResponseTime, english: String, swedish: String) {
    #expect(time.description == english)
    #expect(Language.$override.withValue(.swedish) { time.name } == swedish)
    #expect(Language.$override.withValue(.english) { time.name } == english)
    #expect(ResponseTime(parsing: time.description) == time, "description parses back")
  }
}

@Suite("ReviewDate")
struct ReviewDateTests {
  @Test(
    "real calendar days parse",
    arguments: [
      ("2026-11-23", 2026, 11, 23), ("2024-02-29", 2024, 2, 29), ("2000-02-29", 2000, 2, 29),
      ("2026-12-31", 2026, 12, 31), ("2000-01-01", 2000, 1, 1), ("2999-12-31", 2999, 12, 31),
    ])
  func valid(text: String, year: Int, month: Int, day: Int) throws {
    let date = try #require(ReviewDate(parsing: text))
    #expect(date.year == year)
    #expect(date.month == month)
    #expect(date.day == day)
    #expect(date.description == text)
  }

  @Test(
    "impossible days and other shapes do not parse",
    arguments: [
      "2026-02-30", "2026-02-29", "2100-02-29", "2026-04-31", "2026-13-01", "2026-00-10",
      "2026-01-00", "1999-12-31", "3000-01-01", "26-11-23", "2026-1-23", "2026-11-3",
      "2026/11/23", "2026-11-23-01", "", "2026-11-23T10:00",
    ])
  func invalid(text: String) {
    #expect(ReviewDate(parsing: text) == nil)
  }

  @Test("the memberwise initialiser rejects impossible days too")
  func memberwise() {
    #expect(ReviewDate(year: 2026, month: 0, day: 1) == nil)
    #expect(ReviewDate(year: 2026, month: 13, day: 1) == nil)
    #expect(ReviewDate(year: 2026, month: 6, day: 31) == nil)
    #expect(ReviewDate(year: 2026, month: 6, day: 30) != nil)
  }

  @Test("dates order by year, then month, then day, and print zero-padded")
  func ordering() throws {
    let a = try #require(ReviewDate(year: 2025, month: 12, day: 31))
    let b = try #require(ReviewDate(year: 2026, month: 1, day: 31))
    let c = try #require(ReviewDate(year: 2026, month: 2, day: 1))
    #expect(a < b)
    #expect(b < c)
    #expect(!(c < a))
    #expect([c, a, b].sorted() == [a, b, c])
    #expect(try #require(ReviewDate(year: 2026, month: 3, day: 5)).description == "2026-03-05")
  }
}

@Suite("Severity")
struct SeverityTests {
  @Test("mild < moderate < severe")
  func ordering() {
    #expect(Severity.mild < .moderate)
    #expect(Severity.moderate < .severe)
    #expect(Severity.mild < .severe)
    #expect(!(Severity.severe < .mild))
    #expect(!(Severity.moderate < .moderate))
    #expect([Severity.severe, .mild, .moderate].sorted() == [.mild, .moderate, .severe])
    #expect([Severity.moderate, .severe, .mild].max() == .severe)
  }

  @Test("all cases in order, with their raw values and Swedish names")
  func cases() {
    #expect(Severity.allCases == [.mild, .moderate, .severe])
    #expect(Severity.allCases.map(\.rawValue) == ["mild", "moderate", "severe"])
    #expect(Severity.allCases.map(\.name) == ["lindrig", "måttlig", "allvarlig"])
  }

  @Test("a mandate without severities covers all three")
  func mandateDefault() {
    #expect(Mandate(concerns: [.absence], basis: "x").severities == [.mild, .moderate, .severe])
    #expect(Mandate(concerns: [.absence], basis: "x").ages == AgeRange.all)
  }
}

@Suite("ContactPoint.link")
struct ContactPointTests {
  @Test("the web form wins over everything else")
  func webFormFirst() {
    let contact = ContactPoint(
      phone: "031-123 45 67", email: "a@example.org", webForm: "https://example.org/form",
      url: "https://example.org")
    #expect(contact.link == "https://example.org/form")
  }

  @Test("then the web page")
  func urlSecond() {
    let contact = ContactPoint(
      phone: "031-123 45 67", email: "a@example.org", url: "https://example.org")
    #expect(contact.link == "https://example.org")
  }

  @Test("then the mailbox, as mailto:")
  func emailThird() {
    let contact = ContactPoint(phone: "031-123 45 67", email: "mottagning@example.org")
    #expect(contact.link == "mailto:mottagning@example.org")
  }

  @Test(
    "then the phone, as tel: with digits (and a leading +) only",
    arguments: [
      ("031-123 45 67", "tel:0311234567"), ("+46 31 123 45 67", "tel:+46311234567"),
      ("(08) 123-45", "tel:0812345"), ("020-12 34 56 vardagar", "tel:020123456"),
    ])
  func phoneLast(phone: String, expected: String) {
    #expect(ContactPoint(role: "Växeln", phone: phone).link == expected)
  }

  @Test("a role alone, or nothing, gives no link")
  func noLink() {
    #expect(ContactPoint(role: "Rektor").link == nil)
    #expect(ContactPoint().link == nil)
  }

  @Test("tel: links hold only ASCII digits, not other characters Unicode calls numbers")
  func telOnlyASCIIDigits() {
    // Character.isNumber would also keep "½" and "²".
    #expect(ContactPoint(phone: "031-12 ½²").link == "tel:03112")
  }
}

@Suite("Strict enums")
struct StrictEnumTests {
  @Test("raw values are what maps write")
  func rawValues() {
    #expect(
      Sector.allCases.map(\.rawValue) == [
        "school", "social-services", "health-care", "family", "other",
      ])
    #expect(Channel(rawValue: "report-of-concern") == .reportOfConcern)
    #expect(Channel(rawValue: "sip-invitation") == .sipInvitation)
    #expect(Concern(rawValue: "mental-health") == .mentalHealth)
    #expect(Status.allCases == [.active, .planned, .ended])
    #expect(InformationSharing.consentRequired.needsConsent)
    #expect(!InformationSharing.provision("SoL").needsConsent)
    #expect(!InformationSharing.notApplicable.needsConsent)
  }
}

@Suite("Diagnostic")
struct DiagnosticTests {
  @Test("prints like a compiler: position, severity, message and rule")
  func description() {
    let located = Diagnostic(
      .error, rule: "unknown-key", message: "unknown key 'emial'",
      location: Samverkan.SourceLocation(file: "Maps/x.yaml", line: 12, column: 9))
    #expect(located.description == "Maps/x.yaml:12:9: error[unknown-key]: unknown key 'emial'")
    let unlocated = Diagnostic(.info, rule: "r", message: "m")
    #expect(unlocated.description == "info[r]: m")
    #expect(MapLoadError(located).description == located.description)
  }

  @Test("severities order info < warning < error")
  func severityOrder() {
    #expect(Diagnostic.Severity.info < .warning)
    #expect(Diagnostic.Severity.warning < .error)
    #expect(!(Diagnostic.Severity.error < .info))
  }

  @Test("the formatter quotes the source line with a caret under the column")
  func formatter() throws {
    let folder = try FixtureFolder()
    let path = try folder.write("karta.yaml", "format: 1\n  role: Rektor på skolan, emial: x\n")
    let diagnostic = Diagnostic(
      .error, rule: "unknown-key", message: "unknown key 'emial'",
      location: Samverkan.SourceLocation(file: path, line: 2, column: 27), hint: "rätta")
    var formatter = DiagnosticFormatter()
    let text = formatter.format(diagnostic)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 4)
    #expect(lines.first.map(String.init) == diagnostic.description)
    #expect(lines.dropFirst(2).first == "2 |   role: Rektor på skolan, emial: x")
    let caretLine = "  | " + String(repeating: " ", count: 26) + "^ rätta"
    #expect(lines.last.map(String.init) == caretLine)
  }
}
