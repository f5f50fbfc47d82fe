import Foundation
import Samverkan
import SamverkanRender
import Testing

/// The inputs in `Fuzz/Corpus/FuzzReports/`, made into map texts as the fuzz target makes them.
@Suite("Fuzzing corpus: no report input makes markup of map text")
struct ReportFuzzRegressionTests {
  static let corpus = Fixture.packageRoot.appendingPathComponent("Fuzz/Corpus/FuzzReports")

  static let inputs: [String] =
    ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []).sorted()

  @Test("the corpus is there")
  func present() {
    #expect(Self.inputs.count >= 100, "\(Self.corpus.path)")
  }

  @Test("every input's texts come out of both reports as text")
  func everyInput() throws {
    let reviewed = try #require(Fixture.reviewed)
    for name in Self.inputs {
      let data = try Data(contentsOf: Self.corpus.appendingPathComponent(name))
      let parts = data.split(separator: 0x01, omittingEmptySubsequences: false)
        .map { String(decoding: $0, as: UTF8.self) }
      var next = 0
      func take() -> String {
        defer { next += 1 }
        return parts[next % parts.count]
      }
      var school = Actor(
        id: "skola", name: take(), kind: .organisation, sector: .school,
        contact: ContactPoint(role: take(), phone: take(), email: take(), hours: take()),
        mandates: [Mandate(concerns: [.absence], basis: take())])
      school.note = take()
      let map = CollaborationMap(
        id: "fuzz", name: take(), reviewed: reviewed,
        sources: [MapSource(file: take(), title: take())], actors: [school],
        ladders: [
          EscalationLadder(
            id: "trappa", name: take(), concern: .absence,
            steps: [EscalationLadder.Step(id: "ett", name: take(), trigger: take(), actor: "skola")]
          )
        ])
      let report = MapReport(
        map: map, diagnostics: [Diagnostic(.warning, rule: "x", message: take(), location: nil)],
        svg: "")
      let markdown = report.markdown(svgFile: "map.svg")
      #expect(HostileText.problem(in: markdown) == nil, "\(name)")
      #expect(markdown.components(separatedBy: "](").count == 2, "\(name)")
      #expect(
        HostileText.problem(
          in: HostileText.withoutPageScript(report.html), allowing: HostileText.pageTags) == nil,
        "\(name)")
    }
  }
}
