import Foundation
import Testing

@testable import Samverkan

/// The pruned depth-first path search against the plain breadth-first enumeration it replaced:
/// the same paths in the same order, for every pair of actors.
@Suite("path search")
struct PathSearchTests {
  /// Every simple path by breadth-first enumeration of partial paths: slow, obviously right.
  private func reference(
    _ map: CollaborationMap, from start: String, to goal: String, limit: Int, maximumLength: Int
  ) -> [[String]] {
    var found: [[Route]] = []
    var frontier: [[Route]] = map.routes(from: start).filter(map.isUsable).map { [$0] }
    while !frontier.isEmpty, found.count < limit {
      var longer: [[Route]] = []
      for path in frontier where found.count < limit {
        guard let last = path.last else { continue }
        if last.to == goal {
          found.append(path)
          continue
        }
        guard path.count < maximumLength else { continue }
        let visited = Set([start] + path.map(\.to))
        for route in map.routes(from: last.to)
        where map.isUsable(route) && !visited.contains(route.to) {
          longer.append(path + [route])
        }
      }
      frontier = longer
    }
    return found.map { $0.map(\.id) }
  }

  private func compareAllPairs(_ map: CollaborationMap, maximumLength: Int) {
    var compared = 0
    for start in map.actors.map(\.id) {
      for goal in map.actors.map(\.id) where start != goal {
        let expected = reference(map, from: start, to: goal, limit: 5, maximumLength: maximumLength)
        let found = map.paths(from: start, to: goal, limit: 5, maximumLength: maximumLength)
        #expect(found.map { $0.map(\.id) } == expected, "\(map.id): \(start) → \(goal)")
        compared += expected.isEmpty ? 0 : 1
      }
    }
    #expect(compared > 0)
  }

  @Test("the real maps: every pair, the same paths in the same order")
  func realMaps() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Maps")
    for name in ["molndal", "partille", "orebro"] {
      compareAllPairs(
        try MapLoader().load(folder.appendingPathComponent("\(name).yaml").path),
        maximumLength: 6)
    }
  }

  @Test("a dense synthetic map: every pair up to four routes long")
  func syntheticMap() throws {
    let reviewed = try #require(ReviewDate(parsing: "2026-11-23"))
    let nation = SyntheticNation(municipalities: 1, seed: 5, reviewed: reviewed)
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("samverkan-paths-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("regions"), withIntermediateDirectories: true)
    for file in nation.files {
      try Data(file.yaml().utf8).write(to: folder.appendingPathComponent(file.path))
    }
    let map = try MapLoader().load(
      folder.appendingPathComponent(try #require(nation.municipalities.first).path).path)
    compareAllPairs(map, maximumLength: 4)
  }

  @Test("no path beyond the maximum length, none to an unknown actor, none with limit 0")
  func bounds() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Maps")
    let map = try MapLoader().load(folder.appendingPathComponent("molndal.yaml").path)
    #expect(map.paths(from: "mentor", to: "nowhere").isEmpty)
    #expect(map.paths(from: "mentor", to: "bup", limit: 0).isEmpty)
    let paths = map.paths(from: "mentor", to: "bup", limit: 5, maximumLength: 3)
    #expect(paths.allSatisfy { $0.count <= 3 })
  }
}
