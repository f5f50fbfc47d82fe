import Foundation
import Samverkan
import SamverkanRender
import Testing

@Suite("Synthetic municipality maps, drawn")
struct SyntheticRenderTests {
  @Test("the synthetic maps with the most actors and the most routes draw every actor and route")
  func largestMapsRender() throws {
    let reviewed = try #require(Fixture.reviewed)
    let nation = SyntheticNation(municipalities: 290, seed: 42, reviewed: reviewed)
    let sizes = nation.municipalities.indices.map(nation.loadedSize(ofMunicipality:))
    let mostActors = try #require(sizes.indices.max { sizes[$0].actors < sizes[$1].actors })
    let mostRoutes = try #require(sizes.indices.max { sizes[$0].routes < sizes[$1].routes })
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("samverkan-synthetic-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("regions"), withIntermediateDirectories: true)
    for file in nation.regions {
      try Data(file.yaml().utf8).write(to: folder.appendingPathComponent(file.path))
    }
    for index in Set([mostActors, mostRoutes]) {
      let file = nation.municipalities[index]
      let path = folder.appendingPathComponent(file.path)
      try Data(file.yaml().utf8).write(to: path)
      let map = try MapLoader().load(path.path)
      let rendered = try MapRenderer().render(map, format: .svg)
      #expect(rendered.notes.isEmpty, "\(file.path): \(rendered.notes)")
      let svg = try SVGPicture(rendered.data)
      let nodes = Set(try svg.groups(ofClass: "node").compactMap(svg.title))
      let clusters = Set(try svg.groups(ofClass: "cluster").compactMap(svg.title))
      for actor in map.actors {
        #expect(
          nodes.contains(actor.id) || clusters.contains("cluster_\(actor.id)"),
          "\(file.path): actor \(actor.id) is not drawn")
      }
      // Every route is named by one edge's class, or is a duty drawn once in the title's band.
      let named = try svg.groups(ofClass: "edge").flatMap(svg.routeIDs)
      let duties = Set(NetworkDuties(map: map).routes.map(\.id))
      #expect(named.count == Set(named).count, "\(file.path): no route on two edges")
      #expect(
        Set(named) == Set(map.routes.map(\.id)).subtracting(duties)
          && named.count + duties.count == map.routes.count, "\(file.path)")
    }
  }

  @Test("the process views of synthetic maps draw every route of the view, and nothing is lost")
  func processViewsRender() throws {
    let reviewed = try #require(Fixture.reviewed)
    let nation = SyntheticNation(municipalities: 290, seed: 42, reviewed: reviewed)
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("samverkan-synthetic-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("regions"), withIntermediateDirectories: true)
    for file in nation.regions {
      try Data(file.yaml().utf8).write(to: folder.appendingPathComponent(file.path))
    }
    for index in stride(from: 0, to: nation.municipalities.count, by: 29) {
      let file = nation.municipalities[index]
      let path = folder.appendingPathComponent(file.path)
      try Data(file.yaml().utf8).write(to: path)
      let map = try MapLoader().load(path.path)
      let view = try #require(ProcessView(map: map), "\(file.path) has a ladder")
      let rendered = try MapRenderer().render(
        GraphDescription(map: map, view: .process), format: .svg)
      #expect(rendered.notes.isEmpty, "\(file.path): \(rendered.notes)")
      let svg = try SVGPicture(rendered.data)
      #expect(try svg.groups(ofClass: "edge").count == view.flows.count, "\(file.path)")
    }
  }
}
