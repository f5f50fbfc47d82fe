import Foundation
import Samverkan
import Testing

@Suite("Rule future-review-date", .englishFindings)
struct FutureReviewDateRuleTests {
  private func day(_ year: Int, _ month: Int, _ day: Int) throws -> ReviewDate {
    try #require(ReviewDate(year: year, month: month, day: day))
  }

  private func map(reviewed: String) throws -> CollaborationMap {
    let folder = try FixtureFolder()
    let path = try folder.write(
      "karta.yaml", "format: 1\nid: test\nname: Test\nreviewed: \(reviewed)\n")
    return try MapLoader().load(path)
  }

  @Test("a review date in the year 2999 is a warning at line 1 of the map's file")
  func farFuture() throws {
    let map = try map(reviewed: "2999-01-01")
    let finding = try #require(FutureReviewDateRule(today: try day(2026, 12, 1)).check(map).first)
    #expect(finding.rule == "future-review-date")
    #expect(finding.severity == .warning)
    #expect(finding.element == "test")
    #expect(finding.message.contains("2999-01-01"))
    #expect(finding.location?.line == 1)
  }

  @Test(
    "today and tomorrow (a time zone ahead of UTC) are fine; the day after is not",
    arguments: [("2026-12-01", false), ("2026-12-02", false), ("2026-12-03", true)])
  func grace(reviewed: String, flagged: Bool) throws {
    let findings = FutureReviewDateRule(today: try day(2026, 12, 1)).check(try map(reviewed: reviewed))
    #expect(findings.isEmpty != flagged)
  }

  @Test("the last day of a year counts on into the next")
  func yearEnd() throws {
    let rule = FutureReviewDateRule(today: try day(2026, 12, 31))
    #expect(rule.check(try map(reviewed: "2027-01-01")).isEmpty)
    #expect(rule.check(try map(reviewed: "2027-01-02")).count == 1)
  }

  @Test("the rule runs by default, listed with the others")
  func listed() {
    #expect(MapValidator.allRules.contains { $0.id == "future-review-date" })
  }
}
