import Foundation
import Samverkan
import Testing

@Suite("Load limits refuse oversized maps with a positioned error and a hint")
struct LoadLimitsTests {
  /// Loads `text` as `karta.yaml` with `limits`; returns the diagnostic and the file's path.
  private func refused(_ text: String, _ limits: LoadLimits) throws -> (Diagnostic, String) {
    let folder = try FixtureFolder()
    let path = try folder.write("karta.yaml", text)
    let diagnostic = try loadDiagnostic(path, loader: MapLoader(limits: limits))
    #expect(diagnostic.severity == .error)
    #expect(diagnostic.hint?.isEmpty == false)
    return (diagnostic, path)
  }

  private func at(_ path: String, _ line: Int, _ column: Int) -> Samverkan.SourceLocation {
    Samverkan.SourceLocation(file: path, line: line, column: column)
  }

  @Test("the defaults are the documented ones")
  func defaults() {
    let limits = LoadLimits()
    #expect(limits.maxFileSize == 10_000_000)
    #expect(limits.maxDepth == 32)
    #expect(limits.maxNodes == 250_000)
    #expect(limits.maxAliasExpansion == 10_000)
    #expect(limits.maxAliasCharacters == 100_000)
    #expect(limits.maxNameLength == 500)
    #expect(limits.maxTextLength == 5_000)
    #expect(limits.maxIncludedFiles == 100)
    #expect(limits.maxActors == 2_000)
    #expect(limits.maxRoutes == 5_000)
    #expect(MapLoader().limits == limits)
  }

  @Test("every real map loads with a tenth of the default limits: a fifth for names, 8 levels")
  func realMapsFit() throws {
    let maps = RealMaps.packageRoot.appendingPathComponent("Maps")
    let files = try FileManager.default.contentsOfDirectory(atPath: maps.path)
      .filter { $0.hasSuffix(".yaml") }
    #expect(!files.isEmpty)
    let tight = LoadLimits(
      maxFileSize: 1_000_000, maxDepth: 8, maxNodes: 25_000, maxAliasExpansion: 1_000,
      maxNameLength: 100,
      maxTextLength: 500, maxIncludedFiles: 10, maxActors: 200, maxRoutes: 500)
    for file in files {
      _ = try MapLoader(limits: tight).load(maps.appendingPathComponent(file).path)
    }
  }

  @Test("a file over the size limit is refused at its start before it is read")
  func fileSize() throws {
    let (diagnostic, path) = try refused(header, LoadLimits(maxFileSize: 40))
    #expect(diagnostic.rule == "file-too-large")
    #expect(diagnostic.location == at(path, 1, 1))
    #expect(diagnostic.message == "filen är större än 40 byte, det mesta en kartfil får vara")
    let english = try Language.$override.withValue(.english) {
      try refused(header, LoadLimits(maxFileSize: 40))
    }
    #expect(english.0.message == "the file is larger than 40 bytes, the most a map file may hold")
  }

  @Test("nesting one level over the limit is refused at the list that goes over it")
  func depth() throws {
    // The top mapping, `sources` and two nested lists: four levels.
    let (diagnostic, path) = try refused(header + "sources: [[[x]]]\n", LoadLimits(maxDepth: 3))
    #expect(diagnostic.rule == "too-deeply-nested")
    #expect(diagnostic.location == at(path, 5, 12))
    #expect(diagnostic.message == "listor och mappningar ligger mer än 3 nivåer djupt här")
  }

  @Test("a list of a million items is refused at the first node over the limit, before composing")
  func nodes() throws {
    let items = String(repeating: "a, ", count: 1_000_000)
    let started = ContinuousClock.now
    let (diagnostic, path) = try refused(header + "sources: [\(items)a]\n", LoadLimits())
    #expect(ContinuousClock.now - started < .seconds(20))
    #expect(diagnostic.rule == "too-many-nodes")
    // The top mapping, its 4 keys and values, `sources` and its list: 11 nodes before the items,
    // so item 249,990 is the 250,001st node, at column 11 + 3 × 249,989.
    #expect(diagnostic.location == at(path, 5, 11 + 3 * 249_989))
  }

  @Test("aliases are refused at the one that repeats more nodes than allowed, before expansion")
  func aliases() throws {
    let text = header + "sources: &a [x, y]\nagreements: {}\n" + "actors: [*a, *a]\n"
    // Each *a repeats three nodes: the list and its two items.
    let (diagnostic, path) = try refused(text, LoadLimits(maxAliasExpansion: 5))
    #expect(diagnostic.rule == "alias-expansion")
    #expect(diagnostic.location == at(path, 7, 14))
  }

