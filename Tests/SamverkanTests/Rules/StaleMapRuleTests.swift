import Foundation
import Samverkan
import Testing

@Suite("Rule stale-map", .englishFindings)
struct StaleMapRuleTests {
  private func day(_ year: Int, _ month: Int, _ day: Int) throws -> ReviewDate {
    try #require(ReviewDate(year: year, month: month, day: day))
  }

  @Test("a map reviewed 12 months and a day ago is a warning at line 1 of its file")
  func stale() throws {
    let folder = try FixtureFolder()
    let path = try folder.write("karta.yaml", header)
    let rule = StaleMapRule(today: try day(2027, 11, 24))
    let findings = rule.check(try MapLoader().load(path))
    #expect(findings.count == 1)
    let finding = try #require(findings.first)
    #expect(finding.rule == "stale-map")
    #expect(finding.severity == .warning)
    #expect(finding.element == "test")
    #expect(
      finding.message
        == "map 'test' was last reviewed 2026-11-23, more than 12 months before 2027-11-24")
    #expect(finding.location == Samverkan.SourceLocation(file: path, line: 1, column: 1))
  }

  @Test("a map reviewed exactly 12 months ago is not stale yet")
  func exactlyAYear() throws {
    let folder = try FixtureFolder()
    let map = try folder.load("karta.yaml", header)
    #expect(StaleMapRule(today: try day(2027, 11, 23)).check(map).isEmpty)
    #expect(StaleMapRule(today: try day(2026, 11, 23)).check(map).isEmpty)
  }

  @Test("on 29 February a year counts back to 28 February; a map built in code names its id")
  func leapDay() throws {
    let today = try day(2028, 2, 29)
    let fresh = CollaborationMap(id: "kod", name: "Kod", reviewed: try day(2027, 2, 28))
    let old = CollaborationMap(id: "kod", name: "Kod", reviewed: try day(2027, 2, 27))
    #expect(StaleMapRule(today: today).check(fresh).isEmpty)
    let finding = try #require(StaleMapRule(today: today).check(old).first)
    #expect(finding.location == Samverkan.SourceLocation(file: "kod", line: 1, column: 1))
  }

  @Test("the default day is today in UTC")
  func currentDay() throws {
    let lateEvening = Date(timeIntervalSince1970: 1_795_476_600)  // 2026-11-23T23:30:00Z
    #expect(StaleMapRule.currentDay(now: lateEvening) == (try day(2026, 11, 23)))
    #expect(StaleMapRule().today == StaleMapRule.currentDay())
  }

  @Test("the real Mölndal map, reviewed 2026-12-01, is stale only after 2027-12-01")
  func molndal() throws {
    let map = try RealMaps.molndal()
    #expect(StaleMapRule(today: try day(2027, 12, 1)).check(map).isEmpty)
    let later = StaleMapRule(today: try day(2027, 12, 2)).check(map)
    #expect(later.map(\.element) == ["molndal"])
    #expect(
      later.first?.location
        == Samverkan.SourceLocation(file: RealMaps.molndalPath, line: 1, column: 1))
  }
}
