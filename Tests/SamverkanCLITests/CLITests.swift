import Foundation
import Samverkan
import Testing

@Suite("The samverkan command, run as a user runs it")
struct CLITests {
  @Test("--help lists every command")
  func help() throws {
    let result = try CommandRunner.run(["--help"])
    #expect(result.status == 0)
    for command in ["validate", "render", "export-dot", "list", "doctor"] {
      #expect(result.stdout.contains(command))
    }
  }

  @Test(
    "each command has its own --help",
    arguments: ["validate", "render", "export-dot", "list", "doctor"])
  func commandHelp(command: String) throws {
    let result = try CommandRunner.run([command, "--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("USAGE: samverkan \(command)"))
  }

  @Test("an unknown option is a usage error with exit code 2")
  func usageError() throws {
    let result = try CommandRunner.run(["render", "Maps/molndal.yaml", "--colour", "red"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("Unknown option '--colour'"))
  }

  @Test("validate passes the bundled maps")
  func validateBundledMaps() throws {
    let result = try CommandRunner.run(["validate", "Maps/", "Maps/regions/vastra-gotaland.yaml"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Maps/molndal.yaml: inga fel, 0 varningar"))
  }

  @Test("a typo in a key is named with file, line and column, exit code 2")
  func validateUnknownKey() throws {
    let folder = try CommandRunner.temporaryFolder()
    let map = folder.appendingPathComponent("typo.yaml")
    try """
    format: 1
    id: typo
    name: Typo
    reviewed: 2026-11-23
    actors:
      - id: skola
        name: Skolan
        kind: unit
        sector: school
        contcat: {role: Rektor}
    """.write(to: map, atomically: true, encoding: .utf8)
    let result = try CommandRunner.run(["validate", map.path])
    #expect(result.status == 2)
    #expect(result.stderr.contains("\(map.path):10:5: error[unknown-key]: okänd nyckel 'contcat'"))
    #expect(result.stderr.contains("tillåtna nycklar: id, name, kind, sector, parent"))
  }

  @Test("an unknown reference is a finding with exit code 1, and render writes nothing")
  func unknownReference() throws {
    let folder = try CommandRunner.temporaryFolder()
    let map = folder.appendingPathComponent("ref.yaml")
    try """
    format: 1
    id: ref
    name: Ref
    reviewed: 2026-11-23
    actors:
      - {id: skola, name: Skolan, kind: unit, sector: school}
      - {id: socialtjanst, name: Socialtjänsten, kind: organisation, sector: social-services}
    routes:
      - id: oro
        from: skola
        to: socialtjnst
        channel: report-of-concern
        consent: not-required
        provision: SoL 19 kap. 1 §
    """.write(to: map, atomically: true, encoding: .utf8)
    let validated = try CommandRunner.run(["validate", map.path])
    #expect(validated.status == 1)
    #expect(validated.stderr.contains("\(map.path):11:9: "))
    #expect(
      validated.stderr.contains(
        "[unknown-reference]: kontaktvägen 'oro' hänvisar till en okänd aktör 'socialtjnst' i 'to'"
      ))
    #expect(validated.stderr.contains("menade du 'socialtjanst'?"))

    let good = folder.appendingPathComponent("ref.svg")
    try Data("previous good picture".utf8).write(to: good)
    let rendered = try CommandRunner.run(["render", map.path, "-o", good.path])
    #expect(rendered.status == 1)
    #expect(try String(contentsOf: good, encoding: .utf8) == "previous good picture")
  }

  @Test("render writes an SVG of the Mölndal map with every actor's name in it")
  func renderOneMap() throws {
    let folder = try CommandRunner.temporaryFolder()
    let svg = folder.appendingPathComponent("molndal.svg")
    let result = try CommandRunner.run(["render", "Maps/molndal.yaml", "-o", svg.path])
    #expect(result.status == 0, "\(result.stderr)")
    let text = try String(contentsOf: svg, encoding: .utf8)
    #expect(text.contains("<svg"))
    #expect(text.contains("Socialtjänstens öppenvård"))
    #expect(text.contains("ungdomspsykiatrin (BUP)"), "Graphviz writes \"-\" as \"&#45;\"")
    #expect(result.stdout.isEmpty)
  }

  @Test(
    "render of a folder writes one file per map, in the format asked for",
    arguments: ["svg", "png", "pdf", "dot"])
  func renderFolder(format: String) throws {
    let folder = try CommandRunner.temporaryFolder()
    let result = try CommandRunner.run(["render", "Maps/", "-o", folder.path, "--format", format])
    #expect(result.status == 0, "\(result.stderr)")
    let written = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    let maps = try FileManager.default.contentsOfDirectory(
      atPath: CommandRunner.packageRoot.appendingPathComponent("Maps").path
    ).filter { $0.hasSuffix(".yaml") }.sorted()
    #expect(written == maps.map { $0.replacingOccurrences(of: ".yaml", with: ".\(format)") })
    #expect(written.contains("molndal.\(format)"))
  }

  @Test("render of a folder without -o is refused")
  func renderFolderNeedsOutput() throws {
    let result = try CommandRunner.run(["render", "Maps/"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("-o"))
  }

  @Test("export-dot prints DOT that names every route")
  func exportDOT() throws {
    let result = try CommandRunner.run(["export-dot", "Maps/molndal.yaml", "--view", "network"])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("digraph \"molndal\" {"))
    // Every route is named in an edge's class, or is a duty in the title's band (reports of
    // concern, SoL 19 kap. 1 §; SIP).
    let map = try MapLoader().load(
      CommandRunner.packageRoot.appendingPathComponent("Maps/molndal.yaml").path)
    let duties = Set(NetworkDuties(map: map).routes.map(\.id))
    #expect(duties.contains("skola-orosanmalan"))
    for route in map.routes where !duties.contains(route.id) {
      #expect(
        result.stdout.contains("route-\(route.id) ")
          || result.stdout.contains("route-\(route.id)\""), "\(route.id)")
    }
    #expect(
      result.stdout.contains("<B>Orosanmälan</B>") && result.stdout.contains("SoL 19 kap. 1 §"))
    #expect(!result.stdout.contains("\"id\"=\"route-skola-orosanmalan\""))
  }

  @Test("export-dot writes the view render draws: the process for a municipality")
  func exportProcessDOT() throws {
    let result = try CommandRunner.run(["export-dot", "Maps/molndal.yaml"])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("digraph \"molndal-process\" {"))
    #expect(result.stdout.contains("\"id\"=\"route-elevhalsa-uph-remiss\""))
    #expect(!result.stdout.contains("\"id\"=\"route-skola-orosanmalan\""))
  }

  @Test("list prints actors and routes as tables")
  func list() throws {
    let result = try CommandRunner.run(["list", "Maps/molndal.yaml"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("NAMN"))
    #expect(result.stdout.contains("Samverkansteam för skolnärvaro (planerat)"))
    #expect(result.stdout.contains("utan samtycke — lagstöd: SoL 19 kap. 1 §"))
  }

  @Test("doctor names the Graphviz version and renders every format")
  func doctor() throws {
    let result = try CommandRunner.run(["doctor"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Graphviz 2."))
    #expect(result.stdout.contains("ritar svg: ok"))
  }

  @Test(
    "the SVG drawn in process is the one `dot -Tsvg` draws from the exported DOT",
    .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/dot")))
  func sameAsDot() throws {
    let folder = try CommandRunner.temporaryFolder()
    let dotFile = folder.appendingPathComponent("molndal.dot")
    #expect(
      try CommandRunner.run(
        ["export-dot", "Maps/molndal.yaml", "--view", "network", "-o", dotFile.path]
      ).status == 0)
    let ours = try CommandRunner.run(["render", "Maps/molndal.yaml", "--view", "network"])
    let theirs = try CommandRunner.run(
      URL(fileURLWithPath: "/usr/bin/dot"), ["-Tsvg:svg:core", dotFile.path])
    #expect(theirs.status == 0)
    #expect(ours.stdout == theirs.stdout)
  }
}

@Suite("The README tells the truth")
struct ReadmeTests {
  @Test("the README's picture is the current render of the Mölndal map")
  func pictureIsCurrent() throws {
    let rendered = try CommandRunner.run(["render", "Maps/molndal.yaml"])
    let picture = try Data(
      contentsOf: CommandRunner.packageRoot.appendingPathComponent("docs/molndal.svg"))
    #expect(
      rendered.output == picture,
      "run: samverkan render Maps/molndal.yaml -o docs/molndal.svg")
  }
}

@Suite("validate reports for people and for machines")
struct ValidateReportTests {
  /// A map whose one route goes to an unknown actor.
  private func brokenMap() throws -> URL {
    let map = try CommandRunner.temporaryFolder().appendingPathComponent("ref.yaml")
    try """
    format: 1
    id: ref
    name: Ref
    reviewed: 2026-11-23
    actors:
      - {id: skola, name: Skolan, kind: function, sector: other}
    routes:
      - {id: oro, from: skola, to: socialtjnst, channel: meeting, consent: required}
    """.write(to: map, atomically: true, encoding: .utf8)
    return map
  }

  @Test("--format json gives the documented schema")
  func json() throws {
    let map = try brokenMap()
    let result = try CommandRunner.run(["validate", map.path, "--format", "json"])
    #expect(result.status == 1)
    let report = try #require(
      try JSONSerialization.jsonObject(with: result.output) as? [String: Any])
    #expect(report["version"] as? Int == 1)
    let maps = try #require(report["maps"] as? [[String: Any]])
    #expect(maps.first?["map"] as? String == "ref")
    #expect(maps.first?["errors"] as? Int == 1)
    let finding = try #require((maps.first?["findings"] as? [[String: Any]])?.first)
    #expect(finding["rule"] as? String == "unknown-reference")
    #expect(finding["line"] as? Int == 8)
    #expect(finding["element"] as? String == "oro")
  }

  @Test("--format sarif gives a SARIF 2.1.0 log with the rules and the results")
  func sarif() throws {
    let map = try brokenMap()
    let result = try CommandRunner.run(["validate", map.path, "--format", "sarif"])
    #expect(result.status == 1)
    let log = try #require(try JSONSerialization.jsonObject(with: result.output) as? [String: Any])
    #expect(log["version"] as? String == "2.1.0")
    let run = try #require((log["runs"] as? [[String: Any]])?.first)
    let results = try #require(run["results"] as? [[String: Any]])
    #expect(results.first?["ruleId"] as? String == "unknown-reference")
    #expect(results.first?["level"] as? String == "error")
    let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
    let ruleIDs = (driver["rules"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
    #expect(ruleIDs.contains("unknown-reference"))
  }

  @Test("--rule turns a rule off for this run, and an unknown rule id is a usage error")
  func ruleLevels() throws {
    let map = try brokenMap()
    #expect(
      try CommandRunner.run(["validate", map.path, "--rule", "unknown-reference=off"]).status == 0)
    let warned = try CommandRunner.run(
      ["validate", map.path, "--rule", "unknown-reference=warning"])
    #expect(warned.status == 0)
    #expect(warned.stderr.contains("warning[unknown-reference]"))
    let strict = try CommandRunner.run(
      ["validate", map.path, "--rule", "unknown-reference=warning", "--max-warnings", "0"])
    #expect(strict.status == 1)
    let unknown = try CommandRunner.run(["validate", map.path, "--rule", "no-such-rule=off"])
    #expect(unknown.status == 2)
    #expect(unknown.stderr.contains("Ingen regel heter 'no-such-rule'"))
  }

  @Test("rules lists every rule with its severity, kind and source")
  func rules() throws {
    let result = try CommandRunner.run(["rules"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("unknown-reference"))
    #expect(result.stdout.contains("report-of-concern"))
    #expect(result.stdout.contains("Källor:"))
  }
}
