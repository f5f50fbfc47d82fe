import Foundation
import Samverkan
import SamverkanRender
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The network view's picture read as data, on all six maps: its text never overlaps, every route
/// is there exactly once (an edge of its own, merged into one, or named in the title's band of
/// duties), no box repeats the name of a node inside it, the legend lists what is drawn, and the
/// sector colours are distinct and readable.
@Suite("The network view's picture")
struct NetworkPictureTests {
  static let names = ProcessPictureTests.names

  static func picture(_ name: String) throws -> (map: CollaborationMap, svg: XMLDocument) {
    let map = try MapLoader().load(
      Fixture.packageRoot.appendingPathComponent("Maps/\(name).yaml").path)
    let graph = GraphDescription(map: map, view: .network)
    let data = try MapRenderer().render(graph, format: .svg).data
    return (map, try XMLDocument(data: data, options: []))
  }

  /// The drawn edges' class words, one list per edge.
  static func edgeClasses(_ svg: XMLDocument) throws -> [[String]] {
    try svg.nodes(forXPath: "//*[local-name()='g']").compactMap { $0 as? XMLElement }
      .compactMap { $0.value(of: "class")?.split(separator: " ").map(String.init) }
      .filter { $0.first == "edge" }
  }

  static func allText(_ svg: XMLDocument) throws -> String {
    try svg.nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue)
      .joined(separator: " ")
  }

  @Test("no two texts overlap", arguments: names)
  func noOverlap(name: String) throws {
    let boxes = try ProcessPictureTests.textBoxes(try Self.picture(name).svg)
    #expect(boxes.count > 40)
    #expect(ProcessPictureTests.overlaps(boxes) == [])
  }

  @Test("every route is drawn exactly once: in an edge, or named in the band", arguments: names)
  func routesOnce(name: String) throws {
    let (map, svg) = try Self.picture(name)
    let duties = Language.$override.withValue(.swedish) { NetworkDuties(map: map) }
    let dutyIDs = Set(duties.routes.map(\.id))
    let inEdges = try Self.edgeClasses(svg).flatMap { $0.filter { $0.hasPrefix("route-") } }
    let drawn = map.routes.filter { !dutyIDs.contains($0.id) }
    #expect(inEdges.sorted() == drawn.map { "route-\($0.id)" }.sorted())
    // Every map has reports of concern (the seeds: every school reports to social services).
    #expect(duties.routes.contains { $0.channel == .reportOfConcern })
    #expect(!drawn.contains { $0.channel == .reportOfConcern && map.isReportOfConcern($0) })
    let text = try Self.allText(svg)
    // The band: SoL 19 kap. 1 § for the report of concern, and who reports and who convenes SIP.
    #expect(text.contains("Orosanmälan") && text.contains("SoL 19 kap. 1 §"))
    for route in duties.routes {
      let from = try #require(map.actor(route.from))
      #expect(text.contains(from.name), "\(route.id): \(from.name) not named in the band")
    }
    // Fewer edges than routes: parallel routes merged, duties collapsed.
    #expect(try Self.edgeClasses(svg).count < map.routes.count)
  }

  @Test("every actor is drawn, also one whose only routes were duties", arguments: names)
  func everyActorDrawn(name: String) throws {
    let (map, svg) = try Self.picture(name)
    let ids = Set(
      try svg.nodes(forXPath: "//*[local-name()='g']").compactMap {
        ($0 as? XMLElement)?.value(of: "id")
      })
    for actor in map.actors {
      #expect(
        ids.contains("actor-\(actor.id)") || ids.contains("cluster-\(actor.id)"),
        "\(actor.id) is not drawn")
    }
  }

  @Test("no box carries the name of a node inside it", arguments: names)
  func clusterNames(name: String) throws {
    let (map, _) = try Self.picture(name)
    let graph = Language.$override.withValue(.swedish) { GraphDescription(map: map) }
    func label(_ attributes: [GraphDescription.Attribute]) -> GraphDescription.Value? {
      attributes.first { $0.name == "label" }?.value
    }
    var units = 0
    func check(_ cluster: GraphDescription.Cluster) {
      let name = label(cluster.attributes)
      for node in cluster.nodes {
        guard case .html(let text) = label(node.attributes), case .html(let box) = name else {
          continue
        }
        // A node's first line is its name in bold, as the box's label is.
        #expect(!text.hasPrefix(box), "\(cluster.name) repeats its node \(node.name)")
        if text.hasPrefix("<B>(enheten)</B>") { units += 1 }
      }
      cluster.clusters.forEach(check)
    }
    graph.clusters.forEach(check)
    // Mölndal: the school, its pupil health team, BUP and social services are routed units.
    if name == "molndal" { #expect(units >= 3) }
  }

  @Test("parallel routes become one edge whose label lists each channel once")
  func merged() throws {
    let actors = [
      Actor(id: "skola", name: "Skolan", kind: .organisation, sector: .school),
      Actor(id: "bup", name: "BUP", kind: .organisation, sector: .healthCare),
    ]
    let routes = [
      Route(id: "a", from: "skola", to: "bup", channel: .meeting, sharing: .notApplicable),
      Route(id: "b", from: "skola", to: "bup", channel: .consultation, sharing: .consentRequired),
      Route(id: "c", from: "skola", to: "bup", channel: .meeting, sharing: .notApplicable),
      Route(id: "d", from: "skola", to: "bup", channel: .referral, sharing: .consentRequired),
    ]
    let map = CollaborationMap(
      id: "liten", name: "Liten karta", reviewed: try #require(Fixture.reviewed), actors: actors,
      routes: routes)
    let graph = Language.$override.withValue(.swedish) { GraphDescription(map: map) }
    #expect(graph.edges.count == 2)
    let attributes = Dictionary(
      graph.edges[0].attributes.map { ($0.name, $0.value) }, uniquingKeysWith: { $1 })
    #expect(attributes["id"] == .text("route-a"))
    #expect(
      attributes["class"] == .text("route route-a route-b route-c consultation status-active"))
    #expect(attributes["xlabel"] == .html("möte, konsultation ●"))
    #expect(attributes["label"] == nil)
    let svg = try SVGPicture(MapRenderer().render(graph, format: .svg).data)
    #expect(try svg.groups(ofClass: "edge").count == 2)
    let highlighted = graph.highlighting(Highlight(actors: [], routes: ["c"]))
    #expect(
      highlighted.edges.map { $0.attributes.contains { $0.value == .text("3.5") } }
        == [true, false], "a merged route lights its edge")
  }

  @Test("the legend lists exactly the sectors and kinds of line drawn", arguments: names)
  func legend(name: String) throws {
    let (map, svg) = try Self.picture(name)
    let legend = Language.$override.withValue(.swedish) { MapLegend(map: map) }
    let groups = Set(Channel.allCases.map(MapStyle.edgeClass))
    let drawn = Set(try Self.edgeClasses(svg).flatMap { $0.filter(groups.contains) })
    let listed = legend.routes.compactMap { entry -> String? in
      if case .route(let group, _) = entry.swatch { return group }
      return nil
    }
    #expect(listed.count == Set(listed).count)
    #expect(Set(listed) == drawn)
    #expect(
      legend.sectors.compactMap { entry -> Sector? in
        if case .sector(let sector) = entry.swatch { return sector }
        return nil
      } == Sector.allCases.filter { sector in map.actors.contains { $0.sector == sector } })
  }

  // MARK: Colours

  /// WCAG 2.1 relative luminance of "#RRGGBB".
  static func luminance(_ hex: String) -> Double {
    let value = Int(hex.dropFirst(), radix: 16) ?? 0
    let channels = [(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF].map { c in
      let s = Double(c) / 255
      return s <= 0.03928 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
    }
    return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
  }

  /// The hue of "#RRGGBB" in degrees.
  static func hue(_ hex: String) -> Double {
    let value = Int(hex.dropFirst(), radix: 16) ?? 0
    let (r, g, b) = (
      Double((value >> 16) & 0xFF) / 255, Double((value >> 8) & 0xFF) / 255,
      Double(value & 0xFF) / 255
    )
    let high = max(r, g, b)
    let range = high - min(r, g, b)
    guard range > 0 else { return 0 }
    let sector: Double =
      high == r ? (g - b) / range : high == g ? (b - r) / range + 2 : (r - g) / range + 4
    return (sector * 60 + 360).truncatingRemainder(dividingBy: 360)
  }

  /// WCAG 2.1 contrast ratio of two colours.
  static func contrast(_ a: String, _ b: String) -> Double {
    let (x, y) = (luminance(a), luminance(b))
    return (max(x, y) + 0.05) / (min(x, y) + 0.05)
  }

  @Test("WCAG contrast: the two formulas on known pairs")
  func contrastFormula() {
    // Black on white is 21:1; #767676 on white is the well-known 4.54:1.
    #expect(abs(Self.contrast("#000000", "#FFFFFF") - 21) < 0.01)
    #expect(abs(Self.contrast("#767676", "#FFFFFF") - 4.54) < 0.01)
  }

  @Test("sector fills are distinct, and 9-point text on them reaches 4.5:1 (WCAG 2.1 AA)")
  func sectorColours() {
    let light = Sector.allCases.map(MapStyle.fill)
    let dark = Sector.allCases.map(MapStyle.darkFill)
    #expect(Set(light).count == Sector.allCases.count)
    #expect(Set(dark).count == Sector.allCases.count)
    #expect(Set(Sector.allCases.map(MapStyle.border)).count == Sector.allCases.count)
    // School and family were both pale yellow (hues 40° and 55°): every coloured sector's hue now
    // lies at least 30° from every other's.
    let coloured = Sector.allCases.filter { $0 != .other }.map { Self.hue(MapStyle.fill($0)) }
    for (index, hue) in coloured.enumerated() {
      for other in coloured[(index + 1)...] {
        let apart = min(abs(hue - other), 360 - abs(hue - other))
        #expect(apart >= 30, "hues \(hue)° and \(other)° too close")
      }
    }
    for fill in light { #expect(Self.contrast("#000000", fill) >= 4.5, "black on \(fill)") }
    // The embedded picture's dark scheme sets text in #E8E8E8.
    for fill in dark { #expect(Self.contrast("#E8E8E8", fill) >= 4.5, "#E8E8E8 on \(fill)") }
  }

  @Test("route labels reach 4.5:1 against the page, light and dark")
  func labelColours() {
    for channel in Channel.allCases {
      let light = MapStyle.labelColor(channel)
      #expect(Self.contrast(light, "#FFFFFF") >= 4.5, "\(channel): \(light) on white")
      let dark = MapStyle.darkLineColor(channel)
      #expect(Self.contrast(dark, "#1E1E1E") >= 4.5, "\(channel): \(dark) on the dark page")
    }
    #expect(Self.contrast(MapStyle.plannedText, "#FFFFFF") >= 4.5)
  }

  @Test("the process view's lanes are pale tints of the sector fills, its labels readable on them")
  func processColours() throws {
    for sector in Sector.allCases where sector != .other {
      let (lane, fill) = (MapStyle.laneFill(sector), MapStyle.fill(sector))
      // The same hue as the network view's box, paler: family was a yellow lane by a pink box.
      let apart = abs(Self.hue(lane) - Self.hue(fill))
      #expect(min(apart, 360 - apart) < 10, "\(sector): lane \(lane), fill \(fill)")
      #expect(Self.luminance(lane) > Self.luminance(fill), "\(sector)")
      for channel in Channel.allCases {
        let text = MapStyle.labelColor(channel)
        #expect(Self.contrast(text, lane) >= 4.5, "\(channel) \(text) on the \(sector) lane")
      }
    }
    // Mölndal's process view: every route label is in its label colour (or the escalation's, or
    // grey when planned), never the paler line colour.
    let map = try MapLoader().load(
      Fixture.packageRoot.appendingPathComponent("Maps/molndal.yaml").path)
    let view = try #require(ProcessView(map: map))
    let graph = GraphDescription(map: map, view: .process)
    let routes = Dictionary(uniqueKeysWithValues: map.routes.map { ("route-\($0.id)", $0) })
    var checked = 0
    for edge in graph.edges {
      let values = Dictionary(
        edge.attributes.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
      guard case .text(let id) = values["id"], let route = routes[id] else { continue }
      let expected =
        route.status != .active
        ? MapStyle.plannedText
        : values["class"] == .text("route escalation status-\(route.status.rawValue)")
          ? MapStyle.escalation : MapStyle.labelColor(route.channel)
      #expect(values["fontcolor"] == .text(expected), "\(id)")
      checked += 1
    }
    #expect(checked > 10 && !view.flows.isEmpty)
  }
}
