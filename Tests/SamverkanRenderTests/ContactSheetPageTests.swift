import Foundation
import Samverkan
import SamverkanRender
import Testing

/// The contact sheet as pages: Markdown, HTML that prints on one A4 page, and a PDF from libgvc.
@Suite("The contact sheet's pages")
struct ContactSheetPageTests {
  static func page() throws -> ContactSheetPage {
    ContactSheetPage(sheet: try #require(ContactSheet(map: try Fixture.molndal())))
  }

  /// The `/MediaBox [x0 y0 x1 y1]` of a PDF's first page.
  static func mediaBox(_ pdf: Data) throws -> [Double] {
    let text = String(decoding: pdf, as: UTF8.self)
    let start = try #require(text.range(of: "/MediaBox ["))
    let numbers = text[start.upperBound...].prefix { $0 != "]" }
    return numbers.split(separator: " ").compactMap { Double($0) }
  }

  @Test("Markdown: a table of concerns by severity, then the rules")
  func markdown() throws {
    let text = try Self.page().markdown
    #expect(text.hasPrefix("# Vem kontaktar jag?\n"))
    #expect(
      text.contains("\n| Fråga | Lindrig | Måttlig | Allvarlig |\n| --- | --- | --- | --- |\n"))
    // Seven rows: absence, mental health, NPF, substance use, parenting, learning, somatic health.
    #expect(text.components(separatedBy: "\n| **").count - 1 == 7)
    #expect(text.contains("| **Psykisk ohälsa** | **Vårdcentral med tilläggsuppdrag"))
    #expect(text.contains("- **Orosanmälan** till socialtjänsten när som helst"))
  }

  @Test("HTML: a standalone Swedish page without scripts, its print style one A4 page")
  func html() throws {
    let html = try Self.page().html
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"sv\">"))
    #expect(html.contains("@page{size:A4"))
    #expect(html.contains("Content-Security-Policy"))
    #expect(!html.lowercased().contains("<script"))
    #expect(html.contains("SoL 19 kap. 1 §"))
    // Mölndal's absence answer is the same at every severity: one cell over three columns.
    #expect(html.contains("<td colspan=\"3\"><strong>Socialtjänstens öppenvård"))
    let english = try Language.$override.withValue(.english) { try Self.page().html }
    #expect(english.contains("<html lang=\"en\">"))
    #expect(english.contains("<h1>Who do I contact?</h1>"))
  }

  @Test("PDF: drawn by libgvc, no wider than A4 (595 pt) and no taller (842 pt); the PNG too")
  func pdf() throws {
    let page = try Self.page()
    let rendered = try page.pdf(renderer: MapRenderer())
    #expect(rendered.data.starts(with: Array("%PDF".utf8)))
    let box = try Self.mediaBox(rendered.data)
    #expect(box.count == 4)
    #expect(box[2] - box[0] <= 595, "\(box)")
    #expect(box[3] - box[1] <= 842, "\(box)")
    // Wide enough to read: the table is 566 pt of the page (a sheet drawn too small would be
    // shrunk text).
    #expect(box[2] - box[0] >= 500, "\(box)")
    let png = try MapRenderer().render(GraphDescription(contactSheet: page.sheet), format: .png)
    #expect(png.data.starts(with: [0x89, 0x50, 0x4E, 0x47]))
  }

  @Test(
    "every real map's sheet fits one A4 page, a web address in it too",
    arguments: [
      "goteborg-norra-hisingen", "harryda", "molndal", "orebro", "partille",
      "stockholm-exempelkommun",
    ])
  func everyMapFitsA4(name: String) throws {
    // Maps/goteborg-norra-hisingen.yaml names social services' report page by a 120-character
    // address, which must break rather than widen the page.
    let map = try MapLoader().load(
      Fixture.packageRoot.appendingPathComponent("Maps/\(name).yaml").path)
    let page = ContactSheetPage(sheet: try #require(ContactSheet(map: map)))
    let box = try Self.mediaBox(try page.pdf(renderer: MapRenderer()).data)
    #expect(box.count == 4 && box[2] - box[0] <= 595 && box[3] - box[1] <= 842, "\(name): \(box)")
  }
}
