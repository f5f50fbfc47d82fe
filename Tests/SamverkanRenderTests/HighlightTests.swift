import Foundation
import Samverkan
import SamverkanRender
import Testing

@Suite("An answer or a ladder drawn in bold over a faded map")
struct HighlightTests {
  private func classes(_ svg: SVGPicture, _ kind: String, highlighted: Bool) throws -> Set<String> {
    Set(
      try svg.groups(ofClass: kind).filter {
        ($0.value(of: "class") ?? "").contains(highlighted ? "highlighted" : "faded")
      }.compactMap { $0.value(of: "id") })
  }

  /// Checks that the lit edges are exactly those naming one of `routes` in their class (a
  /// network edge stands for its parallel routes), and that every one of `routes` is on one.
  private func expectLit(
    _ svg: SVGPicture, routes: Set<String>,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    let edges = try svg.groups(ofClass: "edge")
    let lit = edges.filter { ($0.value(of: "class") ?? "").contains("highlighted") }
    let expected = edges.filter { !Set(svg.routeIDs(of: $0)).isDisjoint(with: routes) }
    #expect(
      lit.compactMap { $0.value(of: "id") } == expected.compactMap { $0.value(of: "id") },
      sourceLocation: sourceLocation)
    #expect(
      routes.isSubset(of: lit.flatMap(svg.routeIDs)), "a lit route has no lit edge",
      sourceLocation: sourceLocation)
  }

  @Test("mild anxiety from the school: school → pupil health → UPH in bold, BUP faded")
  func whoAnswer() throws {
    let map = try Fixture.molndal()
    let answer = map.whoToContact(
      WhoQuery(concerns: [.mentalHealth], from: "skola", age: 13, severity: .mild)
    ).first
    let highlight = try #require(Highlight(answer: answer))
    let graph = GraphDescription(map: map).highlighting(highlight)
    let svg = try SVGPicture(MapRenderer().render(graph, format: .svg).data)
    try expectLit(svg, routes: ["skola-elevhalsa", "elevhalsa-uph-remiss"])
    #expect(
      try classes(svg, "node", highlighted: true) == [
        "actor-skola", "actor-elevhalsa", "actor-uph",
      ])
    #expect(try classes(svg, "node", highlighted: false).contains("actor-bup"))
  }

  @Test("a ladder lights its steps' actors and escalation routes")
  func ladder() throws {
    let map = try Fixture.molndal()
    let ladder = try #require(map.ladders.first)
    let graph = GraphDescription(map: map).highlighting(Highlight(ladder: ladder))
    let svg = try SVGPicture(MapRenderer().render(graph, format: .svg).data)
    let escalations = Set(ladder.steps.compactMap(\.escalate))
    #expect(escalations.count >= 2)
    // A duty (a report of concern, a SIP) is in the title's band, not an arrow to light.
    let duties = Set(NetworkDuties(map: map).routes.map(\.id))
    try expectLit(svg, routes: escalations.subtracting(duties))
  }
}
