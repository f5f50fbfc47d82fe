import Foundation
import Testing

/// `samverkan case` needs `Case.self` among `SamverkanCommand`'s subcommands.
@Suite("samverkan case walks a fictitious case through a map's ladder")
struct CaseCommandTests {
  @Test("the text output shows each step with who acts, what is shared and where it stalls")
  func textStall() throws {
    let result = try CommandRunner.run([
      "case", "Maps/molndal.yaml", "Examples/cases/npf-utan-samtycke-15.yaml",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("Fall: 15-åring med hög frånvaro, NPF och ångest"))
    #expect(result.stdout.contains("\nKarta: Mölndals stad\n"))
    #expect(result.stdout.contains("\n1. Främja närvaro\n"))
    #expect(
      result.stdout.contains("   ansvarig: Grundskola och gymnasieskola i Mölndal — uppdrag:"))
    #expect(result.stdout.contains("   vidare: → Mentor (underrättelse, svar: samma dag): "))
    #expect(result.stdout.contains("   SIP: både socialtjänst och hälso- och sjukvård har en del"))
    #expect(result.stdout.contains("   fastnar: vägen till Socialtjänstens öppenvård"))
    #expect(result.stdout.contains("Resultat: Fastnar i steg 4, Åtgärda: "))
    #expect(!result.stdout.contains("5. Samverka\n"))
  }

  @Test("--lang en prints the same walk in English")
  func textStallInEnglish() throws {
    let result = try CommandRunner.run([
      "case", "Maps/molndal.yaml", "Examples/cases/npf-utan-samtycke-15.yaml", "--lang", "en",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("Case: 15-åring med hög frånvaro, NPF och ångest"))
    #expect(result.stdout.contains("\nMap: Mölndals stad\n"))
    #expect(result.stdout.contains("   acts: Grundskola och gymnasieskola i Mölndal — mandate:"))
    #expect(result.stdout.contains("   shares: → Mentor (notice, response same day): "))
    #expect(result.stdout.contains("   stalls: the route to Socialtjänstens öppenvård"))
    #expect(result.stdout.contains("Outcome: Stalled at step 4, Åtgärda: "))
  }

  @Test("suspected harm prints the report of concern once, before the steps")
  func textHarm() throws {
    let result = try CommandRunner.run([
      "case", "Maps/molndal.yaml", "Examples/cases/oro-hemma-9.yaml",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let beforeSteps = try #require(result.stdout.components(separatedBy: "\n1. ").first)
    #expect(
      beforeSteps.contains(
        "Orosanmälan, i varje steg: personalen på Grundskola och gymnasieskola i Mölndal ska "
          + "göra en orosanmälan till Socialtjänsten nu, kontakt: "))
    #expect(beforeSteps.contains("inget samtycke behövs (SoL 19 kap. 1 §, OSL 10 kap. 28 §)"))
    #expect(result.stdout.components(separatedBy: "Orosanmälan, i varje steg").count == 2)
    #expect(
      result.stdout.contains("Barnet misstänks fara illa: en orosanmälan till Socialtjänsten"))
  }

  @Test("suspected harm in English: the report of concern once, before the steps")
  func textHarmInEnglish() throws {
    let result = try CommandRunner.run(
      ["case", "Maps/molndal.yaml", "Examples/cases/oro-hemma-9.yaml"],
      environment: ["LANG": "en_US.UTF-8"])
    #expect(result.status == 0, "\(result.stderr)")
    let beforeSteps = try #require(result.stdout.components(separatedBy: "\n1. ").first)
    #expect(
      beforeSteps.contains(
        "Report of concern, at every step: staff at Grundskola och gymnasieskola i Mölndal must "
          + "report to Socialtjänsten now, contact: "))
    #expect(beforeSteps.contains("no consent needed (SoL 19 kap. 1 §, OSL 10 kap. 28 §)"))
    #expect(result.stdout.components(separatedBy: "Report of concern, at every step").count == 2)
  }

  static let exampleCases: [String] = {
    let folder = CommandRunner.packageRoot.appendingPathComponent("Examples/cases").path
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter { $0.hasSuffix(".yaml") }.sorted().map { "Examples/cases/\($0)" }
  }()

