import Foundation
import Testing

/// `samverkan validate` and `samverkan rules` speak Swedish by default and English with
/// `--lang en`; the machine formats keep their English keys in both.
@Suite("validate and rules in Swedish and English")
struct RulesOutputTests {
  /// A map with an unknown reference, a report of concern that asks for consent, and no acute way.
  private func brokenMap() throws -> URL {
    let map = try CommandRunner.temporaryFolder().appendingPathComponent("trasig.yaml")
    try """
    format: 1
    id: trasig
    name: Trasig
    reviewed: 2026-11-23
    actors:
      - {id: skola, name: Skolan, kind: unit, sector: school}
      - {id: socialtjanst, name: Socialtjänsten, kind: organisation, sector: social-services}
    routes:
      - id: oro
        from: skola
        to: socialtjnst
        channel: report-of-concern
        consent: required
    """.write(to: map, atomically: true, encoding: .utf8)
    return map
  }

  @Test("validate on a broken map: findings, hints and the summary line in Swedish")
  func validateSwedish() throws {
    let map = try brokenMap()
    let result = try CommandRunner.run(["validate", map.path, "--preset", "all"])
    #expect(result.status == 1)
    #expect(
      result.stderr.contains(
        "[unknown-reference]: kontaktvägen 'oro' hänvisar till en okänd aktör 'socialtjnst' i 'to'"
      ))
    #expect(result.stderr.contains("menade du 'socialtjanst'?"))
    #expect(
      result.stderr.contains(
        "[report-of-concern-consent]: kontaktvägen 'oro' för orosanmälan kräver samtycke"))
    #expect(result.stderr.contains("skriv 'consent: not-required'"))
    #expect(
      result.stderr.contains("[acute-way-missing]: kartan 'trasig' visar inte den akuta vägen"))
    #expect(
      result.stdout.contains(
        "\(map.path): 3 fel, 4 varningar — 2 aktörer, 1 kontaktväg, 0 trappor"))
    #expect(!result.stderr.contains("refers to"))
  }

  @Test("validate --lang en on a broken map: the same findings in English")
  func validateEnglish() throws {
    let map = try brokenMap()
    let result = try CommandRunner.run(["validate", map.path, "--preset", "all", "--lang", "en"])
    #expect(result.status == 1)
    #expect(
      result.stderr.contains(
        "[unknown-reference]: route 'oro' refers to unknown actor 'socialtjnst' in 'to'"))
    #expect(result.stderr.contains("did you mean 'socialtjanst'?"))
    #expect(result.stderr.contains("[report-of-concern-consent]: report-of-concern route 'oro'"))
    #expect(
      result.stdout.contains("\(map.path): 3 errors, 4 warnings — 2 actors, 1 route, 0 ladders"))
    #expect(!result.stderr.contains("hänvisar"))
  }

  @Test("the real Mölndal map: no findings, said in Swedish and in English")
  func molndal() throws {
    let swedish = try CommandRunner.run(["validate", "Maps/molndal.yaml"])
    #expect(swedish.status == 0, "\(swedish.stderr)")
    #expect(swedish.stdout.contains("Maps/molndal.yaml: inga fel, 0 varningar — "))
    #expect(swedish.stdout.contains(" aktörer, "))
    let english = try CommandRunner.run(
      ["validate", "Maps/molndal.yaml"], environment: ["LANG": "en_US.UTF-8"])
    #expect(english.status == 0, "\(english.stderr)")
    #expect(english.stdout.contains("Maps/molndal.yaml: ok, 0 warnings — "))
    #expect(english.stdout.contains(" actors, "))
  }

  @Test("--max-warnings says how many warnings there were, in either language")
  func maxWarnings() throws {
    let map = try brokenMap()
    let arguments = [
      "validate", map.path, "--rule", "unknown-reference=warning", "--rule",
      "report-of-concern=off", "--rule", "report-of-concern-consent=off", "--max-warnings", "0",
    ]
    let swedish = try CommandRunner.run(arguments)
    #expect(swedish.status == 1)
    #expect(swedish.stderr.contains("fler än --max-warnings 0 tillåter"))
    let english = try CommandRunner.run(arguments + ["--lang", "en"])
    #expect(english.status == 1)
    #expect(english.stderr.contains("more than --max-warnings 0"))
  }

  @Test("an unknown rule id on the command line is named in the language asked for")
  func unknownRule() throws {
    let map = try brokenMap()
    let swedish = try CommandRunner.run(["validate", map.path, "--rule", "inge-regel=off"])
    #expect(swedish.status == 2)
    #expect(swedish.stderr.contains("Ingen regel heter 'inge-regel'"))
    let english = try CommandRunner.run(
      ["validate", map.path, "--rule", "inge-regel=off", "--lang", "en"])
    #expect(english.status == 2)
    #expect(english.stderr.contains("No rule is called 'inge-regel'"))
  }

  @Test("rules: the table's headers, severities, kinds and summaries in Swedish")
  func rulesSwedish() throws {
    let result = try CommandRunner.run(["rules"])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasPrefix("REGEL") == true)
    #expect(lines.first?.contains("KONTROLLERAR") == true)
    let reportRow = try #require(lines.first { $0.hasPrefix("report-of-concern ") })
    #expect(reportRow.contains(" fel "))
    #expect(reportRow.contains(" lag "))
    #expect(reportRow.contains("recommended,statutory,all"))
    #expect(reportRow.contains("väg för orosanmälan till socialtjänsten"))
    #expect(result.stdout.contains("Källor:"))
    #expect(result.stdout.contains("duplicate-id: Maps/README.md (kartformatet)"))
    #expect(!result.stdout.contains("CHECKS"))
  }

  @Test("rules --lang en: the same table in English")
  func rulesEnglish() throws {
    let result = try CommandRunner.run(["rules", "--lang", "en"])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasPrefix("RULE") == true)
    #expect(lines.first?.contains("CHECKS") == true)
    let reportRow = try #require(lines.first { $0.hasPrefix("report-of-concern ") })
    #expect(reportRow.contains(" error "))
    #expect(reportRow.contains(" statutory "))
    #expect(reportRow.contains("report-of-concern route to social services"))
    #expect(result.stdout.contains("Sources:"))
    #expect(result.stdout.contains("duplicate-id: Maps/README.md (the map format)"))
  }

  @Test("SARIF and JSON keep their English keys and values; only the texts are Swedish")
  func machineFormats() throws {
    let map = try brokenMap()
    let json = try CommandRunner.run(["validate", map.path, "--format", "json"])
    let report = try #require(
      try JSONSerialization.jsonObject(with: json.output) as? [String: Any])
    let entry = try #require((report["maps"] as? [[String: Any]])?.first)
    #expect(entry["errors"] as? Int == 3)
    let finding = try #require(
      (entry["findings"] as? [[String: Any]])?.first {
        $0["rule"] as? String == "unknown-reference"
      })
    #expect(finding["severity"] as? String == "error")
    #expect(
      finding["message"] as? String
        == "kontaktvägen 'oro' hänvisar till en okänd aktör 'socialtjnst' i 'to'")
    #expect(finding["hint"] as? String == "menade du 'socialtjanst'?")

    for (arguments, summary) in [
      ([String](), "varje aktör och kontaktväg som kartan hänvisar till finns"),
      (["--lang", "en"], "every actor and route a map refers to exists"),
    ] {
      let sarif = try CommandRunner.run(
        ["validate", map.path, "--format", "sarif"] + arguments)
      let log = try #require(
        try JSONSerialization.jsonObject(with: sarif.output) as? [String: Any])
      let run = try #require((log["runs"] as? [[String: Any]])?.first)
      let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
      let rule = try #require(
        (driver["rules"] as? [[String: Any]])?.first { $0["id"] as? String == "unknown-reference" })
      #expect((rule["shortDescription"] as? [String: Any])?["text"] as? String == summary)
      #expect((rule["properties"] as? [String: Any])?["kind"] as? String == "structural")
      let result = try #require(
        (run["results"] as? [[String: Any]])?.first {
          $0["ruleId"] as? String == "unknown-reference"
        })
      #expect(result["level"] as? String == "error")
      let text = (result["message"] as? [String: Any])?["text"] as? String
      #expect(text?.contains(arguments.isEmpty ? "hänvisar till" : "refers to") == true)
    }
  }
}
