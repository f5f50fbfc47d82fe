import Foundation
import Samverkan
import Testing

@Suite("Load bounds: aliases counted in characters, one file read once however it is named")
struct LoadBoundsTests {
  @Test("aliases that repeat more text than the limit are refused at the alias that passes it")
  func aliasCharacters() throws {
    let folder = try FixtureFolder()
    let note = String(repeating: "x", count: 1_000)
    var text = """
      format: 1
      id: karta
      name: Karta
      reviewed: 2026-11-23
      actors:
        - id: skola
          name: Skolan
          kind: organisation
          sector: school
          note: &lang \(note)

      """
    for index in 0..<12 {
      text += """
          - id: enhet-\(index)
            name: Enhet
            kind: unit
            sector: school
            parent: skola
            note: *lang

        """
    }
    let path = try folder.write("karta.yaml", text)
    var limits = LoadLimits()
    limits.maxAliasCharacters = 10_000
    let diagnostic = try loadDiagnostic(path, loader: MapLoader(limits: limits))
    #expect(diagnostic.rule == "alias-expansion")
    #expect(diagnostic.message.contains("11000 tecken"))
    // The eleventh alias: line 10 + 6 per unit, at the alias after "note: ".
    #expect(diagnostic.location?.line == 10 + 6 * 11)
    #expect(throws: Never.self) { try MapLoader().load(path) }
  }

  @Test("one template included through 60 hard links is read once, in well under the time of 60")
  func hardLinkedTemplate() throws {
    let folder = try FixtureFolder()
    var template = """
      format: 1
      id: mall
      name: Mall
      kind: template
      reviewed: 2026-11-23
      actors:

      """
    for index in 0..<1_500 {
      template += """
          - id: a\(index)
            name: Aktör \(index)
            kind: organisation
            sector: social-services

        """
    }
    let original = try folder.write("regions/mall.yaml", template)
    var includes: [String] = []
    for index in 0..<60 {
      let link = (original as NSString).deletingLastPathComponent + "/mall-\(index).yaml"
      try FileManager.default.linkItem(atPath: original, toPath: link)
      includes.append("  - regions/mall-\(index).yaml")
    }
    let one = try folder.write(
      "en.yaml",
      "format: 1\nid: en\nname: En\nreviewed: 2026-11-23\ninclude:\n  - regions/mall.yaml\n")
    let many = try folder.write(
      "manga.yaml",
      "format: 1\nid: manga\nname: Många\nreviewed: 2026-11-23\ninclude:\n"
        + includes.joined(separator: "\n") + "\n")
    let clock = ContinuousClock()
    let once = try clock.measure { _ = try MapLoader().load(one) }
    var loaded: CollaborationMap?
    let sixty = try clock.measure { loaded = try MapLoader().load(many) }
    #expect(loaded?.actors.count == 1_500)
    #expect(loaded?.files.count == 61)
    // Sixty parses would take sixty times as long; the merges are linear and cheap.
    #expect(sixty < once * 8, "one include \(once), sixty \(sixty)")
  }
}
