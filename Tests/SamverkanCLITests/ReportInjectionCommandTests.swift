import Foundation
import Testing

@Suite("Report command: map text written into report.md and index.html stays text")
struct ReportInjectionCommandTests {
  @Test("the hostile fixture's names, contacts, bases and ladders are escaped in both reports")
  func hostileReport() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try CommandRunner.run(
      [
        "report", "\(HostileFixtures.folder)/report-markup-injection.yaml", "-o", folder.path,
        "--no-cache",
      ], timeout: 60)
    #expect(result.status == 0, "\(result.stderr)")
    let report = folder.appendingPathComponent("report-markup")
    let markdown = try String(
      contentsOf: report.appendingPathComponent("report.md"), encoding: .utf8)
    let page = try String(
      contentsOf: report.appendingPathComponent("index.html"), encoding: .utf8)
    #expect(!markdown.contains("<"), "\(markdown)")
    #expect(!markdown.lowercased().contains("javascript:"))
    #expect(markdown.components(separatedBy: "](").count == 2, "\(markdown)")
    #expect(markdown.contains("\\[klicka\\]"))
    // The picture draws the texts as they are written, as text nodes; outside it, no script
    // URL may be in the page's source at all.
    let figure = try #require(page.range(of: "<figure")?.lowerBound)
    let figureEnd = try #require(page.range(of: "</figure>")?.upperBound)
    let outside = String(page[..<figure] + page[figureEnd...]).lowercased()
    for banned in ["javascript:", "onerror=", "onmouseover=", "onload="] {
      #expect(!outside.contains(banned), "\(banned) in \(outside)")
    }
    let lower = page.lowercased()
    for banned in [
      "<img", "<script", "<iframe", "<b ", "evil.example/'>",
    ] {
      #expect(!lower.contains(banned), "\(banned) survived")
    }
    #expect(page.contains("<meta http-equiv=\"Content-Security-Policy\""))
    #expect(page.components(separatedBy: "<meta http-equiv").count == 2)
  }
}