  @Test("a few aliases within the limit load as if written out")
  func aliasesWithinLimit() throws {
    let folder = try FixtureFolder()
    let map = try folder.load(
      "karta.yaml",
      header
        + "actors:\n  - {id: a, name: A, kind: unit, sector: school, laws: &lagar [SoL, OSL]}\n"
        + "  - {id: b, name: B, kind: unit, sector: school, laws: *lagar}\n")
    #expect(map.actors.map(\.laws) == [["SoL", "OSL"], ["SoL", "OSL"]])
  }

  @Test("a name or a role over the name limit is refused at the value")
  func nameLength() throws {
    let limits = LoadLimits(maxNameLength: 10)
    let name = header + "actors:\n  - {id: a, name: Elva tecken, kind: unit, sector: school}\n"
    let (named, path) = try refused(name, limits)
    #expect(named.rule == "text-too-long")
    #expect(named.location == at(path, 6, 19))
    #expect(named.message == "namnet är 11 tecken långt; ett namn eller en roll får ha högst 10")

    let role =
      header + "actors:\n  - {id: a, name: A, kind: unit, sector: school, "
      + "contact: {role: Rektor på skolan}}\n"
    let (roled, rolePath) = try refused(role, limits)
    #expect(roled.rule == "text-too-long")
    #expect(roled.location == at(rolePath, 6, 66))
  }

  @Test("other text is held to the text limit, counted in characters, not bytes")
  func textLength() throws {
    let limits = LoadLimits(maxNameLength: 5, maxTextLength: 12)
    let folder = try FixtureFolder()
    // Twelve characters in 15 bytes: within the limit.
    let fits = try folder.load(
      "fits.yaml",
      header + "actors:\n  - {id: a, name: A, kind: unit, sector: school, note: åäö åäö åäö}\n",
      limits: limits)
    #expect(fits.actors.first?.note == "åäö åäö åäö")
    let (diagnostic, path) = try refused(
      header + "actors:\n  - {id: a, name: A, kind: unit, sector: school, note: åäö åäö åäö å}\n",
      limits)
    #expect(diagnostic.rule == "text-too-long")
    #expect(diagnostic.location == at(path, 6, 56))
  }

  @Test("actors and routes over the limit in one file are refused at the first one over it")
  func countsInOneFile() throws {
    let actors =
      header + "actors:\n"
      + (1...3).map { "  - {id: a\($0), name: A, kind: unit, sector: school}\n" }.joined()
    let (tooManyActors, actorsPath) = try refused(actors, LoadLimits(maxActors: 2))
    #expect(tooManyActors.rule == "too-many-actors")
    #expect(tooManyActors.location == at(actorsPath, 8, 5))

    let routes =
      header + "routes:\n"
      + (1...3).map { "  - {id: r\($0), from: a, to: b, channel: phone, consent: required}\n" }
      .joined()
    let (tooManyRoutes, routesPath) = try refused(routes, LoadLimits(maxRoutes: 2))
    #expect(tooManyRoutes.rule == "too-many-routes")
    #expect(tooManyRoutes.location == at(routesPath, 8, 5))
  }

  @Test("actors over the limit only once includes are merged are refused at the first over it")
  func countsAfterIncludes() throws {
    let folder = try FixtureFolder()
    try folder.write(
      "regions/mall.yaml",
      "format: 1\nid: mall\nname: Mall\nkind: template\nreviewed: 2026-11-23\nactors:\n"
        + "  - {id: a1, name: A, kind: unit, sector: school}\n"
        + "  - {id: a2, name: A, kind: unit, sector: school}\n")
    let path = try folder.write(
      "kommun.yaml",
      header + "include: [regions/mall.yaml]\nactors:\n"
        + "  - {id: a3, name: A, kind: unit, sector: school}\n")
    let diagnostic = try loadDiagnostic(path, loader: MapLoader(limits: LoadLimits(maxActors: 2)))
    #expect(diagnostic.rule == "too-many-actors")
    #expect(
      diagnostic.message.hasPrefix("kartan har 3 aktörer när mallarna den tar med är inlagda"))
    #expect(diagnostic.location == at(path, 7, 5))
  }

  @Test("a map reading more files than allowed through include is refused at the include")
  func includedFiles() throws {
    let folder = try FixtureFolder()
    try folder.write("mall.yaml", "format: 1\nid: mall\nname: Mall\nreviewed: 2026-11-23\n")
    let path = try folder.write("kommun.yaml", header + "include:\n  - mall.yaml\n  - mall.yaml\n")
    let diagnostic = try loadDiagnostic(
      path, loader: MapLoader(limits: LoadLimits(maxIncludedFiles: 1)))
    #expect(diagnostic.rule == "too-many-includes")
    #expect(diagnostic.location == at(path, 7, 5))
  }

  @Test("includes that double at each level are stopped, not read 2^20 times")
  func includeDoubling() throws {
    let folder = try FixtureFolder()
    for level in 0..<20 {
      let next = level == 19 ? "" : "include: [l\(level + 1).yaml, l\(level + 1).yaml]\n"
      try folder.write(
        "l\(level).yaml",
        "format: 1\nid: l\(level)\nname: L\nkind: template\nreviewed: 2026-11-23\n" + next)
    }
    let diagnostic = try loadDiagnostic(folder.path("l0.yaml"))
    #expect(diagnostic.rule == "too-many-includes")
  }
}

