import Foundation
import Samverkan
import Testing

/// A map file with one mistake, and where the loader must point.
struct BrokenMap: Sendable, CustomTestStringConvertible {
  var name: String
  var yaml: String
  var rule: String
  var line: Int
  var column: Int

  var testDescription: String { name }
}

/// The lines of an actor up to (not including) its optional keys; the actor's `id` is on line 6.
private let actorStart =
  header + """
    actors:
      - id: skola
        name: Skolan
        kind: unit
        sector: school

    """

/// A route whose `id` is on line 6, before its consent.
private let routeStart =
  header + """
    routes:
      - id: r
        from: skola
        to: socialtjanst
        channel: phone

    """

@Suite("Load errors name their rule, file, line and column")
struct LoadErrorTests {
  static let cases: [BrokenMap] = [
    BrokenMap(
      name: "a key indented under a scalar is a YAML syntax error at its ':'",
      yaml: "format: 1\nid: test\n  name: Test\n", rule: "yaml-syntax", line: 3, column: 7),
    BrokenMap(
      name: "an unclosed flow sequence is reported where the next key's ':' appears",
      yaml: "format: 1\nid: test\nsources: [a, b\nname: Test\n", rule: "yaml-syntax",
      line: 4, column: 5),
    BrokenMap(
      name: "an unclosed flow sequence at the end of the file is reported after the last line",
      yaml: "format: 1\nid: test\nsources: [a, b\n", rule: "yaml-syntax", line: 4, column: 1),
    BrokenMap(
      name: "a tab used for indentation is a YAML syntax error",
      yaml: "format: 1\nid: test\n\tname: Test\n", rule: "yaml-syntax", line: 3, column: 1),
    BrokenMap(
      name: "a top-level key written twice is reported at its first occurrence",
      yaml: "format: 1\nid: test\nname: Test\nid: other\n", rule: "duplicate-key", line: 2,
      column: 1),
    BrokenMap(
      name: "a key written twice inside a flow mapping",
      yaml: actorStart + "    contact: {role: Rektor, phone: '1', role: Kurator}\n",
      rule: "duplicate-key", line: 10, column: 15),
    BrokenMap(
      name: "an unknown top-level key points at the key",
      yaml: header + "actros: []\n", rule: "unknown-key", line: 5, column: 1),
    BrokenMap(
      name: "an unknown key in an actor's block contact points at the key",
      yaml: actorStart + "    contact:\n      role: Rektor\n      emial: skola@example.org\n",
      rule: "unknown-key", line: 12, column: 7),
    BrokenMap(
      name: "an unknown key in a flow contact counts å as one column",
      yaml: actorStart + "    contact: {role: Rektor på skolan, emial: x}\n",
      rule: "unknown-key", line: 10, column: 39),
    BrokenMap(
      name: "columns count Unicode scalars: e + combining acute is two",
      yaml: actorStart + "    contact: {role: Re\u{301}ktor, emial: x}\n",
      rule: "unknown-key", line: 10, column: 30),
    BrokenMap(
      name: "an unknown key in a ladder step",
      yaml: header + "ladders:\n  - id: l\n    name: L\n    concern: absence\n    steps:\n"
        + "      - {id: s, name: S, actor: skola, escalte: r}\n",
      rule: "unknown-key", line: 10, column: 40),
    BrokenMap(
      name: "an actor without a name points at the actor's first key",
      yaml: header + "actors:\n  - id: skola\n    kind: unit\n    sector: school\n",
      rule: "missing-key", line: 6, column: 5),
    BrokenMap(
      name: "a flow-mapping actor without a name points at its opening brace",
      yaml: header + "actors:\n  - {id: skola, kind: unit, sector: school}\n",
      rule: "missing-key", line: 6, column: 5),
    BrokenMap(
      name: "a route without consent points at the route's first key",
      yaml: routeStart, rule: "missing-key", line: 6, column: 5),
    BrokenMap(
      name: "a map without 'reviewed' points at the top mapping",
      yaml: "# kommentar\nformat: 1\nid: test\nname: Test\n", rule: "missing-key", line: 2,
      column: 1),
    BrokenMap(
      name: "laws written as a number is a wrong type at the value",
      yaml: actorStart + "    laws: 5\n", rule: "wrong-type", line: 10, column: 11),
    BrokenMap(
      name: "actors written as a mapping is a wrong type at the value",
      yaml: header + "actors: {}\n", rule: "wrong-type", line: 5, column: 9),
    BrokenMap(
      name: "format written as a word is a wrong type at the value",
      yaml: "format: one\nid: test\nname: Test\nreviewed: 2026-11-23\n", rule: "wrong-type",
      line: 1, column: 9),
    BrokenMap(
      name: "a name written as a list is a wrong type at the value",
      yaml: "format: 1\nid: test\nname: [Test]\nreviewed: 2026-11-23\n", rule: "wrong-type",
      line: 3, column: 7),
    BrokenMap(
      name: "a misspelt sector is an invalid value at the value",
      yaml: header
        + "actors:\n  - id: skola\n    name: Skolan\n    kind: unit\n    sector: socail\n",
      rule: "invalid-value", line: 9, column: 13),
    BrokenMap(
      name: "ages '6-x' is an invalid value at the quoted value",
      yaml: actorStart + "    mandates:\n      - concerns: [absence]\n        ages: \"6-x\"\n"
        + "        basis: Skollagen\n",
      rule: "invalid-value", line: 12, column: 15),
    BrokenMap(
      name: "ages '17-6' (upper first) is an invalid value",
      yaml: actorStart + "    mandates:\n      - concerns: [absence]\n        basis: Skollagen\n"
        + "        ages: 17-6\n",
      rule: "invalid-value", line: 13, column: 15),
    BrokenMap(
      name: "an unknown concern inside a flow list points at that item",
      yaml: actorStart + "    mandates:\n      - concerns: [absence, truancy]\n"
        + "        basis: Skollagen\n",
      rule: "invalid-value", line: 11, column: 29),
    BrokenMap(
      name: "response '-3 days' is an invalid value",
      yaml: routeStart + "    consent: required\n    response: -3 days\n", rule: "invalid-value",
      line: 11, column: 15),
    BrokenMap(
      name: "reviewed 2026-02-30 is not a date",
      yaml: "format: 1\nid: test\nname: Test\nreviewed: 2026-02-30\n", rule: "invalid-value",
      line: 4, column: 11),
    BrokenMap(
      name: "format 2 is not supported",
      yaml: "format: 2\nid: test\nname: Test\nreviewed: 2026-11-23\n", rule: "invalid-value",
      line: 1, column: 9),
    BrokenMap(
      name: "an actor id with a capital and a space is not kebab-case",
      yaml: header
        + "actors:\n  - id: Skola Ett\n    name: Skolan\n    kind: unit\n    sector: school\n",
      rule: "invalid-value", line: 6, column: 9),
    BrokenMap(
      name: "a map id with å is not kebab-case",
      yaml: "format: 1\nid: mölndal\nname: Test\nreviewed: 2026-11-23\n", rule: "invalid-value",
      line: 2, column: 5),
    BrokenMap(
      name: "a route id starting with '-' is not kebab-case",
      yaml: header + "routes:\n  - id: \"-r\"\n    from: a\n    to: b\n    channel: phone\n"
        + "    consent: required\n",
      rule: "invalid-value", line: 6, column: 9),
    BrokenMap(
      name: "consent not-required without provision points at consent",
      yaml: routeStart + "    consent: not-required\n", rule: "invalid-value", line: 10, column: 14),
    BrokenMap(
      name: "provision together with consent required points at provision",
      yaml: routeStart + "    consent: required\n    provision: SoL 19 kap. 1 §\n",
      rule: "invalid-value", line: 11, column: 16),
    BrokenMap(
      name: "a ladder without steps points at the empty list",
      yaml: header + "ladders:\n  - id: l\n    name: L\n    concern: absence\n    steps: []\n",
      rule: "invalid-value", line: 9, column: 12),
    BrokenMap(
      name: "a mandate with an empty severities list points at the list",
      yaml: actorStart + "    mandates:\n      - concerns: [absence]\n        severities: []\n"
        + "        basis: Skollagen\n",
      rule: "invalid-value", line: 12, column: 21),
    BrokenMap(
      name: "an empty file", yaml: "", rule: "empty-file", line: 1, column: 1),
    BrokenMap(
      name: "a file of only comments is empty", yaml: "# bara en kommentar\n\n",
      rule: "empty-file", line: 1, column: 1),
  ]

