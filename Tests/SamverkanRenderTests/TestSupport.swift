import Foundation
import Samverkan
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Paths and fixtures shared by the render tests.
enum Fixture {
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static var molndalPath: String { packageRoot.appendingPathComponent("Maps/molndal.yaml").path }

  static func molndal() throws -> CollaborationMap { try MapLoader().load(molndalPath) }

  static let reviewed = ReviewDate(year: 2026, month: 11, day: 23)

  /// An SVG written to attack a page it is embedded in: script, handlers, style imports,
  /// foreign HTML, script and data links, animation that sets a link, and harmless parts that
  /// must stay (a tel: link, a gradient used by id).
  static let foreignSVG = """
    <?xml version="1.0"?>
    <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
    <!-- a comment -->
    <svg width="100pt" height="50pt" viewBox="0 0 100 50" onload="alert(1)"
     xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
    <?xml-stylesheet href="evil.css"?>
    <script>alert(1)</script>
    <style>@import url(https://evil.example/x.css);</style>
    <g id="graph0" class="graph"><title>x</title>
    <foreignObject><div xmlns="http://www.w3.org/1999/xhtml">hi</div></foreignObject>
    <a xlink:href="javascript:alert(1)"><text onclick="alert(1)">a</text></a>
    <a href="data:text/html,x"><text>b</text></a>
    <a xlink:href="tel:+4631000000"><text>c</text></a>
    <rect style="fill:url(javascript:alert(1))" width="1" height="1"/>
    <set attributeName="href" to="javascript:alert(1)"/>
    <linearGradient id="l_0"/><rect fill="url(#l_0)" width="1" height="1"/>
    <use xlink:href="#l_0"/>
    </g></svg>
    """

  /// A map larger than any real one: `organisations` organisations, each with two nested units
  /// holding `perUnit` functions, and `routes` labelled routes between random actors.
  static func clusteredMap(
    organisations: Int = 6, perUnit: Int = 5, routes: Int = 200, seed: UInt64 = 42
  ) throws -> CollaborationMap {
    var actors: [Actor] = []
    let sectors: [Sector] = [.school, .socialServices, .healthCare, .family, .other]
    for o in 0..<organisations {
      let sector = sectors[o % sectors.count]
      actors.append(
        Actor(id: "org-\(o)", name: "Organisation \(o)", kind: .organisation, sector: sector))
      for u in 0..<2 {
        actors.append(
          Actor(
            id: "unit-\(o)-\(u)", name: "Enhet \(o).\(u)", kind: .unit, sector: sector,
            parent: "org-\(o)"))
        for f in 0..<perUnit {
          actors.append(
            Actor(
              id: "fn-\(o)-\(u)-\(f)", name: "Funktion \(o).\(u).\(f)", kind: .function,
              sector: sector, parent: "unit-\(o)-\(u)"))
        }
      }
    }
    var generator = SplitMix(seed: seed)
    let channels = Channel.allCases
    let routeList = (0..<routes).map { index in
      let from = actors[Int(generator.next() % UInt64(actors.count))].id
      let to = actors[Int(generator.next() % UInt64(actors.count))].id
      return Route(
        id: "route-\(index)", from: from, to: to,
        channel: channels[Int(generator.next() % UInt64(channels.count))],
        purpose: "Syfte \(index)", sharing: index % 3 == 0 ? .consentRequired : .notApplicable)
    }
    return CollaborationMap(
      id: "storkarta", name: "Stor karta", reviewed: try #require(reviewed), actors: actors,
      routes: routeList)
  }
}

/// A small deterministic random number generator for fixtures.
struct SplitMix: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// An SVG parsed as XML, with the lookups a reader of the map would make.
struct SVGPicture {
  let document: XMLDocument

  init(_ data: Data) throws {
    document = try XMLDocument(data: data, options: [])
  }

  /// The `<g>` groups whose class list contains `className`.
  func groups(ofClass className: String) throws -> [XMLElement] {
    try document.nodes(forXPath: "//*[local-name()='g']").compactMap { $0 as? XMLElement }
      .filter { ($0.value(of: "class") ?? "").split(separator: " ").contains(Substring(className)) }
  }

  /// The routes a drawn edge stands for: the ids its class names as `route-<id>` (a network edge
  /// merges the parallel routes between two actors), in order.
  func routeIDs(of edge: XMLElement) -> [String] {
    (edge.value(of: "class") ?? "").split(separator: " ").filter { $0.hasPrefix("route-") }
      .map { String($0.dropFirst("route-".count)) }
  }

  /// All text drawn in the picture.
  func allText() throws -> String {
    try document.nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue)
      .joined(separator: " ")
  }

  /// The text of a group's `<title>` child.
  func title(of group: XMLElement) -> String? {
    group.elements(forName: "title").first?.stringValue
  }

  /// All text drawn inside a group.
  func text(of group: XMLElement) throws -> String {
    try group.nodes(forXPath: ".//*[local-name()='text']").compactMap(\.stringValue).joined(
      separator: " ")
  }
}

extension XMLElement {
  /// An attribute's value. (FoundationXML's `attribute(forName:)` finds nothing on elements in
  /// SVG's default namespace, so look through the list.)
  func value(of attribute: String) -> String? {
    attributes?.first { $0.name == attribute }?.stringValue
  }
}

extension XMLNode {
  /// The name after its namespace prefix. (FoundationXML's `localName` leaks libxml2's strings on
  /// every call until after Swift 6.3, which LeakSanitizer reports.)
  var plainName: String {
    (name ?? "").split(separator: ":").last.map(String.init) ?? ""
  }
}
