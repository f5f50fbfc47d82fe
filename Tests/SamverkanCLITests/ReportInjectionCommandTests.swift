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
    // The only links are the two pictures' own: the process and the network.
    #expect(markdown.components(separatedBy: "](").count == 3, "\(markdown)")
    #expect(markdown.contains("](process.svg)") && markdown.contains("](map.svg)"))
    #expect(markdown.contains("\\[klicka\\]"))
    // The picture draws the texts as they are written, as text nodes; outside it, no script
    // URL may be in the page's source at all.
    let outside = page.replacingOccurrences(
      of: "(?s)<figure.*?</figure>", with: "", options: .regularExpression
    ).lowercased()
    #expect(page.components(separatedBy: "<figure").count == 3, "the process and the network")
    for banned in ["javascript:", "onerror=", "onmouseover=", "onload="] {
      #expect(!outside.contains(banned), "\(banned) in \(outside)")
    }
    // The page's one script is its own file, report.js.
    #expect(page.components(separatedBy: "<script").count == 2)
    let lower = page.replacingOccurrences(
      of: "<script src=\"report.js\" defer></script>", with: ""
    ).lowercased()
    for banned in [
      "<img", "<script", "<iframe", "<b ", "evil.example/'>",
    ] {
      #expect(!lower.contains(banned), "\(banned) survived")
    }
    #expect(page.contains("<meta http-equiv=\"Content-Security-Policy\""))
    #expect(page.components(separatedBy: "<meta http-equiv").count == 2)
  }
}