  @Test("each broken map yields its rule at its exact position", arguments: cases)
  func brokenMap(_ broken: BrokenMap) throws {
    let folder = try FixtureFolder()
    let path = try folder.write("karta.yaml", broken.yaml)
    let diagnostic = try loadDiagnostic(path)
    #expect(diagnostic.rule == broken.rule)
    #expect(diagnostic.severity == .error)
    #expect(
      diagnostic.location
        == Samverkan.SourceLocation(
          file: path, line: broken.line, column: broken.column))
  }

  @Test("an unknown key's hint lists the keys the mapping accepts")
  func unknownKeyHint() throws {
    let folder = try FixtureFolder()
    let path = try folder.write(
      "karta.yaml", actorStart + "    contact:\n      role: Rektor\n      emial: x\n")
    let diagnostic = try loadDiagnostic(path)
    #expect(diagnostic.message == "okänd nyckel 'emial'")
    #expect(
      diagnostic.hint
        == "menade du 'email'? tillåtna nycklar: role, phone, email, web-form, url, hours, "
        + "languages, address, source, checked")

    let top = try folder.write("topp.yaml", header + "actros: []\n")
    #expect(
      try loadDiagnostic(top).hint
        == "menade du 'actors'? tillåtna nycklar: format, id, name, kind, reviewed, sources, include, agreements, actors, routes, ladders, rules"
    )
    let far = try folder.write("långt.yaml", header + "aktörer: []\n")
    let (english, farEnglish) = try Language.$override.withValue(.english) {
      (try loadDiagnostic(top), try loadDiagnostic(far))
    }
    #expect(english.message == "unknown key 'actros'")
    #expect(english.hint?.hasPrefix("did you mean 'actors'? expected one of: format, id,") == true)
    #expect(farEnglish.hint?.hasPrefix("expected one of: format, id,") == true)
  }

  @Test("an unknown key is found even before a missing required key")
  func unknownKeyBeforeMissingKey() throws {
    let folder = try FixtureFolder()
    let path = try folder.write("karta.yaml", "format: 1\nnamn: Test\n")
    let diagnostic = try loadDiagnostic(path)
    #expect(diagnostic.rule == "unknown-key")
    #expect(diagnostic.location == Samverkan.SourceLocation(file: path, line: 2, column: 1))
  }

  @Test("an unknown enum value's message lists the valid values")
  func invalidValueMessage() throws {
    let folder = try FixtureFolder()
    let path = try folder.write(
      "karta.yaml",
      header + "actors:\n  - id: skola\n    name: Skolan\n    kind: unit\n    sector: socail\n")
    let diagnostic = try loadDiagnostic(path)
    #expect(
      diagnostic.message
        == "okänt värde för sektor: 'socail'; skriv något av: school, "
        + "social-services, health-care, family, other, eller på svenska: skola, socialtjänst, "
        + "hälso- och sjukvård, vård, familj, övrigt")
    let english = try Language.$override.withValue(.english) { try loadDiagnostic(path) }
    #expect(
      english.message
        == "unknown sector 'socail'; expected one of: school, "
        + "social-services, health-care, family, other, or in Swedish: skola, socialtjänst, "
        + "hälso- och sjukvård, vård, familj, övrigt")
  }

  @Test("a missing key's message and hint name the key")
  func missingKeyMessage() throws {
    let folder = try FixtureFolder()
    let path = try folder.write(
      "karta.yaml", header + "actors:\n  - id: skola\n    kind: unit\n    sector: school\n")
    let diagnostic = try loadDiagnostic(path)
    #expect(diagnostic.message == "nyckeln 'name' saknas men måste finnas")
    #expect(
      diagnostic.hint == "lägg till 'name:' här; Maps/README.md visar vilka nycklar som krävs")
    let english = try Language.$override.withValue(.english) { try loadDiagnostic(path) }
    #expect(english.message == "missing required key 'name'")
    #expect(english.hint == "add 'name:' here; Maps/README.md lists the required keys")
  }

  @Test("a wrong type's message names the dotted path of the value")
  func wrongTypePath() throws {
    let folder = try FixtureFolder()
    let path = try folder.write("karta.yaml", actorStart + "    laws: 5\n")
    let diagnostic = try loadDiagnostic(path)
    #expect(diagnostic.message.hasPrefix("'actors[0].laws' ska vara "))

    let format = try folder.write(
      "format.yaml", "format: one\nid: test\nname: Test\nreviewed: 2026-11-23\n")
    #expect(try loadDiagnostic(format).message == "'format' ska vara ett heltal")
  }

  @Test("a wrong type's message names the kind of value expected: a list, a text, a mapping")
  func wrongTypeNamesExpectedKind() throws {
    let folder = try FixtureFolder()
    let laws = try folder.write("laws.yaml", actorStart + "    laws: 5\n")
    let actors = try folder.write("actors.yaml", header + "actors: {}\n")
    let name = try folder.write(
      "name.yaml", "format: 1\nid: test\nname: [Test]\nreviewed: 2026-11-23\n")
    let contact = try folder.write("contact.yaml", actorStart + "    contact: Rektor\n")
    #expect(try loadDiagnostic(laws).message == "'actors[0].laws' ska vara en lista")
    #expect(try loadDiagnostic(actors).message == "'actors' ska vara en lista")
    #expect(try loadDiagnostic(name).message == "'name' ska vara en text")
    #expect(
      try loadDiagnostic(contact).message == "'actors[0].contact' ska vara nycklar med värden")
    let english = try Language.$override.withValue(.english) {
      try [laws, name, contact].map { try loadDiagnostic($0).message }
    }
    #expect(
      english == [
        "'actors[0].laws' should be a list", "'name' should be a text",
        "'actors[0].contact' should be a mapping of keys to values",
      ])
  }

  @Test("a required name left blank is not accepted as an empty name")
  func blankRequiredName() throws {
    let folder = try FixtureFolder()
    let path = try folder.write(
      "karta.yaml",
      header + "actors:\n  - id: skola\n    name:\n    kind: unit\n    sector: school\n")
    // Yams decodes the null value of `name:` as "", so the loader checks for blank text.
    let diagnostic = try loadDiagnostic(path)
    #expect(diagnostic.rule == "invalid-value")
    #expect(diagnostic.message.contains("'name' är tom"))
    #expect(diagnostic.location?.line == 7)
  }

  @Test("an unsupported format says which format this version reads")
  func formatMessage() throws {
    let folder = try FixtureFolder()
    let path = try folder.write(
      "karta.yaml", "format: 2\nid: test\nname: Test\nreviewed: 2026-11-23\n")
    #expect(
      try loadDiagnostic(path).message
        == "format 2 stöds inte; den här versionen av samverkan läser format 1")
    #expect(
      try Language.$override.withValue(.english) { try loadDiagnostic(path) }.message
        == "format 2 is not supported; this samverkan reads format 1")
  }

  @Test("a file that is not UTF-8 is reported at its first bad byte")
  func notUTF8() throws {
    let folder = try FixtureFolder()
    // "format: 1\nname: M\u{F6}l\n" in Latin-1: 0xF6 alone is not UTF-8.
    let bytes: [UInt8] = Array("format: 1\nname: M".utf8) + [0xF6] + Array("l\n".utf8)
    let path = try folder.write("latin1.yaml", bytes: bytes)
    let diagnostic = try loadDiagnostic(path)
    #expect(diagnostic.rule == "not-utf8")
    #expect(diagnostic.location == Samverkan.SourceLocation(file: path, line: 2, column: 8))
  }

  @Test("a control character is a YAML error at its own column, after non-ASCII text")
  func controlCharacter() throws {
    let folder = try FixtureFolder()
    let path = try folder.write("karta.yaml", "format: 1\nname: Mölndal\nid: åäö\u{7}\n")
    let diagnostic = try loadDiagnostic(path)
    #expect(diagnostic.rule == "yaml-syntax")
    #expect(diagnostic.message == "control characters are not allowed")
    #expect(diagnostic.location == Samverkan.SourceLocation(file: path, line: 3, column: 8))
  }

  @Test("a file that does not exist is unreadable")
  func missingFile() throws {
    let folder = try FixtureFolder()
    let path = folder.path("finns-inte.yaml")
    let diagnostic = try loadDiagnostic(path)
    #expect(diagnostic.rule == "unreadable-file")
    #expect(diagnostic.location == Samverkan.SourceLocation(file: path, line: 1, column: 1))
  }
}

