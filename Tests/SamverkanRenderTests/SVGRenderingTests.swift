import Foundation
import Samverkan
import SamverkanRender
import Testing

@Suite("Rendering the Mölndal map to SVG")
struct SVGRenderingTests {
  @Test("every actor is found as a node by its title or as a box around its units")
  func everyActorIsDrawn() throws {
    let map = try Fixture.molndal()
    let svg = try SVGPicture(MapRenderer().render(map, format: .svg).data)
    let nodeTitles = Set(try svg.groups(ofClass: "node").compactMap(svg.title))
    let clusterTitles = Set(try svg.groups(ofClass: "cluster").compactMap(svg.title))
    for actor in map.actors {
      #expect(
        nodeTitles.contains(actor.id) || clusterTitles.contains("cluster_\(actor.id)"),
        "actor \(actor.id) is not drawn")
    }
    #expect(nodeTitles.contains("socialtjanst"), "a routed organisation keeps a node of its own")
    #expect(clusterTitles.contains("cluster_socialtjanst"))
    #expect(clusterTitles.contains("cluster_vgr"))
  }

  @Test(
    "every route is drawn once: in an edge with a path and its channel in Swedish, or in the band")
  func everyRouteIsDrawn() throws {
    let map = try Fixture.molndal()
    let svg = try SVGPicture(MapRenderer().render(map, format: .svg).data)
    let duties = NetworkDuties(map: map).routes
    let routes = Dictionary(uniqueKeysWithValues: map.routes.map { ($0.id, $0) })
    var named: [String] = []
    for edge in try svg.groups(ofClass: "edge") {
      let ids = svg.routeIDs(of: edge)
      #expect(edge.value(of: "id") == "route-\(ids.first ?? "")", "the id is the first route's")
      #expect(try !edge.nodes(forXPath: ".//*[local-name()='path']").isEmpty)
      for id in ids {
        let route = try #require(routes[id], "\(id) is no route of the map")
        #expect(try svg.text(of: edge).contains(route.channel.name), "\(id)")
      }
      named += ids
    }
    #expect(named.count == Set(named).count, "no route on two edges")
    #expect(Set(named) == Set(map.routes.map(\.id)).subtracting(duties.map(\.id)))
    // The duties (reports of concern, SoL 19 kap. 1 §; SIP, SoL 10 kap. 8 §) are in the title's
    // band, named by their senders.
    let text = try svg.allText()
    #expect(text.contains("Orosanmälan") && text.contains("SIP, samordnad individuell plan"))
    #expect(duties.map(\.channel).contains(.reportOfConcern))
    #expect(duties.map(\.channel).contains(.sipInvitation))
    for route in duties {
      let from = try #require(map.actor(route.from))
      #expect(text.contains(from.name), "\(route.id): \(from.name) not in the band")
    }
  }

  @Test("a node shows the actor's Swedish name and its contact function, and links only safely")
  func nodeContent() throws {
    let map = try Fixture.molndal()
    let svg = try SVGPicture(MapRenderer().render(map, format: .svg).data)
    let node = try #require(try svg.groups(ofClass: "node").first { svg.title(of: $0) == "uph" })
    let text = try svg.text(of: node)
    #expect(text.contains("Vårdcentral med tilläggsuppdrag"))
    #expect(node.value(of: "class") == "node actor sector-health-care status-active")
    let planned = try #require(
      try svg.groups(ofClass: "node").first { svg.title(of: $0) == "samverkansteam" })
    #expect(try svg.text(of: planned).contains("(planerad)"))
  }

  @Test("the same map renders to the same bytes")
  func deterministic() throws {
    let map = try Fixture.molndal()
    let first = try MapRenderer().render(map, format: .svg).data
    let second = try MapRenderer().render(map, format: .svg).data
    #expect(first == second)
  }

  @Test("renders from many tasks at once are serialised and agree")
  func concurrentRenders() async throws {
    let map = try Fixture.molndal()
    let expected = try MapRenderer().render(map, format: .svg).data
    let results = try await withThrowingTaskGroup(of: Data.self) { group in
      for _ in 0..<8 { group.addTask { try MapRenderer().render(map, format: .svg).data } }
      return try await group.reduce(into: [Data]()) { $0.append($1) }
    }
    #expect(results.count == 8)
    #expect(results.allSatisfy { $0 == expected })
  }

  @Test(
    "PNG and PDF come out of the cairo plugin",
    arguments: [
      (RenderFormat.png, [UInt8]([0x89, 0x50, 0x4E, 0x47])),
      (RenderFormat.pdf, Array("%PDF".utf8)),
    ])
  func binaryFormats(format: RenderFormat, magic: [UInt8]) throws {
    let data = try MapRenderer().render(try Fixture.molndal(), format: format).data
    #expect(Array(data.prefix(magic.count)) == magic)
    #expect(data.count > 10_000)
  }
}