  @Test("every example case is walked in Swedish by default", arguments: exampleCases)
  func exampleInSwedish(caseFile: String) throws {
    let result = try CommandRunner.run(["case", "Maps/molndal.yaml", caseFile])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("Fall: "))
    #expect(result.stdout.contains("\nKarta: Mölndals stad\n"))
    #expect(result.stdout.contains("\nTrappa: Problematisk skolfrånvaro (gäller "))
    #expect(result.stdout.contains("   ansvarig: "))
    #expect(result.stdout.contains("\nResultat: "))
    for word in ["Case ", "Outcome", "acts:", "shares:", "stalls:", "Not reached", "consent:"] {
      #expect(!result.stdout.contains(word), "\(caseFile): '\(word)'")
    }
  }

  @Test("every example case is walked in English with --lang en", arguments: exampleCases)
  func exampleInEnglish(caseFile: String) throws {
    let result = try CommandRunner.run(["case", "Maps/molndal.yaml", caseFile, "--lang", "en"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("Case: "))
    #expect(result.stdout.contains("\nMap: Mölndals stad\n"))
    #expect(result.stdout.contains("\nLadder: Problematisk skolfrånvaro (concern: "))
    #expect(result.stdout.contains("   acts: "))
    #expect(result.stdout.contains("\nOutcome: "))
    for word in ["Fall: ", "Resultat", "ansvarig:", "vidare:", "fastnar:", "Nåddes inte"] {
      #expect(!result.stdout.contains(word), "\(caseFile): '\(word)'")
    }
  }

  @Test("--format json prints the walk with sorted keys")
  func json() throws {
    let result = try CommandRunner.run([
      "case", "Maps/molndal.yaml", "Examples/cases/angest-13.yaml", "--format", "json",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: result.output) as? [String: Any])
    #expect(object["version"] as? Int == 1)
    #expect((object["case"] as? [String: Any])?["id"] as? String == "angest-13")
    #expect((object["map"] as? [String: Any])?["id"] as? String == "molndal")
    let outcome = try #require(object["outcome"] as? [String: Any])
    #expect(outcome["result"] as? String == "needs-met")
    #expect(
      (outcome["summary"] as? String)?.hasPrefix("Fallets behov tillgodoses i steg 5") == true)
    let steps = try #require(object["steps"] as? [[String: Any]])
    #expect(steps.count == 5)
    let contacts = try #require(object["contacts"] as? [[String: Any]])
    #expect(contacts.map { ($0["actor"] as? [String: Any])?["id"] as? String } == ["uph"])
    let sip = try #require(steps[2]["sip"] as? [String: Any])
    let convenors = try #require(sip["convenors"] as? [[String: Any]])
    let ids = convenors.compactMap { ($0["actor"] as? [String: Any])?["id"] as? String }
    #expect(ids == ["socialtjanst", "uph"])
    #expect(sip["schoolMayConvene"] as? Bool == false)
    // Sorted keys: "case" comes before "gaps", "ladder", "map", "notReached", "outcome".
    let keys = ["\"case\"", "\"gaps\"", "\"ladder\"", "\"map\"", "\"outcome\"", "\"steps\""]
    let positions = keys.compactMap { result.stdout.range(of: $0)?.lowerBound }
    #expect(positions.count == keys.count)
    #expect(positions == positions.sorted())
  }

  @Test("--format json --lang en: the same keys and codes, the texts in English")
  func jsonInEnglish() throws {
    let arguments = [
      "case", "Maps/molndal.yaml", "Examples/cases/angest-13.yaml", "--format", "json",
    ]
    let swedish = try CommandRunner.run(arguments)
    let english = try CommandRunner.run(arguments + ["--lang", "en"])
    #expect(english.status == 0, "\(english.stderr)")
    let sv = try #require(try JSONSerialization.jsonObject(with: swedish.output) as? [String: Any])
    let en = try #require(try JSONSerialization.jsonObject(with: english.output) as? [String: Any])
    #expect(Set(sv.keys) == Set(en.keys))
    let outcome = try #require(en["outcome"] as? [String: Any])
    #expect(outcome["result"] as? String == "needs-met")
    #expect(
      (outcome["summary"] as? String)?.hasPrefix("The case's needs are met at step 5") == true)
    #expect((en["case"] as? [String: Any])?["severity"] as? String == "mild")
  }

  @Test("a bad case file exits with 2 and names file, line and column")
  func badCase() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("fall.yaml")
    try """
    format: 1
    id: fall
    title: Ett fall
    age: 400
    concerns: [absence]
    severity: mild
    consent: true
    """.write(to: file, atomically: true, encoding: .utf8)
    let result = try CommandRunner.run(["case", "Maps/molndal.yaml", file.path])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr.contains(
        "\(file.path):4:6: error[invalid-value]: age 400 is outside 0 to 25 years"))
  }

  @Test("an unknown key in a case file exits with 2 at the key")
  func unknownKey() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("fall.yaml")
    try """
    format: 1
    id: fall
    title: Ett fall
    age: 12
    concerns: [absence]
    severity: mild
    consent: true
    harm-suspekted: true
    """.write(to: file, atomically: true, encoding: .utf8)
    let result = try CommandRunner.run(["case", "Maps/molndal.yaml", file.path])
    #expect(result.status == 2)
    #expect(
      result.stderr.contains("\(file.path):8:1: error[unknown-key]: unknown key 'harm-suspekted'"))
  }

  @Test("a map that cannot be read exits with 2")
  func badMap() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let map = folder.appendingPathComponent("karta.yaml")
    try "format: 1\nid: karta\nname: Karta\nreviewed: 2026-11-23\nactros: []\n"
      .write(to: map, atomically: true, encoding: .utf8)
    let result = try CommandRunner.run(["case", map.path, "Examples/cases/angest-13.yaml"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("\(map.path):5:1: error[unknown-key]: unknown key 'actros'"))
  }

  @Test("an unknown --format is a usage error with exit code 2")
  func badFormat() throws {
    let result = try CommandRunner.run([
      "case", "Maps/molndal.yaml", "Examples/cases/angest-13.yaml", "--format", "sarif",
    ])
    #expect(result.status == 2)
  }

  @Test("case has its own --help")
  func help() throws {
    let result = try CommandRunner.run(["case", "--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("USAGE: samverkan case <map> <case-file>"))
  }
}
