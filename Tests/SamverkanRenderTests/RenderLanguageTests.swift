import Foundation
import Samverkan
import Testing

@testable import SamverkanRender

/// Pictures, legends, reports and the renderer's messages in Swedish and in English.
@Suite("pictures and reports in Swedish and English")
struct RenderLanguageTests {
  private func inEach<T>(_ body: () throws -> T) rethrows -> (swedish: T, english: T) {
    (
      try Language.$override.withValue(.swedish, operation: body),
      try Language.$override.withValue(.english, operation: body)
    )
  }

  @Test("the graph's labels and tooltips follow the language")
  func graphLabels() throws {
    let map = try Fixture.molndal()
    let dot = inEach { DOTWriter().write(GraphDescription(map: map)) }
    // Tooltips carry consent and the law; the title's band names the duties; a unit inside its
    // own box is "(enheten)".
    for word in [
      "Granskad", "med vårdnadshavares samtycke", "Lagstöd: ", "Mandat: ", "<B>Orosanmälan</B>",
      "Begäran om SIP i kartan från", "<B>(enheten)</B>",
    ] {
      #expect(dot.swedish.contains(word), "\(word)")
      #expect(!dot.english.contains(word), "\(word)")
    }
    for word in [
      "Reviewed", "with the guardians' consent", "Legal basis: ", "Mandate: ", "referral",
      "<B>Report of concern</B>", "Requests for a SIP in the map from", "<B>(the unit itself)</B>",
    ] {
      #expect(dot.english.contains(word), "\(word)")
    }
    #expect(dot.swedish.contains("(planerad)") && dot.english.contains("(planned)"))
  }

  @Test("the legend's headings and marks follow the language")
  func legend() throws {
    let map = try Fixture.molndal()
    let legend = inEach { () -> [String] in
      let legend = MapLegend(map: map)
      return (legend.sectors + legend.routes + legend.marks).map(\.label)
        + [String(describing: legend.element(x: 0, y: 0, width: 800).group)]
    }
    #expect(legend.swedish.contains("● och öppen pilspets: samtycke krävs"))
    #expect(legend.swedish.contains("§: utan samtycke, med lagstöd"))
    #expect(legend.swedish.contains("remiss, egen vårdbegäran"))
    // Mölndal's reports of concern are all duties in the title's band, not lines in the legend.
    #expect(
      !legend.swedish.contains("orosanmälan") && !legend.english.contains("report of concern"))
    #expect(legend.swedish.last?.contains("Teckenförklaring") == true)
    #expect(legend.english.contains("● and open arrowhead: consent needed"))
    #expect(legend.english.contains("§: without consent, with support in law"))
    #expect(legend.english.contains("referral, own care request"))
    #expect(legend.english.contains("dashed box or arrow: planned"))
    #expect(legend.english.last?.contains(">Legend<") == true)
  }

  @Test("the report page says its language and has its headings and columns in it")
  func report() throws {
    let map = try Fixture.molndal()
    let finding = Diagnostic(.warning, rule: "x", message: "m")
    let page = inEach { MapReport(map: map, diagnostics: [finding], svg: "<svg/>").html }
    #expect(page.swedish.contains("<html lang=\"sv\">"))
    #expect(page.swedish.contains("<th>Allvar</th><th>Regel</th><th>Fynd</th><th>Plats</th>"))
    #expect(page.swedish.contains("<td data-label=\"Allvar\">varning</td>"))
    #expect(page.english.contains("<html lang=\"en\">"))
    #expect(page.english.contains("<h2>Escalation ladder: "))
    #expect(
      page.english.contains("<th>Severity</th><th>Rule</th><th>Finding</th><th>Position</th>"))
    #expect(page.english.contains("<td data-label=\"Severity\">warning</td>"))
    let markdown = inEach {
      MapReport(map: map, diagnostics: [], svg: "").markdown(svgFile: "m.svg")
    }
    #expect(markdown.swedish.contains("Kartan klarar alla regler."))
    #expect(markdown.english.contains("The map passes every rule."))
    #expect(markdown.english.contains("| Actor | Concerns | Severity | Ages | Basis |"))
    let index = inEach {
      ReportIndex(entries: [.init(map: map, errors: 0, warnings: 1, page: "m/index.html")]).html
    }
    #expect(index.swedish.contains("<html lang=\"sv\">") && index.swedish.contains("Varningar"))
    #expect(index.english.contains("<html lang=\"en\">") && index.english.contains("Warnings"))
  }

  @Test("the embeddable SVG's label and description follow the language")
  func embedded() throws {
    let map = try Fixture.molndal()
    let picture = try MapRenderer().render(map, format: .svg).data
    let svg = try inEach {
      String(decoding: try SVGEmbedder().embed(picture, map: map).data, as: UTF8.self)
    }
    #expect(svg.swedish.contains(": karta &#xF6;ver samverkan\""))
    #expect(svg.swedish.contains("aktörer,"))
    #expect(svg.english.contains(": map of collaboration\""))
    #expect(svg.english.contains(" actors, "))
  }

  @Test("Graphviz errors and the renderer's notes are in the language, Graphviz's words as written")
  func messages() throws {
    let error = GraphvizError.lostEdges(count: 2, messages: ["trouble in init_rank"])
    let text = inEach { error.description }
    #expect(
      text.swedish
        == "Graphviz tappade 2 pil(ar) i alla layouter som prövades: trouble in init_rank")
    #expect(text.english == "Graphviz lost 2 edge(s) in every layout tried: trouble in init_rank")
    let graph = GraphDescription(map: try Fixture.molndal())
    let notes = inEach { MapRenderer.attempts(for: graph).compactMap(\.note) }
    #expect(notes.swedish.last?.contains("utan organisationsramar") == true)
    #expect(notes.english.last?.contains("without organisation boxes") == true)
  }

  @Test("a region's overview is named in the language")
  func overviewName() throws {
    let map = try Fixture.molndal()
    let name = inEach { RegionOverview(template: map, municipalities: []).name }
    #expect(name.swedish == "Mölndals stad: översikt")
    #expect(name.english == "Mölndals stad: overview")
  }
}
