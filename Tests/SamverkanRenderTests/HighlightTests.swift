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

  @Test("mild anxiety from the school: school → pupil health → UPH in bold, BUP faded")
  func whoAnswer() throws {
    let map = try Fixture.molndal()
    let answer = map.whoToContact(
      WhoQuery(concerns: [.mentalHealth], from: "skola", age: 13, severity: .mild)
    ).first
    let highlight = try #require(Highlight(answer: answer))
    let graph = GraphDescription(map: map).highlighting(highlight)
    let svg = try SVGPicture(MapRenderer().render(graph, format: .svg).data)
    #expect(
      try classes(svg, "edge", highlighted: true)
        == ["route-skola-elevhalsa", "route-elevhalsa-uph-remiss"])
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
    #expect(
      try classes(svg, "edge", highlighted: true)
        == Set(ladder.steps.compactMap(\.escalate).map { "route-\($0)" }))
  }
}