@Suite("The loader refuses what is not a map file before it parses it")
struct UnreadableInputTests {
  @Test("a tag such as !!python/object is refused at the tag")
  func tag() throws {
    let folder = try FixtureFolder()
    let path = try folder.write("karta.yaml", header + "sources: !!python/object:os.system [ls]\n")
    let diagnostic = try loadDiagnostic(path)
    #expect(diagnostic.rule == "yaml-tag")
    #expect(diagnostic.message == "taggen '!!python/object:os.system' betyder ingenting i en karta")
    #expect(diagnostic.location == Samverkan.SourceLocation(file: path, line: 5, column: 10))
  }

  @Test("YAML's own tags for the kinds of value a map has are accepted")
  func standardTags() throws {
    let folder = try FixtureFolder()
    let map = try folder.load("karta.yaml", header + "sources: !!seq [!!str 2026]\n")
    #expect(map.sources == ["2026"])
  }

  @Test("a key that is a list is refused instead of being skipped")
  func complexKey() throws {
    let folder = try FixtureFolder()
    let path = try folder.write("karta.yaml", header + "? [actors]\n: []\n")
    let diagnostic = try loadDiagnostic(path)
    #expect(diagnostic.rule == "complex-key")
    #expect(diagnostic.location == Samverkan.SourceLocation(file: path, line: 5, column: 3))
  }

  @Test("a byte that is not UTF-8 is reported at its own line and column, even after CR LF")
  func firstBadByte() throws {
    let folder = try FixtureFolder()
    let bytes = Array("format: 1\r\nid: test\r\nname: M".utf8) + [0xF6] + Array("l\r\n".utf8)
    let path = try folder.write("latin1.yaml", bytes: bytes)
    let diagnostic = try loadDiagnostic(path)
    #expect(diagnostic.rule == "not-utf8")
    #expect(diagnostic.message.contains("0xF6"))
    #expect(diagnostic.location == Samverkan.SourceLocation(file: path, line: 3, column: 8))
  }

  @Test("a UTF-16 file is named as such")
  func utf16() throws {
    let folder = try FixtureFolder()
    let path = try folder.write("utf16.yaml", bytes: [0xFF, 0xFE] + Array("f\0o\0".utf8))
    let diagnostic = try loadDiagnostic(path)
    #expect(diagnostic.rule == "not-utf8")
    #expect(diagnostic.message == "filen är sparad som UTF-16, inte UTF-8")
  }

  @Test("a UTF-8 byte order mark before the first key loads, and columns do not count it")
  func byteOrderMark() throws {
    let folder = try FixtureFolder()
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    let crlf = header.replacingOccurrences(of: "\n", with: "\r\n")
    #expect(
      try MapLoader().load(folder.write("bom.yaml", bytes: bom + Array(crlf.utf8))).id == "test")
    let path = try folder.write(
      "format.yaml", bytes: bom + Array("format: one\nid: test\nname: Test\n".utf8))
    let diagnostic = try loadDiagnostic(path)
    #expect(diagnostic.rule == "wrong-type")
    #expect(diagnostic.location == Samverkan.SourceLocation(file: path, line: 1, column: 9))
  }

  @Test("a device is refused without being read")
  func device() throws {
    let diagnostic = try loadDiagnostic("/dev/zero")
    #expect(diagnostic.rule == "unreadable-file")
    #expect(diagnostic.message.contains("ingen vanlig fil"))
  }

  @Test("a folder named as a map or as an include is refused at its name or its include entry")
  func folder() throws {
    let folder = try FixtureFolder()
    try folder.write("mallar/mall.yaml", header)
    #expect(try loadDiagnostic(folder.path("mallar")).rule == "unreadable-file")
    let path = try folder.write("kommun.yaml", header + "include: [mallar]\n")
    let diagnostic = try loadDiagnostic(path)
    #expect(diagnostic.rule == "include-missing")
    #expect(diagnostic.message == "den medtagna sökvägen 'mallar' är en mapp, inte en kartfil")
    #expect(diagnostic.location == Samverkan.SourceLocation(file: path, line: 5, column: 11))
  }

  @Test("an absolute include path is refused at the include entry")
  func absoluteInclude() throws {
    let folder = try FixtureFolder()
    let path = try folder.write("kommun.yaml", header + "include: [/etc/passwd]\n")
    let diagnostic = try loadDiagnostic(path)
    #expect(diagnostic.rule == "include-outside-folder")
    #expect(diagnostic.location == Samverkan.SourceLocation(file: path, line: 5, column: 11))
  }
}
