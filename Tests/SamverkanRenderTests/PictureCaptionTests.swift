import Foundation
import Samverkan
import SamverkanRender
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Every output of `render` is complete: the title, the review date, the sources and the key are
/// in the picture itself, so SVG, PNG and PDF carry them alike, in both views of all six maps —
/// and the key is drawn once, also in the embeddable SVG that draws its own.
@Suite("Title, review date, sources and key in every picture")
struct PictureCaptionTests {
  static let names = ProcessPictureTests.names

  static func map(_ name: String) throws -> CollaborationMap {
    try MapLoader().load(Fixture.packageRoot.appendingPathComponent("Maps/\(name).yaml").path)
  }

  /// What a reader must find in the picture of `map`: its name, "Granskad <date>", every source's
  /// title, and the key's heading (the process view's "Teckenförklaring", the network's too).
  static func expectCaption(_ text: String, of map: CollaborationMap, _ at: String) {
    #expect(text.contains(map.name), "\(at)")
    #expect(text.contains("Granskad \(map.reviewed)"), "\(at)")
    #expect(!map.sources.isEmpty, "every map in Maps/ names its sources")
    // The source line wraps at spaces, so its words are compared with the runs of space between.
    let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    for source in map.sources {
      let title = source.shown.split(whereSeparator: \.isWhitespace).joined(separator: " ")
      #expect(words.contains(title), "\(at): source \(source.shown)")
    }
    #expect(words.contains("Källor:"), "\(at)")
    #expect(
      text.components(separatedBy: "Teckenförklaring").count - 1 == 1, "\(at): the key, once")
  }

  @Test("SVG: both views carry name, review date, sources and the key", arguments: names)
  func svg(name: String) throws {
    let map = try Self.map(name)
    for view in MapView.allCases {
      let svg = try Language.$override.withValue(.swedish) {
        try SVGPicture(
          MapRenderer().render(GraphDescription(map: map, view: view), format: .svg).data)
      }
      Self.expectCaption(try svg.allText(), of: map, "\(name) \(view) SVG")
    }
  }

  @Test(
    "the network's key lists exactly the sectors, kinds of route and marks used", arguments: names)
  func networkKey(name: String) throws {
    let map = try Self.map(name)
    let (svg, key) = try Language.$override.withValue(.swedish) {
      (
        try SVGPicture(
          MapRenderer().render(GraphDescription(map: map, view: .network), format: .svg).data),
        NetworkLegend(map: map)
      )
    }
    let text = try svg.allText()
    for entry in key.sectors + key.routes + key.marks {
      #expect(text.contains(entry.label), "\(name): \(entry.label)")
    }
    // Sectors not on the map are not in its key ("Familj" only where guardians are drawn).
    for sector in Sector.allCases where !map.actors.contains(where: { $0.sector == sector }) {
      let word = Language.$override.withValue(.swedish) { sector.name }
      #expect(!key.sectors.contains { $0.label == word }, "\(name): \(word)")
    }
  }

  @Test(
    "PDF and PNG are drawn with the same title and key",
    .enabled(if: PDFPages.available, "no pdftotext here; scripts/bootstrap installs poppler-utils"),
    arguments: names)
  func pdfAndPNG(name: String) throws {
    let map = try Self.map(name)
    for view in MapView.allCases {
      let graph = Language.$override.withValue(.swedish) { GraphDescription(map: map, view: view) }
      let pdf = try PDFPages(MapRenderer().render(graph, format: .pdf).data)
      #expect(pdf.pages.count == 1)
      Self.expectCaption(
        pdf.pages.map(\.text).joined(separator: " "), of: map, "\(name) \(view) PDF")
      // The PNG is the same picture: 96 pixels an inch of the SVG's size in points.
      let svg = try MapRenderer().render(graph, format: .svg).data
      let root = try #require(try XMLDocument(data: svg, options: []).rootElement())
      let width = try #require(
        Double(root.value(of: "width")?.replacingOccurrences(of: "pt", with: "") ?? ""))
      let png = try MapRenderer().render(graph, format: .png).data
      #expect(png.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
      let pixels = png.subdata(in: 16..<20).reduce(0) { $0 << 8 | Int($1) }
      #expect(abs(Double(pixels) - width * 96 / 72) < 3, "\(name) \(view): \(pixels) px")
    }
  }

  @Test("the embeddable SVG draws its own key and not the picture's: one key")
  func embeddedOnce() throws {
    let map = try Fixture.molndal()
    let text = try Language.$override.withValue(.swedish) {
      let picture = try MapRenderer().render(
        GraphDescription(map: map, view: .network, drawsKey: false), format: .svg)
      return try SVGPicture(SVGEmbedder().embed(picture.data, map: map).data).allText()
    }
    #expect(text.components(separatedBy: "Teckenförklaring").count - 1 == 1)
    #expect(text.contains("Granskad \(map.reviewed)"))
  }
}
