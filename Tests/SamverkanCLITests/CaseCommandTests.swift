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
    #expect(result.stdout.hasPrefix("Case npf-utan-samtycke-15: "))
    #expect(result.stdout.contains("Map: Mölndals stad (molndal)"))
    #expect(result.stdout.contains("1. Främja närvaro (framja)"))
    #expect(result.stdout.contains("   acts: Grundskola och gymnasieskola i Mölndal (skola)"))
    #expect(result.stdout.contains("   shares: → Mentor (mentor) by notification"))
    #expect(result.stdout.contains("   SIP: social services and health care both have a part"))
    #expect(result.stdout.contains("   stalls: route 'skola-oppenvard-narvaroinsats'"))
    #expect(result.stdout.contains("Outcome: Stalled at step 4 'Åtgärda' (no-consent)"))
    #expect(!result.stdout.contains("5. Samverka"))
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
        "Report of concern, at every step: staff at Grundskola och gymnasieskola i Mölndal must "
          + "report to Socialtjänsten now by route 'skola-orosanmalan'"))
    #expect(beforeSteps.contains("no consent needed (SoL 19 kap. 1 §, OSL 10 kap. 28 §)"))
    #expect(result.stdout.components(separatedBy: "report to Socialtjänsten").count == 2)
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
      result.stderr.contains("\(file.path):8:1: error[unknown-key]: okänd nyckel 'harm-suspekted'"))
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
    #expect(result.stderr.contains("\(map.path):5:1: error[unknown-key]: okänd nyckel 'actros'"))
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
