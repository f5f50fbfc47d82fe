import Foundation
import Samverkan
import SamverkanRender
import Testing

/// The overview of Västra Götaland's real maps (Maps/regions/vastra-gotaland.yaml and the four
/// municipalities that include it).
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

  @Test("it renders each municipality once as a box, the shared actors once each")
  func renders() throws {
    let overview = try overview()
    let svg = try SVGPicture(
      MapRenderer().render(GraphDescription(overview: overview), format: .svg).data)
    let clusters = try svg.groups(ofClass: "cluster").compactMap(svg.title)
    for name in Self.names {
      #expect(clusters.filter { $0 == "cluster_m_\(name)" }.count == 1, "\(name)")
    }
    let nodes = try svg.groups(ofClass: "node").compactMap(svg.title)
    for actor in overview.shared {
      #expect(nodes.filter { $0 == actor.id }.count == 1, "\(actor.id)")
    }
    let edges = try svg.groups(ofClass: "edge").count
    #expect(edges == overview.links.count + overview.sharedLinks.count)
  }
}
