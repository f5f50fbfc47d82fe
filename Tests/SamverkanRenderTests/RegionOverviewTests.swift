import Foundation
import Samverkan
import SamverkanRender
import Testing

@Suite("A region's overview")
struct RegionOverviewTests {
  private func overview() throws -> CollaborationMap {
    let template = try MapLoader().load(
      Fixture.packageRoot.appendingPathComponent("Maps/regions/vastra-gotaland.yaml").path)
    return RegionOverview(template: template, municipalities: [try Fixture.molndal()]).map
  }

  @Test("regional actors once, the municipality's under its own box, ids prefixed")
  func actors() throws {
    let map = try overview()
    #expect(map.actor("bup") != nil)
    #expect(map.actor("molndal--kommun")?.name == "Mölndals stad")
    #expect(map.actor("molndal--socialtjanst")?.parent == "molndal--molndal")
    #expect(map.actor("molndal--molndal")?.parent == "molndal--kommun")
    #expect(map.actor("socialtjanst") == nil)
  }

  @Test("the template's routes to the municipality's actors join each municipality")
  func routes() throws {
    let map = try overview()
    let report = try #require(map.route("molndal--bup-orosanmalan"))
    #expect(report.from == "bup")
    #expect(report.to == "molndal--socialtjanst")
    #expect(map.route("uph-bup-remiss") != nil, "routes inside the region stay as they are")
    #expect(MapValidator(rules: [UnknownReferenceRule(), DuplicateIDRule()]).validate(map).isEmpty)
  }

  @Test("it renders with every actor drawn")
  func renders() throws {
    let map = try overview()
    let svg = try SVGPicture(MapRenderer().render(map, format: .svg).data)
    let drawn = Set(try svg.groups(ofClass: "node").compactMap(svg.title))
      .union(
        try svg.groups(ofClass: "cluster").compactMap {
          svg.title(of: $0)?.replacingOccurrences(of: "cluster_", with: "")
        })
    for actor in map.actors { #expect(drawn.contains(actor.id), "\(actor.id)") }
  }
}
