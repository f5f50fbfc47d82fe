import Foundation
import Testing

private let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
  .first { FileManager.default.isExecutableFile(atPath: $0) }

/// Debian's Python with `python3-selenium`, when it and `chromium-driver` are installed
/// (scripts/bootstrap installs both).
private let seleniumPython: URL? = {
  guard FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver"),
    FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium")
  else { return nil }
  let python = URL(fileURLWithPath: "/usr/bin/python3")
  guard let probe = try? CommandRunner.run(python, ["-c", "import selenium"]), probe.status == 0
  else { return nil }
  return python
}()

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
      #expect(Set(files) == ["index.html", "report.md", "map.svg", "process.svg", "report.js"])
    }
    let index = try String(
      contentsOf: folder.appendingPathComponent("index.html"), encoding: .utf8)
    #expect(index.contains("href=\"molndal/index.html\""))
    #expect(index.contains("href=\"partille/index.html\""))
    let page = try String(
      contentsOf: folder.appendingPathComponent("molndal/index.html"), encoding: .utf8)
    #expect(!page.contains("<?xml"), "the SVG is embedded without its prolog")
    #expect(page.components(separatedBy: "<script").count == 2, "one script: report.js")
    #expect(page.contains("<script src=\"report.js\" defer></script>"))
    #expect(page.contains("<a href=\"../index.html\">"), "a link back to the index")
    #expect(!page.contains("seeds/0"), "sources by title, not by file")
    #expect(page.contains("id=\"molndal-process-graph0\""))
    #expect(page.contains("id=\"molndal-graph0\""))
  }

  @Test(
    "a reader at 400 and 1,400 px sees no page wider than the window, finds BUP, prints A4",
    .enabled(
      if: seleniumPython != nil,
      "needs /usr/bin/chromium, /usr/bin/chromedriver and python3-selenium (scripts/bootstrap)"))
  func asAReader() throws {
    let folder = try reports()
    let shots = try CommandRunner.temporaryFolder()
    let script = CommandRunner.packageRoot.appendingPathComponent(
      "scripts/check-report-in-browser.py")
    let run = try CommandRunner.run(
      try #require(seleniumPython),
      [script.path, folder.appendingPathComponent("molndal/index.html").path, shots.path])
    #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
    let measured = try #require(
      try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let widths = try #require(measured["widths"] as? [String: [String: Any]])
    for width in ["400", "1400"] {
      let at = try #require(widths[width])
      let scroll = try #require(at["scrollWidth"] as? Int)
      let inner = try #require(at["innerWidth"] as? Int)
      #expect(scroll <= inner, "at \(width) px the page is \(scroll) px wide")
      // A phone shows each table row as a card; no table scrolls sideways in its box.
      #expect(
        at["tablesScrolling"] as? Int == 0,
        "at \(width) px \(at["tablesScrolling"] ?? "?") tables scroll")
      #expect(at["searchShown"] as? Bool == true, "the script ran under the page's CSP")
      // molndal.yaml: BUP is in the mandates and in routes to and from it, not in every row.
      let rows = try #require(at["rows"] as? Int)
      let found = try #require(at["rowsAfterSearch"] as? Int)
      #expect(found > 0 && found < rows, "\(found) of \(rows) rows after searching BUP")
      print("screenshot: \(at["screenshot"] ?? "")")
      print("screenshot: \(at["routesScreenshot"] ?? "")")
    }
    let printed = try #require(measured["print"] as? [String: Any])
    let pageWidth = try #require(printed["pageWidth"] as? Double)
    let pictures = try #require(printed["pictures"] as? [[String: Double]])
    #expect(pictures.count == 2, "the process and the network")
    for picture in pictures {
      #expect((picture["left"] ?? -1) >= 0)
      #expect((picture["right"] ?? .infinity) <= pageWidth, "the picture is cut at the edge")
    }
    let pdf = try #require(measured["pdf"] as? [String: Any])
    print("pdf: \(pdf["path"] ?? "")")
    let pages = try #require(pdf["pages"] as? Int)
    #expect((1...20).contains(pages), "\(pages) pages")
    // A4 landscape in PDF points: 842 × 595.
    let first = try #require(pdf["firstPage"] as? [Double])
    #expect(abs(first[0] - 842) < 2 && abs(first[1] - 595) < 2, "\(first)")
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
