import Testing

@testable import Samverkan

@Suite("Rule parent-cycle", .englishFindings)
struct ParentCycleRuleTests {
  /// A chain `a0 ← a1 ← … ← a(depth-1)`, and a cycle closed at its far end if asked.
  private func chain(depth: Int, cycleAtEnd: Bool) throws -> CollaborationMap {
    var actors = (0..<depth).map { index in
      Actor(
        id: "a\(index)", name: "A\(index)", kind: index == 0 ? .organisation : .unit,
        sector: .other, parent: index == 0 ? nil : "a\(index - 1)")
    }
    if cycleAtEnd {
      actors.append(Actor(id: "x", name: "X", kind: .unit, sector: .other, parent: "y"))
      actors.append(Actor(id: "y", name: "Y", kind: .unit, sector: .other, parent: "x"))
    }
    return CollaborationMap(
      id: "djup", name: "Djup", reviewed: try #require(ReviewDate(year: 2026, month: 12, day: 1)),
      actors: actors)
  }

  @Test("a chain 2,000 deep has no cycle; one beside it is found once per actor on it")
  func deepChain() throws {
    #expect(ParentCycleRule().check(try chain(depth: 2_000, cycleAtEnd: false)).isEmpty)
    let findings = ParentCycleRule().check(try chain(depth: 2_000, cycleAtEnd: true))
    #expect(findings.compactMap(\.element) == ["x", "y"])
  }
}
