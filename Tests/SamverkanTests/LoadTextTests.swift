import Foundation
import Samverkan
import Testing

@Suite("Loading a map from text in memory")
struct LoadTextTests {
  private static var mapsFolder: URL { RealMaps.packageRoot.appendingPathComponent("Maps") }

  @Test("Mölndal's text loads to the same map as its file, includes resolved in the folder")
  func sameAsFile() throws {
    let text = try String(contentsOfFile: RealMaps.molndalPath, encoding: .utf8)
    let fromText = try MapLoader().load(
      text: text, shownAs: "pasted.yaml", folder: Self.mapsFolder)
    let fromFile = try RealMaps.molndal()
    #expect(fromText.id == fromFile.id)
    #expect(fromText.actors.map(\.id) == fromFile.actors.map(\.id))
    #expect(fromText.routes.map(\.id) == fromFile.routes.map(\.id))
    #expect(fromText.ladders.map(\.id) == fromFile.ladders.map(\.id))
    #expect(fromText.files.first == "pasted.yaml")
    #expect(fromText.files.last?.hasSuffix("Maps/regions/vastra-gotaland.yaml") == true)
  }

  @Test("an error in the text names it as shown, with line and column")
  func errorNamesShownAs() throws {
    let error = try #require(throws: MapLoadError.self) {
      try MapLoader().load(
        text: "format: 1\nid: test\n  name: Test\n", shownAs: "pasted.yaml",
        folder: Self.mapsFolder)
    }
    #expect(error.diagnostic.rule == "yaml-syntax")
    #expect(error.diagnostic.location == SourceLocation(file: "pasted.yaml", line: 3, column: 7))
  }

  @Test("empty text is refused as an empty file")
  func emptyText() throws {
    let error = try #require(throws: MapLoadError.self) {
      try MapLoader().load(text: "", shownAs: "pasted.yaml", folder: Self.mapsFolder)
    }
    #expect(error.diagnostic.rule == "empty-file")
  }

  @Test("an include that leaves the folder is refused")
  func includeOutsideFolder() throws {
    let text = """
      format: 1
      id: test
      name: Test
      reviewed: 2026-11-23
      include: [../Package.swift]

      """
    let error = try #require(throws: MapLoadError.self) {
      try MapLoader().load(text: text, shownAs: "pasted.yaml", folder: Self.mapsFolder)
    }
    #expect(error.diagnostic.rule == "include-outside-folder")
    #expect(error.diagnostic.location?.line == 5)
  }
}
