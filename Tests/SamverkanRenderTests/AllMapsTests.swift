import Foundation
import Samverkan
import SamverkanRender
import Testing

/// Every map file in `Maps/`, the regional templates in `regions/` too.
private let allMapFiles: [String] = {
  let folder = Fixture.packageRoot.appendingPathComponent("Maps")
  let names = (try? FileManager.default.subpathsOfDirectory(atPath: folder.path)) ?? []
  return names.filter { $0.hasSuffix(".yaml") }.sorted()
}()

@Suite("Every map in Maps/")
struct AllMapsTests {
  @Test("the folder holds maps")
  func thereAreMaps() {
    #expect(allMapFiles.contains("molndal.yaml"))
  }

  @Test(
    "loads, has no error finding, renders, and its SVG holds every actor and every route",
    arguments: allMapFiles)
  func rendersEveryActor(file: String) throws {
    let path = Fixture.packageRoot.appendingPathComponent("Maps").appendingPathComponent(file).path
    let map = try MapLoader().load(path)
    let errors = MapValidator().validate(map).filter { $0.severity == .error }
    #expect(errors.isEmpty, "\(errors)")
    let svg = try SVGPicture(MapRenderer().render(map, format: .svg).data)
    let nodes = Set(try svg.groups(ofClass: "node").compactMap(svg.title))
    let clusters = Set(try svg.groups(ofClass: "cluster").compactMap(svg.title))
    for actor in map.actors {
      #expect(
        nodes.contains(actor.id) || clusters.contains("cluster_\(actor.id)"),
        "\(file): actor \(actor.id) is not drawn")
    }
    // Every route between two actors of the map is named by one edge's class, or is a duty in
    // the title's band (a template's routes to actors it leaves to the municipality are neither).
    let ids = Set(map.actors.map(\.id))
    let drawable = map.routes.filter { ids.contains($0.from) && ids.contains($0.to) }
    let duties = Set(NetworkDuties(map: map).routes.map(\.id))
    let named = try svg.groups(ofClass: "edge").flatMap(svg.routeIDs)
    #expect(named.count == Set(named).count, "\(file): a route on two edges")
    #expect(
      Set(named) == Set(drawable.map(\.id)).subtracting(duties), "\(file): a route is lost")
  }
}
