import Foundation
import Samverkan
import SamverkanRender
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The process view's picture read as data: its text never overlaps, every route it draws is there
/// once, and its key lists exactly what it uses.
@Suite("The process view's picture")
struct ProcessPictureTests {
  static let names = [
    "goteborg-norra-hisingen", "harryda", "molndal", "orebro", "partille",
    "stockholm-exempelkommun",
  ]

  /// A text's box, estimated from its anchor, baseline, size and length (Helvetica averages about
  /// half an em a letter; bold a little more).
  struct TextBox {
    var text: String
    var baseline: Double
    var minX, maxX, minY, maxY: Double

    /// Whether the boxes overlap. Two runs on one baseline are the spans of one line, which
    /// Graphviz set side by side by their real widths, so only their estimates could overlap.
    func overlaps(_ other: TextBox) -> Bool {
      if abs(baseline - other.baseline) < 0.01 { return false }
      let slack = 0.5
      return minX + slack < other.maxX && other.minX + slack < maxX && minY + slack < other.maxY
        && other.minY + slack < maxY
    }
  }

  static func picture(_ name: String) throws -> (map: CollaborationMap, svg: XMLDocument) {
    let map = try MapLoader().load(
      Fixture.packageRoot.appendingPathComponent("Maps/\(name).yaml").path)
    let graph = GraphDescription(map: map, view: .process)
    let data = try MapRenderer().render(graph, format: .svg).data
    return (map, try XMLDocument(data: data, options: []))
  }

  static func textBoxes(_ svg: XMLDocument) throws -> [TextBox] {
    try svg.nodes(forXPath: "//*[local-name()='text']").compactMap { node in
      guard let element = node as? XMLElement, let text = element.stringValue,
        !text.trimmingCharacters(in: .whitespaces).isEmpty,
        let x = element.value(of: "x").flatMap(Double.init),
        let y = element.value(of: "y").flatMap(Double.init),
        let size = element.value(of: "font-size").flatMap(Double.init)
      else { return nil }
      let bold = element.value(of: "font-weight") == "bold"
      let width = Double(text.count) * size * (bold ? 0.56 : 0.5)
      let minX: Double =
        switch element.value(of: "text-anchor") {
        case "middle": x - width / 2
        case "end": x - width
        default: x
        }
      return TextBox(
        text: text, baseline: y, minX: minX, maxX: minX + width, minY: y - size * 0.8,
        maxY: y + size * 0.2)
    }
  }

  /// The pairs of texts whose boxes overlap: `'remiss ●' × 'konsultation'`.
  static func overlaps(_ boxes: [TextBox]) -> [String] {
    var overlaps: [String] = []
    for (index, box) in boxes.enumerated() {
      for other in boxes[(index + 1)...] where box.overlaps(other) {
        overlaps.append("'\(box.text)' × '\(other.text)'")
      }
    }
    return overlaps
  }

  @Test("no two texts overlap", arguments: names)
  func noOverlap(name: String) throws {
    let boxes = try Self.textBoxes(try Self.picture(name).svg)
    #expect(boxes.count > 40)
    #expect(Self.overlaps(boxes) == [])
  }

  @Test("every route of the view is drawn once, with its label", arguments: names)
  func routesOnce(name: String) throws {
    let (map, svg) = try Self.picture(name)
    let view = try #require(ProcessView(map: map))
    let edges = try svg.nodes(forXPath: "//*[local-name()='g']")
      .compactMap { $0 as? XMLElement }
      .filter { $0.value(of: "class")?.split(separator: " ").first == "edge" }
      .compactMap { $0.value(of: "id") }
    #expect(edges.sorted() == view.flows.map { "route-\($0.route.id)" }.sorted())
  }

  @Test("the key lists exactly the kinds of line and the consent marks used", arguments: names)
  func legendMatches(name: String) throws {
    let (map, _) = try Self.picture(name)
    let view = try #require(ProcessView(map: map))
    let legend = Language.$override.withValue(.swedish) { ProcessLegend(view) }
    let meanings = legend.entries.map(\.meaning)
    let groups = Set(
      view.flows.filter { !$0.isEscalation }.map { MapStyle.edgeClass($0.route.channel) })
    #expect(meanings.count == Set(meanings).count)
    let usesConsent = view.flows.contains { $0.route.sharing == .consentRequired }
    #expect(meanings.contains { $0.hasPrefix("med vårdnadshavares samtycke") } == usesConsent)
    #expect(legend.entries.filter { $0.sample.contains("──▶") }.count == groups.count)
  }

  @Test("the title names the map, its review date and the report-of-concern rule")
  func title() throws {
    let (map, svg) = try Self.picture("molndal")
    let text = try svg.nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue)
      .joined(separator: " ")
    #expect(text.contains(map.name))
    #expect(text.contains("Granskad \(map.reviewed)"))
    #expect(text.contains("Orosanmälan") && text.contains("SoL 19 kap. 1 §"))
    #expect(text.contains("Teckenförklaring") && text.contains("Så når du dem"))
  }
}
