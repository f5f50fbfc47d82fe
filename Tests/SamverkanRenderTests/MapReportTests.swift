import Foundation
import Samverkan
import SamverkanRender
import Testing

@Suite("A municipality's report as HTML and Markdown")
struct MapReportTests {
  private func report(diagnostics: [Diagnostic] = []) throws -> MapReport {
    MapReport(
      map: try Fixture.molndal(), diagnostics: diagnostics, svg: "<svg id=\"molndal-graph0\"/>")
  }

  @Test("the page holds the picture, the mandate table, the contacts and the ladder")
  func html() throws {
    let page = try report().html
    #expect(page.hasPrefix("<!DOCTYPE html>"))
    #expect(page.contains("<figure class=\"map\"><svg id=\"molndal-graph0\"/></figure>"))
    #expect(page.contains("<html lang=\"sv\">"))
    #expect(
      page.contains(">Vårdcentral med tilläggsuppdrag för ungas psykiska hälsa (UPH)</td>"))
    #expect(page.contains("<h2>Trappa: Problematisk skolfrånvaro</h2>"))
    #expect(page.contains("Kartan klarar alla regler."))
    #expect(page.contains("prefers-color-scheme: dark"))
  }

  /// The text of the page a reader sees: tags and the style sheet taken out.
  private func visibleText(_ page: String) -> String {
    let body = String(page[try! #require(page.range(of: "<body>")).upperBound...])
    return body.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
  }

  @Test("on a phone every table row is a card: each cell names its column, hidden rows stay hidden")
  func cards() throws {
    let page = try report().html
    let tables = page.components(separatedBy: "<table").dropFirst()
    #expect(tables.count >= 4, "routes, reach, mandates, findings")
    for table in tables {
      let header = table.components(separatedBy: "<th>").dropFirst().map {
        String($0[..<$0.range(of: "</th>")!.lowerBound])
      }
      for row in table.components(separatedBy: "<tr><td").dropFirst() {
        let labels = ("<td" + row).components(separatedBy: "<td data-label=\"").dropFirst().map {
          String($0[..<$0.firstIndex(of: "\"")!])
        }
        #expect(labels == header, "\(row.prefix(120))")
      }
    }
    #expect(page.contains("td::before{content:attr(data-label)"))
    // The search hides rows with `hidden`; the cards' `display:block` must not show them again.
    #expect(page.contains("[hidden]{display:none!important}"))
  }

  @Test("the routes table lists every usable route but the duties once, with names, by sender")
  func routes() throws {
    let map = try Fixture.molndal()
    let page = try report().html
    let expected = map.routes.filter {
      map.isUsable($0) && ![.reportOfConcern, .sipInvitation, .sipRequest].contains($0.channel)
    }
    #expect(!expected.isEmpty)
    let start = try #require(page.range(of: "<section id=\"vagar\">")).upperBound
    let end = try #require(page.range(of: "</section>", range: start..<page.endIndex)).lowerBound
    // The cells' column names (for the cards a phone shows) are checked in `cards()`.
    let table = String(page[start..<end]).replacingOccurrences(
      of: " data-label=\"[^\"]*\"", with: "", options: .regularExpression)
    let rows = table.components(separatedBy: "<tr><td>").dropFirst()
    #expect(rows.count == expected.count)
    for route in expected {
      let from = try #require(map.actor(route.from)).name
      let to = try #require(map.actor(route.to)).name
      let cells =
        "<tr><td>\(UnsafeText.html(from))</td><td>\(UnsafeText.html(to))</td>"
        + "<td>\(UnsafeText.html(route.channel.name))</td>"
        + "<td>\(UnsafeText.html(route.sharing.name))</td>"
      #expect(table.contains(cells), "\(route.id)")
    }
    // molndal.yaml: the school's parent is the municipality, Mölndals stad; BUP's is the region.
    #expect(table.contains("<h3>Från Mölndals stad</h3>"))
    #expect(table.contains("<h3>Från Västra Götalandsregionen</h3>"))
    // The report of concern has its own section, with its law: SoL 19 kap. 1 § (SoL 2025:400).
    #expect(page.contains("<h2>Orosanmälan och SIP</h2>"))
    #expect(page.contains("SoL 19 kap. 1 §"))
    #expect(!page.contains("SoL 14 kap"), "never the old SoL 2001:453")
  }

  @Test("the page names its sources by title, its headings in order, and no file names")
  func headingsAndSources() throws {
    let page = try report().html
    let text = visibleText(page)
    // seeds/README.md: 000 is the FoU Nordväst follow-up (2022).
    #expect(text.contains("FoU Nordväst: uppföljning av samverkan kring skolfrånvaro (2022)"))
    #expect(text.contains("Samverkans regler och gällande lag (domain.md)"))
    #expect(!text.contains("seeds/"))
    #expect(!text.contains("Kontaktvägar"))
    let headings = [
      "<h2>Vem kontaktar vem</h2>", "<h2>Orosanmälan och SIP</h2>", "<h2>Så når du dem</h2>",
      "<h2>Mandat</h2>", "<h2>Nätverket: alla aktörer och vägar</h2>", "<h2>Granskning</h2>",
    ]
    let places = try headings.map { try #require(page.range(of: $0), "\($0)").lowerBound }
    #expect(places == places.sorted())
    // Rektor på elevens skola is the school's contact role in molndal.yaml.
    #expect(page.contains("Rektor på elevens skola"))
  }

  @Test("the process picture has its own heading; the search script is a file, never inline")
  func processAndScript() throws {
    let map = try Fixture.molndal()
    let page = MapReport(
      map: map, diagnostics: [], svg: "<svg id=\"molndal-graph0\"/>",
      processSVG: "<svg id=\"molndal-process-graph0\"/>", indexLink: "../index.html"
    ).html
    #expect(
      page.contains(
        "<h2>Processen: vem gör vad i varje steg</h2>\n<figure class=\"map\"><svg id=\"molndal-process-graph0\"/>"
      ))
    #expect(page.contains("<a href=\"../index.html\">← Alla kartor</a>"))
    #expect(page.components(separatedBy: "<script").count == 2)
    #expect(page.contains("<script src=\"report.js\" defer></script>"))
    #expect(page.contains("script-src 'self'"))
    #expect(page.contains("script-src 'self';"), "the script file only, never inline script")
    #expect(page.contains("<p class=\"search\" hidden>"), "without the script no dead field")
    #expect(page.contains("@page{size:A4 landscape"))
    #expect(MapReport.script.contains("getElementById(\"sok\")"))
  }

  @Test("in English the page and its headings are English")
  func english() throws {
    let page = try Language.$override.withValue(.english) { try report().html }
    #expect(page.contains("<html lang=\"en\">"))
    #expect(page.contains("<h2>How to reach them</h2>"))
    #expect(page.contains("<h2>Who contacts whom</h2>"))
  }

  @Test("text from the map and the findings is escaped")
  func escaping() throws {
    let finding = Diagnostic(
      .warning, rule: "x", message: "<script>alert(1)</script> & \"quotes\"",
      location: SourceLocation(file: "f", line: 3, column: 4))
    let page = try report(diagnostics: [finding]).html
    #expect(!page.contains("<script>"))
    #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"))
  }

  @Test("the Markdown links the picture and keeps table cells whole")
  func markdown() throws {
    let text = try report().markdown(svgFile: "map.svg")
    #expect(text.contains("![Mölndals stad](map.svg)"))
    #expect(text.contains("## Vem kontaktar vem"))
    #expect(text.contains("## Så når du dem"))
    #expect(!text.contains("seeds/"))
    #expect(text.contains("| Aktör | Frågor | Svårighetsgrad | Ålder | Grund |"))
    #expect(text.contains("## Trappa: Problematisk skolfrånvaro"))
  }
}
