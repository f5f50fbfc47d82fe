import Foundation
import Testing

private let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
  .first { FileManager.default.isExecutableFile(atPath: $0) }

@Suite("report writes pages a person can read")
struct ReportCommandTests {
  /// Reports for Mölndal and Partille in a new folder.
  private func reports() throws -> URL {
    let folder = try CommandRunner.temporaryFolder()
    let result = try CommandRunner.run(
      ["report", "Maps/molndal.yaml", "Maps/partille.yaml", "-o", folder.path])
    #expect(result.status == 0, "\(result.stderr)")
    return folder
  }

  @Test("each map gets index.html, report.md and map.svg, and an index links them")
  func files() throws {
    let folder = try reports()
    for map in ["molndal", "partille"] {
      let files = try FileManager.default.contentsOfDirectory(
        atPath: folder.appendingPathComponent(map).path)
      #expect(Set(files) == ["index.html", "report.md", "map.svg"])
    }
    let index = try String(
      contentsOf: folder.appendingPathComponent("index.html"), encoding: .utf8)
    #expect(index.contains("href=\"molndal/index.html\""))
    #expect(index.contains("href=\"partille/index.html\""))
    let page = try String(
      contentsOf: folder.appendingPathComponent("molndal/index.html"), encoding: .utf8)
    #expect(!page.contains("<?xml"), "the SVG is embedded without its prolog")
    #expect(!page.contains("<script"))
  }

  @Test(
    "headless Chromium renders the page with the map in it, and the screenshot is not blank",
    .enabled(if: chromium != nil, "no chromium here; CI installs Debian's chromium"))
  func inABrowser() throws {
    let folder = try reports()
    let page = folder.appendingPathComponent("molndal/index.html")
    let browser = URL(fileURLWithPath: try #require(chromium))
    let flags = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"]
    let dom = try CommandRunner.run(browser, flags + ["--dump-dom", page.absoluteString])
    #expect(dom.status == 0)
    #expect(dom.stdout.contains("<svg"))
    #expect(dom.stdout.contains("role=\"img\""))
    #expect(dom.stdout.contains("Vårdcentral med tilläggsuppdrag"))
    #expect(dom.stdout.contains("<h2>Mandat</h2>"))
    let shot = folder.appendingPathComponent("shot.png")
    let taken = try CommandRunner.run(
      browser,
      flags + ["--window-size=1400,1100", "--screenshot=\(shot.path)", page.absoluteString])
    #expect(taken.status == 0)
    let png = try Data(contentsOf: shot)
    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    // A blank 1400×1100 page compresses to a few kB; the map and tables take far more.
    #expect(png.count > 60_000, "the screenshot is \(png.count) bytes: is the page blank?")
  }
}
