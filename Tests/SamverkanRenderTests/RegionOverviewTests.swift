import Foundation
import Samverkan
import SamverkanRender
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The overview of Västra Götaland's real maps (Maps/regions/vastra-gotaland.yaml and the four
/// municipalities that include it), and of the synthetic region with the most municipalities.
@Suite("A region's overview")
struct RegionOverviewTests {
  static let names = ["goteborg-norra-hisingen", "harryda", "molndal", "partille"]

  private func overview() throws -> RegionOverview {
    let root = Fixture.packageRoot.appendingPathComponent("Maps")
    let template = try MapLoader().load(
      root.appendingPathComponent("regions/vastra-gotaland.yaml").path)
    return RegionOverview(
      template: template,
      municipalities: try Self.names.map {
        try MapLoader().load(root.appendingPathComponent("\($0).yaml").path)
      })
  }

  /// The synthetic nation's largest region (`samverkan generate --municipalities 290 --seed 42`
  /// gives `syntetregion-12` 49 municipalities), written to a folder and loaded.
  private static func syntheticOverview() throws -> RegionOverview {
    let reviewed = try #require(Fixture.reviewed)
    let nation = SyntheticNation(municipalities: 290, seed: 42, reviewed: reviewed)
    let counts = Dictionary(grouping: nation.regionOfMunicipality, by: { $0 }).mapValues(\.count)
    let region = try #require(counts.max { $0.value < $1.value }?.key)
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("samverkan-overview-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("regions"), withIntermediateDirectories: true)
    let files =
      [nation.regions[region]]
      + nation.municipalities.indices.filter { nation.regionOfMunicipality[$0] == region }
      .map { nation.municipalities[$0] }
    for file in files {
      try Data(file.yaml().utf8).write(to: folder.appendingPathComponent(file.path))
    }
    let loaded = try MapLoader().load(files.map { folder.appendingPathComponent($0.path).path })
      .map { try $0.get() }
    return RegionOverview(template: loaded[0], municipalities: Array(loaded.dropFirst()))
  }

  private static func svg(_ overview: RegionOverview) throws -> SVGPicture {
    try SVGPicture(MapRenderer().render(GraphDescription(overview: overview), format: .svg).data)
  }

  @Test("the guardians are each municipality's own, never shared")
  func guardians() throws {
    let overview = try overview()
    // The template's `vardnadshavare` is sector family: each municipality has its guardians.
    #expect(!overview.shared.map(\.id).contains("vardnadshavare"))
    #expect(overview.shared.map(\.id).contains("bup"))
    for member in overview.members {
      #expect(member.lanes.first?.lane == .family, "\(member.map.id)")
    }
  }

  @Test("every link's count is the number of the municipality's routes it stands for")
  func counts() throws {
    let overview = try overview()
    let shared = Set(overview.shared.map(\.id))
    for member in overview.members {
      let map = member.map
      for link in overview.links where link.municipality == map.id {
        // Computed from the map: routes between an own actor of that lane and the shared actor,
        // of that kind of contact.
        let expected = map.routes.filter { route in
          guard MapStyle.edgeClass(route.channel) == link.group else { return false }
          let ends = [route.from, route.to]
          guard ends.contains(link.shared) else { return false }
          let own = ends.first { !shared.contains($0) }
          return own.flatMap(map.actor).map { map.processLane(of: $0) } == link.lane
        }.count
        #expect(link.count == expected, "\(link)")
      }
    }
    // Template route bup-orosanmalan (bup → socialtjanst) reaches Mölndal's social services.
    let report = overview.links.first {
      $0.municipality == "molndal" && $0.shared == "bup" && $0.group == "report-of-concern"
    }
    #expect(report?.lane == .socialServices)
    #expect(report?.incoming.contains("bup-orosanmalan") == true)
  }

  @Test("the columns are the shared actors the municipalities reach, headed by short names")
  func keys() throws {
    let overview = try overview()
    // Maps/regions/vastra-gotaland.yaml: "Barn- och ungdomspsykiatrin (BUP)", "Vårdcentral med
    // tilläggsuppdrag för ungas psykiska hälsa (UPH)", "Barn- och ungdomsmedicinmottagning
    // (BUMM)"; no municipality's own route reaches 1177, 112, BUP akut or the region itself.
    #expect(overview.columns.map(\.id) == ["bup", "uph", "bumm"])
    #expect(overview.keys == ["bup": "BUP", "uph": "UPH", "bumm": "BUMM"])
  }

  @Test("each municipality is one box with its own guardians, the shared actors once each")
  func renders() throws {
    let overview = try overview()
    let svg = try Self.svg(overview)
    let nodes = try svg.groups(ofClass: "node")
    for member in overview.members {
      let boxes = nodes.filter {
        svg.title(of: $0) == GraphDescription.municipalityNodeName(member.map.id)
      }
      #expect(boxes.count == 1, "\(member.map.id)")
      let text = try boxes.first.map(svg.text) ?? ""
      // The family lane holds the template's guardians, "Vårdnadshavare", in every box.
      let family = try #require(member.lanes.first { $0.lane == .family })
      #expect(family.actors.map(\.name).contains("Vårdnadshavare"))
      for actor in family.actors { #expect(text.contains(actor.name), "\(member.map.id)") }
      // Its name is drawn in its own box and in no other.
      let named = try nodes.filter { try svg.text(of: $0).contains(member.map.name) }
      #expect(named.count == 1, "\(member.map.name)")
    }
    let titles = nodes.compactMap(svg.title)
    for actor in overview.shared {
      #expect(titles.filter { $0 == actor.id }.count == 1, "\(actor.id)")
    }
    #expect(try svg.groups(ofClass: "edge").count == overview.sharedLinks.count)
  }

  @Test("no two texts overlap, in the real region and in a synthetic one of 49 municipalities")
  func noOverlap() throws {
    for overview in [try overview(), try Self.syntheticOverview()] {
      let boxes = try ProcessPictureTests.textBoxes(try Self.svg(overview).document)
      // Each box has at least its name, its counts and one lane.
      #expect(boxes.count > overview.members.count * 3)
      #expect(ProcessPictureTests.overlaps(boxes) == [], "\(overview.template.id)")
    }
  }

  @Test("no line runs through a municipality's heading or through any text but its own label")
  func linesClearOfText() throws {
    for overview in [try overview(), try Self.syntheticOverview()] {
      let svg = try Self.svg(overview)
      let edges = try svg.groups(ofClass: "edge")
      #expect(edges.count == overview.sharedLinks.count)
      let all = try ProcessPictureTests.textBoxes(svg.document)
      // A heading is its municipality's name, on one line or wrapped onto two.
      let headings = all.filter { text in
        text.text.count > 3
          && overview.members.contains {
            $0.map.name.hasPrefix(text.text) || $0.map.name.hasSuffix(text.text)
          }
      }
      #expect(headings.count >= overview.members.count)
      for edge in edges {
        // The edge's own label sits on it; every other text must stay clear.
        let copy = try #require(edge.copy() as? XMLElement)
        let own = try ProcessPictureTests.textBoxes(XMLDocument(rootElement: copy))
        let others = all.filter { text in
          !own.contains { $0.baseline == text.baseline && $0.minX == text.minX }
        }
        let points = try edge.nodes(forXPath: ".//*[local-name()='path']")
          .compactMap { ($0 as? XMLElement)?.value(of: "d") }.flatMap(Self.points)
        #expect(!points.isEmpty)
        for text in others {
          let crossing = points.first {
            $0.x > text.minX && $0.x < text.maxX && $0.y > text.minY && $0.y < text.maxY
          }
          #expect(crossing == nil, "\(svg.title(of: edge) ?? "") crosses '\(text.text)'")
        }
      }
    }
  }

  /// Points along an SVG path of Graphviz's: `M x,y C x1,y1 x2,y2 x3,y3 …`, each cubic segment
  /// sampled at twenty steps.
  static func points(_ path: String) -> [(x: Double, y: Double)] {
    let numbers = path.split { " ,MC".contains($0) }.compactMap { Double($0) }
    let corners = stride(from: 0, to: numbers.count - 1, by: 2).map {
      (x: numbers[$0], y: numbers[$0 + 1])
    }
    guard let first = corners.first else { return [] }
    var points = [first]
    var start = first
    for segment in stride(from: 1, to: corners.count - 2, by: 3) {
      let (b, c, d) = (corners[segment], corners[segment + 1], corners[segment + 2])
      for step in 1...20 {
        let t = Double(step) / 20
        let u = 1 - t
        points.append(
          (
            x: u * u * u * start.x + 3 * u * u * t * b.x + 3 * u * t * t * c.x + t * t * t * d.x,
            y: u * u * u * start.y + 3 * u * u * t * b.y + 3 * u * t * t * c.y + t * t * t * d.y
          ))
      }
      start = d
    }
    return points
  }
}
