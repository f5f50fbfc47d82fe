import Foundation
import Samverkan
import Testing

@Suite("who, path and mandate, run as a user runs them")
struct QueryCommandTests {
  @Test("who answers mild anxiety from the school with the first line, not BUP")
  func whoMildAnxiety() throws {
    let result = try CommandRunner.run([
      "who", "Maps/molndal.yaml", "oro", "och", "ångest", "--from", "skola", "--age", "13",
      "--severity", "mild",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let first = result.stdout.split(separator: "\n").first { $0.hasPrefix("1. ") }
    #expect(first?.contains("(uph)") == true)
    #expect(!result.stdout.contains("(bup)"))
    #expect(
      result.stdout.contains(
        "route:    Grundskola och gymnasieskola i Mölndal → Elevhälsoteamet (EHT) (meeting"))
    #expect(result.stdout.contains("consent:  the guardians'"))
  }

  @Test("who --format json carries the query and the ranked answers")
  func whoJSON() throws {
    let result = try CommandRunner.run([
      "who", "Maps/molndal.yaml", "far illa", "--from", "mentor", "--format", "json",
    ])
    #expect(result.status == 0)
    let document = try #require(
      try JSONSerialization.jsonObject(with: result.output) as? [String: Any])
    let answers = try #require(document["answers"] as? [[String: Any]])
    #expect(answers.first?["actor"] as? String == "socialtjanst")
    #expect(answers.first?["kind"] as? String == "duty")
    #expect(answers.first?["consent"] as? String == "none")
    let route = try #require(answers.first?["route"] as? [[String: Any]])
    #expect(route.map { $0["id"] as? String } == ["skola-orosanmalan"])
  }

  @Test("a concern nothing matches exits with 2 and lists every concern with examples")
  func whoNoMatch() throws {
    let result = try CommandRunner.run(["who", "Maps/molndal.yaml", "xyzzy"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("no concern matches 'xyzzy'."))
    #expect(!result.stderr.contains("Did you mean"))
    for concern in Concern.allCases {
      #expect(result.stderr.contains("\(concern.rawValue) (\(concern.name)):"), "\(concern)")
    }
    #expect(result.stderr.contains("\"vill inte gå till skolan\""))
  }

  @Test("a near miss too short to read as a typo says what is near")
  func whoDidYouMean() throws {
    let result = try CommandRunner.run(["who", "Maps/molndal.yaml", "adhs"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("Did you mean: adhd?"))
    #expect(result.stderr.contains("neuropsychiatric (neuropsykiatriska svårigheter (NPF)):"))
  }

  @Test("a typo is answered, with a note on stderr saying how it was read")
  func whoTypo() throws {
    let result = try CommandRunner.run(["who", "Maps/molndal.yaml", "ångst", "--from", "skola"])
    #expect(result.status == 0)
    #expect(result.stderr.contains("note: read \"ångst\" as \"ångest\""))
    #expect(result.stdout.contains("psykisk ohälsa"))
  }

  @Test("everyday words and typos are understood: 'hon sparkades' and 'hemmasitare' get answers")
  func whoUnderstandsStaff() throws {
    for text in ["hon sparkades hemma", "hemmasitare", "mår skit"] {
      let result = try CommandRunner.run(["who", "Maps/molndal.yaml", text, "--from", "skola"])
      #expect(result.status == 0, "\(text): \(result.stderr)")
    }
  }

  @Test("an unknown --from actor exits with 2 and a suggestion")
  func whoUnknownActor() throws {
    let result = try CommandRunner.run(["who", "Maps/molndal.yaml", "ångest", "--from", "kurtor"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("Did you mean 'kurator'"), "\(result.stderr)")
  }

  @Test("--from takes a name or short name as people write it")
  func whoFromByName() throws {
    for (typed, id) in [("skolan", "skola"), ("UPH", "uph"), ("kuratorn", "kurator")] {
      let result = try CommandRunner.run([
        "who", "Maps/molndal.yaml", "ångest", "--from", typed, "--format", "json",
      ])
      #expect(result.status == 0, "\(typed): \(result.stderr)")
      let document = try #require(
        try JSONSerialization.jsonObject(with: result.output) as? [String: Any])
      #expect((document["query"] as? [String: Any])?["from"] as? String == id, "\(typed)")
    }
  }

  @Test("path goes from pupil health to BUP through the first line, never by a report or a SIP")
  func path() throws {
    let result = try CommandRunner.run(["path", "Maps/molndal.yaml", "elevhalsa", "bup"])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 1)
    #expect(
      lines.first.map(String.init)
        == "1. Elevhälsoteamet (EHT) → Vårdcentral med tilläggsuppdrag för ungas psykiska hälsa "
        + "(UPH) (referral, with consent) → Barn- och ungdomspsykiatrin (BUP) (referral, with "
        + "consent) — 2 hand-overs, 2 with consent")
    #expect(!result.stdout.contains("report-of-concern"))
    #expect(!result.stdout.contains("sip-invitation"))
  }

  @Test("path --all-channels may end with a report of concern, labelled")
  func pathAllChannels() throws {
    let result = try CommandRunner.run([
      "path", "Maps/molndal.yaml", "skola", "socialtjanst", "--all-channels", "--format", "json",
    ])
    #expect(result.status == 0)
    let document = try #require(
      try JSONSerialization.jsonObject(with: result.output) as? [String: Any])
    let paths = try #require(document["paths"] as? [[String: Any]])
    let channels = paths.map { path in
      ((path["steps"] as? [[String: Any]]) ?? []).map { $0["channel"] as? String ?? "" }
    }
    #expect(channels.contains(["report-of-concern"]))
    #expect(channels.allSatisfy { !$0.dropLast().contains("report-of-concern") })
  }

  @Test("mandate shows an actor's mandates and its routes")
  func mandate() throws {
    let result = try CommandRunner.run(["mandate", "Maps/molndal.yaml", "uph"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("mandate: psykisk ohälsa — mild/moderate, ages 6-17"))
    #expect(result.stdout.contains("in:  ← elevhalsa (referral"))
  }
}
