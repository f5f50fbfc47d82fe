import Samverkan
import Testing

@Suite("Contact links are web addresses a reader may follow")
struct ContactLinkTests {
  @Test(
    "a contact link must be https: a script or data URL is an invalid value at the link",
    arguments: [
      "javascript:alert(1)", "JaVaScRiPt:alert(1)", "' javascript:alert(1)'",
      "'java\tscript:alert(1)'", "'data:text/html,<script>alert(1)</script>'", "vbscript:msgbox",
      "http://skola.example", "'https://skola.example/\"><script>'",
    ])
  func unsafeLink(_ link: String) throws {
    let folder = try FixtureFolder()
    let path = try folder.write(
      "karta.yaml",
      header + "actors:\n  - id: a\n    name: A\n    kind: unit\n    sector: school\n"
        + "    contact:\n      url: \(link)\n")
    let diagnostic = try loadDiagnostic(path)
    #expect(diagnostic.rule == "invalid-value")
    #expect(diagnostic.message.hasPrefix("'url' ska vara en webbadress som börjar med https://"))
    #expect(diagnostic.location == Samverkan.SourceLocation(file: path, line: 11, column: 12))
  }

  @Test("an https link with a query loads as written")
  func httpsLink() throws {
    let folder = try FixtureFolder()
    let map = try folder.load(
      "karta.yaml",
      header + "actors:\n  - {id: a, name: A, kind: unit, sector: school, "
        + "contact: {web-form: 'https://skola.example/form?a=1&b=2'}}\n")
    #expect(map.actors.first?.contact?.webForm == "https://skola.example/form?a=1&b=2")
  }
}
