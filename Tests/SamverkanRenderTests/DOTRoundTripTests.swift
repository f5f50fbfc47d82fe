import Foundation
import Samverkan
import SamverkanRender
import Testing

@Suite("Exported DOT read back by Graphviz's own parser")
struct DOTRoundTripTests {
  @Test("agmemread sees every node, edge, cluster and label the description holds")
  func roundTrip() throws {
    let map = try Fixture.molndal()
    let graph = GraphDescription(map: map)
    let summary = try DOTReader.read(DOTWriter().write(graph))
    let names = Set(allNodes(graph).map(\.name))
    #expect(Set(summary.nodes.keys) == names)
    #expect(summary.edges.count == graph.edges.count)
    #expect(Set(summary.subgraphs) == Set(allClusters(graph).map(\.name)))
    for node in allNodes(graph) {
      for attribute in node.attributes {
        #expect(summary.nodes[node.name]?[attribute.name] == text(of: attribute.value))
      }
    }
    // Each edge with all its attributes, and together the edges' classes name every route but
    // the duties drawn once in the title's band.
    let read = Dictionary(
      summary.edges.compactMap { edge in edge.attributes["id"].map { ($0, edge) } },
      uniquingKeysWith: { first, _ in first })
    #expect(read.count == graph.edges.count, "edge ids are unique")
    var named: [String] = []
    for edge in graph.edges {
      guard case .text(let id) = edge.attributes.first(where: { $0.name == "id" })?.value else {
        Issue.record("an edge without id")
        continue
      }
      for attribute in edge.attributes {
        #expect(read[id]?.attributes[attribute.name] == text(of: attribute.value), "\(id)")
      }
      named += (read[id]?.attributes["class"] ?? "").split(separator: " ")
        .filter { $0.hasPrefix("route-") }.map { String($0.dropFirst("route-".count)) }
    }
    let duties = Set(NetworkDuties(map: map).routes.map(\.id))
    #expect(named.count == Set(named).count)
    #expect(Set(named) == Set(map.routes.map(\.id)).subtracting(duties))
  }

  @Test("hostile labels survive the round trip unchanged")
  func hostileLabels() throws {
    let hostile = #"Skola "Ett" \ \N <b>&amp; ]; } { -> "# + "\nrad två\\"
    let reviewed = try #require(Fixture.reviewed)
    let map = CollaborationMap(
      id: "fientlig", name: hostile, reviewed: reviewed,
      actors: [
        Actor(
          id: "a", name: hostile, kind: .unit, sector: .school,
          contact: ContactPoint(role: hostile, url: "javascript:alert(1)")),
        Actor(
          id: "b", name: "B", kind: .unit, sector: .healthCare,
          contact: ContactPoint(url: "https://example.org/\"><script>")),
      ],
      routes: [
        Route(
          id: "r", from: "a", to: "b", channel: .referral, purpose: hostile,
          sharing: .provision(hostile))
      ])
    let graph = GraphDescription(map: map)
    let summary = try DOTReader.read(DOTWriter().write(graph))
    for node in allNodes(graph) {
      for attribute in node.attributes {
        #expect(summary.nodes[node.name]?[attribute.name] == text(of: attribute.value))
      }
    }
    #expect(summary.nodes["a"]?["URL"] ?? "" == "", "javascript: links are dropped")
    #expect(summary.nodes["b"]?["URL"] ?? "" == "", "links with quotes are dropped")
    #expect(summary.edges.first?.attributes["tooltip"]?.contains(#"\\N"#) == true)

    let svg = try SVGPicture(MapRenderer().render(map, format: .svg).data)
    let node = try #require(try svg.groups(ofClass: "node").first { svg.title(of: $0) == "a" })
    let drawn = try svg.text(of: node)
    #expect(drawn.contains(#"Skola "Ett" \ \N <b>&amp; ]; } { ->"#))
    #expect(drawn.contains("rad två\\"))
    let raw = try #require(
      String(data: try MapRenderer().render(map, format: .svg).data, encoding: .utf8))
    #expect(!raw.contains("<script"))
    #expect(!raw.contains("javascript:"))
  }

  private func allClusters(_ graph: GraphDescription) -> [GraphDescription.Cluster] {
    func walk(_ cluster: GraphDescription.Cluster) -> [GraphDescription.Cluster] {
      [cluster] + cluster.clusters.flatMap(walk)
    }
    return graph.clusters.flatMap(walk)
  }

  private func allNodes(_ graph: GraphDescription) -> [GraphDescription.Node] {
    graph.nodes + allClusters(graph).flatMap(\.nodes)
  }

  private func text(of value: GraphDescription.Value) -> String {
    switch value {
    case .text(let text), .html(let text): text
    }
  }
}
