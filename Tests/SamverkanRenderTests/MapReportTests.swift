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
    #expect(
      page.contains("<td>Vårdcentral med tilläggsuppdrag för ungas psykiska hälsa (UPH)</td>"))
    #expect(page.contains("<h2>Trappa: Problematisk skolfrånvaro</h2>"))
    #expect(page.contains("Kartan klarar alla regler."))
    #expect(page.contains("prefers-color-scheme: dark"))
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
    #expect(text.contains("| Aktör | Frågor | Svårighetsgrad | Ålder | Grund |"))
    #expect(text.contains("## Trappa: Problematisk skolfrånvaro"))
  }
}