@Suite("Include errors point at the include entry")
struct IncludeErrorTests {
  /// A map that includes `paths`; its include entries are on lines 6, 7, ...
  func including(_ paths: [String], id: String = "kommun") -> String {
    "format: 1\nid: \(id)\nname: Karta\nreviewed: 2026-11-23\ninclude:\n"
      + paths.map { "  - \($0)\n" }.joined()
  }

  @Test("an include of a file that does not exist")
  func includeMissing() throws {
    let folder = try FixtureFolder()
    try folder.write("regions/finns.yaml", including([], id: "finns"))
    let path = try folder.write(
      "kommun.yaml", including(["regions/finns.yaml", "regions/saknas.yaml"]))
    let diagnostic = try loadDiagnostic(path)
    #expect(diagnostic.rule == "include-missing")
    #expect(diagnostic.message == "den medtagna filen 'regions/saknas.yaml' finns inte")
    #expect(diagnostic.location == Samverkan.SourceLocation(file: path, line: 7, column: 5))
  }

  @Test("a cycle a → b → a is reported at b's include of a")
  func includeCycle() throws {
    let folder = try FixtureFolder()
    let a = try folder.write("a.yaml", including(["b.yaml"], id: "a"))
    try folder.write("b.yaml", "# b tar med a\n" + including(["a.yaml"], id: "b"))
    let diagnostic = try loadDiagnostic(a)
    #expect(diagnostic.rule == "include-cycle")
    #expect(
      diagnostic.location
        == Samverkan.SourceLocation(
          file: folder.resolvedPath("b.yaml"), line: 7, column: 5))
  }

  @Test("a file that includes itself is a cycle")
  func includeSelf() throws {
    let folder = try FixtureFolder()
    let a = try folder.write("a.yaml", including(["./a.yaml"], id: "a"))
    let diagnostic = try loadDiagnostic(a)
    #expect(diagnostic.rule == "include-cycle")
    #expect(diagnostic.location == Samverkan.SourceLocation(file: a, line: 6, column: 5))
  }

  @Test("the same template included twice along two paths is not a cycle")
  func diamondIsNoCycle() throws {
    let folder = try FixtureFolder()
    try folder.write("regions/bas.yaml", including([], id: "bas"))
    try folder.write("regions/x.yaml", including(["bas.yaml"], id: "x"))
    try folder.write("regions/y.yaml", including(["bas.yaml"], id: "y"))
    let top = try folder.write("kommun.yaml", including(["regions/x.yaml", "regions/y.yaml"]))
    let map = try MapLoader().load(top)
    #expect(map.files.count == 5)
  }

  @Test("an include that climbs out of the map folder with ../")
  func includeOutsideFolder() throws {
    let folder = try FixtureFolder()
    try folder.write("utanfor.yaml", including([], id: "utanfor"))
    let path = try folder.write("maps/kommun.yaml", including(["../utanfor.yaml"]))
    let diagnostic = try loadDiagnostic(path)
    #expect(diagnostic.rule == "include-outside-folder")
    #expect(diagnostic.location == Samverkan.SourceLocation(file: path, line: 6, column: 5))
  }

  @Test("a template that climbs out of the top map's folder is caught in the template")
  func nestedIncludeOutsideFolder() throws {
    let folder = try FixtureFolder()
    try folder.write("utanfor.yaml", including([], id: "utanfor"))
    try folder.write("maps/regions/mall.yaml", including(["../../utanfor.yaml"], id: "mall"))
    let path = try folder.write("maps/kommun.yaml", including(["regions/mall.yaml"]))
    let diagnostic = try loadDiagnostic(path)
    #expect(diagnostic.rule == "include-outside-folder")
    #expect(
      diagnostic.location
        == Samverkan.SourceLocation(
          file: folder.resolvedPath("maps/regions/mall.yaml"), line: 6, column: 5))
  }

  @Test("an error inside an included file names the included file")
  func errorInIncludedFile() throws {
    let folder = try FixtureFolder()
    try folder.write(
      "regions/mall.yaml", "format: 1\nid: mall\nname: Mall\nreviewed: 2026-11-23\nsektor: x\n")
    let path = try folder.write("kommun.yaml", including(["regions/mall.yaml"]))
    let diagnostic = try loadDiagnostic(path)
    #expect(diagnostic.rule == "unknown-key")
    #expect(
      diagnostic.location
        == Samverkan.SourceLocation(
          file: folder.resolvedPath("regions/mall.yaml"), line: 5, column: 1))
  }
}

@Suite("Maps loaded on several threads report in the caller's language")
struct ParallelLoadLanguageTests {
  @Test("load(paths) makes its errors in the language of the task that asked")
  func parallelLoadKeepsLanguage() throws {
    let folder = try FixtureFolder()
    let paths = try (0..<4).map { try folder.write("karta\($0).yaml", header + "actros: []\n") }
    let messages = {
      (MapLoader().load(paths)).map { result -> String in
        guard case .failure(let error) = result else { return "" }
        return error.diagnostic.message
      }
    }
    #expect(messages() == Array(repeating: "okänd nyckel 'actros'", count: 4))
    let english = Language.$override.withValue(.english) { messages() }
    #expect(english == Array(repeating: "unknown key 'actros'", count: 4))
  }
}
