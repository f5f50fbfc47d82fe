import Foundation
import Testing

@testable import Samverkan

/// The law the code cites is domain.md's table "Current law", row for row.
@Suite("Citations come from the table of current law")
struct CitationTests {
  /// The `| topic | cite | gist |` rows of domain.md's "Current law" section.
  static func domainRows() throws -> [(topic: String, cite: String)] {
    let url = RealMaps.packageRoot.deletingLastPathComponent()
      .appendingPathComponent("shared/domain.md")
    let text = try String(contentsOf: url, encoding: .utf8)
    let section =
      try #require(text.components(separatedBy: "## Current law").last)
      .components(separatedBy: "\n## ").first ?? ""
    return section.split(separator: "\n").compactMap { line in
      let cells = line.split(separator: "|", omittingEmptySubsequences: false)
        .map { $0.trimmingCharacters(in: .whitespaces) }
      guard cells.count >= 4, !cells[1].isEmpty, cells[1] != "topic", !cells[1].hasPrefix("---")
      else { return nil }
      return (cells[1], cells[2])
    }
  }

  static let hasDomain = FileManager.default.fileExists(
    atPath: RealMaps.packageRoot.deletingLastPathComponent()
      .appendingPathComponent("shared/domain.md").path)

  @Test(
    "every row of domain.md's table is in the code's table, in order",
    .enabled(if: hasDomain, "needs ../shared/domain.md beside the checkout"))
  func tableMatchesDomain() throws {
    let rows = try Self.domainRows()
    #expect(rows.count == Citation.table.count)
    for (row, citation) in zip(rows, Citation.table) {
      #expect(row.topic == citation.topic)
      // domain.md writes "SoL 2025:400 19 kap. 1 §" once and "SoL 19 kap. 4 §" after.
      #expect(
        row.cite.replacingOccurrences(of: "SoL 2025:400 ", with: "SoL ") == citation.text,
        "\(row.topic)")
    }
  }

  @Test("no source file outside the law's home types a citation of the replaced SoL")
  func noStaleCitation() throws {
    let sources = RealMaps.packageRoot.appendingPathComponent("Sources")
    let files = try #require(FileManager.default.enumerator(atPath: sources.path))
      .compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
    // The law's home holds the citations; outdated-citation names the old ones it refuses.
    let exempt = ["Samverkan/Validation/Rules/OutdatedCitationRule.swift"]
    for file in files where !file.hasPrefix("Samverkan/Law/") && !exempt.contains(file) {
      let text = try String(
        contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
      for stale in ["SoL 14 kap", "SoL 2 kap. 7", "SoL (2001:453)", "OSL 10 kap. 28 §\""] {
        #expect(!text.contains(stale), "\(file) types '\(stale)'")
      }
    }
  }

  @Test(
    "outdated-citation refuses the old Socialtjänstlag and names the paragraph that replaced it")
  func currentLawRule() throws {
    let old = OutdatedCitationRule.replacedCitation(in: "SoL 14 kap. 1 §, OSL 10 kap. 28 §")
    #expect(old?.hint == "skriv 'SoL 19 kap. 1 §'")
    #expect(
      OutdatedCitationRule.replacedCitation(in: "SoL 2 kap 7 §")?.hint
        == "skriv '\(Citation.sip.text)'")
    #expect(OutdatedCitationRule.replacedCitation(in: "SoL (2001:453)") != nil)
    #expect(OutdatedCitationRule.replacedCitation(in: Citation.reportingDuty) == nil)
    #expect(OutdatedCitationRule.replacedCitation(in: "OSL 25 kap. 12 §") == nil)
    // The old act by number alone, without "SoL", and SoL 2001:453 at the end of a long text.
    #expect(OutdatedCitationRule.replacedCitation(in: "Socialtjänstlagen (2001:453)") != nil)
    #expect(
      OutdatedCitationRule.replacedCitation(in: "Skollagen 2 kap. 25 §; HSL; SoL 2001:453") != nil)
  }

  @Test("a rule's cheap test for a word: bytes in a row, anywhere, ASCII only")
  func mayMention() {
    #expect("OSL 10 kap. 28 §, SoL 19 kap. 1 §".mayMention("SoL"))
    #expect("SoL".mayMention("SoL"))
    #expect("Socialtjänstlagen 2001:453".mayMention("2001:453"))
    #expect("2001:4532001:45".mayMention("2001:453"))
    #expect(!"Sol 19 kap. 1 §".mayMention("SoL"))
    #expect(!"HSL 2 kap.".mayMention("SoL"))
    #expect(!"".mayMention("kap"))
    #expect("å kap".mayMention("kap"))
    // OSL 25 kap. 12 § and 26 kap. 9 § (the health-social provisions), however they are written.
    #expect(HealthSocialProvisionRule.cites("OSL 25 kap. 12 §"))
    #expect(HealthSocialProvisionRule.cites("OSL 26 KAP 9 §"))
    #expect(!HealthSocialProvisionRule.cites("OSL 10 kap. 28 §"))
    #expect(!HealthSocialProvisionRule.cites("Samtycke (OSL)"))
  }

  @Test("every real map cites the law in force")
  func realMapsCiteCurrentLaw() throws {
    let folder = RealMaps.packageRoot.appendingPathComponent("Maps")
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path)
    where name.hasSuffix(".yaml") {
      let map = try MapLoader().load(folder.appendingPathComponent(name).path)
      #expect(OutdatedCitationRule().check(map).isEmpty, "\(name)")
      #expect(AcuteWayMissingRule().check(map).isEmpty, "\(name)")
    }
  }
}
