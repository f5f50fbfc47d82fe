import Foundation
import Samverkan
import Testing

@Suite("who, path, mandate and list, run as a user runs them, in Swedish and English")
struct QueryCommandTests {
  /// The answer lines of a text answer that start a numbered answer: "1. Skolkurator".
  static func numbered(_ text: String) -> [String] {
    text.split(separator: "\n").map(String.init).filter { $0.first?.isNumber == true }
  }

  static func json(_ result: CommandRunner.Result) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: result.output) as? [String: Any])
  }

  // MARK: who

  @Test("who answers mild anxiety from the school with the first line, not BUP, in Swedish")
  func whoMildAnxiety() throws {
    let result = try CommandRunner.run([
      "who", "Maps/molndal.yaml", "oro", "och", "ångest", "--from", "skola", "--age", "13",
      "--severity", "lindrig",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout.hasPrefix(
        "Mölndals stad: vem kontaktar jag om psykisk ohälsa (lindrig, 13 år, frågar: Grundskola "
          + "och gymnasieskola i Mölndal)\n"))
    #expect(
      Self.numbered(result.stdout).first
        == "1. Vårdcentral med tilläggsuppdrag för ungas psykiska hälsa (UPH)")
    #expect(!result.stdout.contains("Barn- och ungdomspsykiatrin (BUP)\n"))
    #expect(
      result.stdout.contains(
        "   varför:   mandat för psykisk ohälsa (lindrig/måttlig, 6-17 år) — HSL"))
    #expect(
      result.stdout.contains(
        "   väg:      Grundskola och gymnasieskola i Mölndal → Elevhälsoteamet (EHT) (möte, inga "
          + "elevuppgifter) → Vårdcentral med tilläggsuppdrag för ungas psykiska hälsa (UPH) "
          + "(remiss, med vårdnadshavares samtycke)"))
    #expect(result.stdout.contains("   samtycke: vårdnadshavarnas\n"))
    #expect(result.stdout.contains("   kontakt:  Mottagningen på vårdcentralen med UPH-uppdrag"))
  }

  @Test("who answers the same question in English with --lang en and with LANG")
  func whoMildAnxietyEnglish() throws {
    let arguments = [
      "who", "Maps/molndal.yaml", "oro och ångest", "--from", "skola", "--age", "13",
      "--severity", "mild",
    ]
    let flagged = try CommandRunner.run(arguments + ["--lang", "en"])
    let byLocale = try CommandRunner.run(arguments, environment: ["LANG": "en_US.UTF-8"])
    for result in [flagged, byLocale] {
      #expect(result.status == 0, "\(result.stderr)")
      #expect(
        result.stdout.hasPrefix(
          "Mölndals stad: who to contact for mental ill-health (mild, age 13, asked from "
            + "Grundskola och gymnasieskola i Mölndal)\n"))
      #expect(
        result.stdout.contains(
          "   why:      mandate for mental ill-health (mild/moderate, ages 6-17) — HSL"))
      #expect(
        result.stdout.contains(
          "   route:    Grundskola och gymnasieskola i Mölndal → Elevhälsoteamet (EHT) (meeting, "
            + "no pupil data) → Vårdcentral med tilläggsuppdrag för ungas psykiska hälsa (UPH) "
            + "(referral, with the guardians' consent)"))
      #expect(result.stdout.contains("   consent:  the guardians'\n"))
    }
  }

  @Test("who names people; --ids adds each actor's id after its name")
  func whoIds() throws {
    let arguments = ["who", "Maps/molndal.yaml", "far illa", "--from", "kuratorn"]
    let plain = try CommandRunner.run(arguments)
    #expect(plain.status == 0, "\(plain.stderr)")
    #expect(Self.numbered(plain.stdout).first == "1. Socialtjänsten")
    #expect(plain.stdout.contains("(frågar: Skolkurator)"))
    #expect(!plain.stdout.contains("(socialtjanst)"))
    #expect(!plain.stdout.contains("(elevhalsa)"))

    let withIDs = try CommandRunner.run(arguments + ["--ids"])
    #expect(withIDs.status == 0, "\(withIDs.stderr)")
    #expect(Self.numbered(withIDs.stdout).first == "1. Socialtjänsten (socialtjanst)")
    #expect(withIDs.stdout.contains("(frågar: Skolkurator (kurator))"))
    #expect(
      withIDs.stdout.contains(
        "   väg:      Elevhälsoteamet (EHT) (elevhalsa) → Socialtjänsten (socialtjanst) "
          + "(orosanmälan, utan samtycke — lagstöd: SoL 19 kap. 1 §"))
  }

  @Test("a harm answer in Swedish: the duty first, with its note, and no English scaffolding")
  func whoHarmSwedish() throws {
    let result = try CommandRunner.run([
      "who", "Maps/molndal.yaml", "hon sparkades hemma", "--from", "mentor",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(Self.numbered(result.stdout).first == "1. Socialtjänsten")
    #expect(
      result.stdout.contains(
        "   måste:    orosanmälan, utan samtycke — SoL 19 kap. 1 §, OSL 10 kap. 28 §"))
    #expect(result.stdout.contains("   svarstid: omedelbart"))
    #expect(result.stdout.contains("   obs:      Anmäl genast när du vet eller misstänker"))
  }

  @Test("who --format json: ids and English keys and values; notes in the language asked for")
  func whoJSON() throws {
    let arguments = [
      "who", "Maps/molndal.yaml", "far illa", "--from", "mentor", "--format", "json",
    ]
    for (language, note) in [("sv", "Anmäl genast"), ("en", "Report at once")] {
      let result = try CommandRunner.run(arguments + ["--lang", language])
      #expect(result.status == 0)
      let document = try Self.json(result)
      let answers = try #require(document["answers"] as? [[String: Any]])
      #expect(answers.first?["actor"] as? String == "socialtjanst")
      #expect(answers.first?["name"] as? String == "Socialtjänsten")
      #expect(answers.first?["kind"] as? String == "duty")
      #expect(answers.first?["consent"] as? String == "none")
      let route = try #require(answers.first?["route"] as? [[String: Any]])
      #expect(route.map { $0["id"] as? String } == ["skola-orosanmalan"])
      #expect(route.map { $0["channel"] as? String } == ["report-of-concern"])
      let notes = try #require(answers.first?["notes"] as? [String])
      #expect(notes.first?.hasPrefix(note) == true, "\(language): \(notes)")
    }
  }

  @Test("a concern nothing matches exits with 2 and lists every concern with Swedish examples")
  func whoNoMatch() throws {
    let swedish = try CommandRunner.run(["who", "Maps/molndal.yaml", "xyzzy"])
    #expect(swedish.status == 2)
    #expect(swedish.stderr.contains("Inget område passar 'xyzzy'. Områdena, med exempel:"))
    #expect(!swedish.stderr.contains("Menade du"))
    let english = try CommandRunner.run(["who", "Maps/molndal.yaml", "xyzzy", "--lang", "en"])
    #expect(english.status == 2)
    #expect(english.stderr.contains("no concern matches 'xyzzy'. The concerns, with examples:"))
    for concern in Concern.allCases {
      let sv = Language.$override.withValue(.swedish) { concern.name }
      let en = Language.$override.withValue(.english) { concern.name }
      #expect(swedish.stderr.contains("\n  \(sv): \""), "\(concern)")
      #expect(english.stderr.contains("\n  \(en): \""), "\(concern)")
      #expect(!swedish.stderr.contains(concern.rawValue + " "), "\(concern)")
    }
    for result in [swedish, english] {
      #expect(result.stderr.contains("\"vill inte gå till skolan\""))
    }
  }

  @Test("a near miss too short to read as a typo says what is near: 'menade du'")
  func whoDidYouMean() throws {
    let swedish = try CommandRunner.run(["who", "Maps/molndal.yaml", "adhs"])
    #expect(swedish.status == 2)
    #expect(swedish.stderr.contains("Menade du: adhd?"))
    #expect(swedish.stderr.contains("\n  neuropsykiatriska svårigheter (NPF): \"adhd\""))
    let english = try CommandRunner.run(["who", "Maps/molndal.yaml", "adhs", "--lang", "en"])
    #expect(english.stderr.contains("Did you mean: adhd?"))
    #expect(english.stderr.contains("\n  neuropsychiatric difficulties (NPF): \"adhd\""))
  }

  @Test("a typo is answered, with a note on stderr saying how it was read")
  func whoTypo() throws {
    let result = try CommandRunner.run(["who", "Maps/molndal.yaml", "ångst", "--from", "skola"])
    #expect(result.status == 0)
    #expect(result.stderr.contains("obs: läste \"ångst\" som \"ångest\""))
    #expect(result.stdout.contains("psykisk ohälsa"))
    let english = try CommandRunner.run([
      "who", "Maps/molndal.yaml", "ångst", "--from", "skola", "--lang", "en",
    ])
    #expect(english.stderr.contains("note: read \"ångst\" as \"ångest\""))
    #expect(english.stdout.contains("mental ill-health"))
  }

  @Test("everyday words and typos are understood: 'hon sparkades' and 'hemmasitare' get answers")
  func whoUnderstandsStaff() throws {
    for text in ["hon sparkades hemma", "hemmasitare", "mår skit"] {
      let result = try CommandRunner.run(["who", "Maps/molndal.yaml", text, "--from", "skola"])
      #expect(result.status == 0, "\(text): \(result.stderr)")
    }
  }

  @Test("a severity that is none says so and names the choices, in either language")
  func whoUnknownSeverity() throws {
    let swedish = try CommandRunner.run([
      "who", "Maps/molndal.yaml", "ångest", "--severity", "allvarli",
    ])
    #expect(swedish.status == 2)
    #expect(swedish.stderr.contains("--severity 'allvarli' är ingen svårighetsgrad."))
    #expect(swedish.stderr.contains("Menade du 'allvarlig'?"))
    #expect(swedish.stderr.contains("Skriv lindrig, måttlig eller allvarlig"))
    let english = try CommandRunner.run([
      "who", "Maps/molndal.yaml", "ångest", "--severity", "allvarli", "--lang", "en",
    ])
    #expect(english.stderr.contains("--severity 'allvarli' is not a severity."))
    #expect(english.stderr.contains("Did you mean 'allvarlig'?"))
  }

  @Test("an unknown --from actor exits with 2 and 'menade du', over ids and names")
  func whoUnknownActor() throws {
    let result = try CommandRunner.run(["who", "Maps/molndal.yaml", "ångest", "--from", "kurtor"])
    #expect(result.status == 2)
    #expect(
      result.stderr.contains("--from: ingen aktör 'kurtor' i Mölndals stad. Menade du 'kurator'?"),
      "\(result.stderr)")
    let byName = try CommandRunner.run([
      "who", "Maps/molndal.yaml", "ångest", "--from", "Skolkuratorr",
    ])
    #expect(byName.status == 2)
    #expect(byName.stderr.contains("Menade du 'Skolkurator'?"), "\(byName.stderr)")
    let english = try CommandRunner.run([
      "who", "Maps/molndal.yaml", "ångest", "--from", "kurtor", "--lang", "en",
    ])
    #expect(
      english.stderr.contains(
        "--from: no actor 'kurtor' in Mölndals stad. Did you mean 'kurator'?"),
      "\(english.stderr)")
  }

  @Test(
    "--from takes an id, a name or a short name as people write it, case and diacritics aside")
  func whoFromByName() throws {
    let typed = [
      ("skolan", "skola"), ("rektor", "skola"), ("UPH", "uph"), ("uph", "uph"), ("bup", "bup"),
      ("BUP", "bup"), ("kuratorn", "kurator"), ("Elevhälsan", "elevhalsa"),
      ("elevhalsan", "elevhalsa"), ("Elevhälsoteamet", "elevhalsa"),
      ("Barn- och ungdomspsykiatrin", "bup"), ("SKOLSKÖTERSKAN", "skolskoterska"),
      ("skolskoterska", "skolskoterska"), ("Socialtjänsten", "socialtjanst"),
    ]
    for (typed, id) in typed {
      let result = try CommandRunner.run([
        "who", "Maps/molndal.yaml", "ångest", "--from", typed, "--format", "json",
      ])
      #expect(result.status == 0, "\(typed): \(result.stderr)")
      let document = try Self.json(result)
      #expect((document["query"] as? [String: Any])?["from"] as? String == id, "\(typed)")
    }
  }

  // MARK: path

  @Test("path goes from pupil health to BUP through the first line, never by a report or a SIP")
  func path() throws {
    let result = try CommandRunner.run(["path", "Maps/molndal.yaml", "elevhalsa", "bup"])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 1)
    #expect(
      lines.first.map(String.init)
        == "1. Elevhälsoteamet (EHT) → Vårdcentral med tilläggsuppdrag för ungas psykiska hälsa "
        + "(UPH) (remiss, med vårdnadshavares samtycke) → Barn- och ungdomspsykiatrin (BUP) "
        + "(remiss, med vårdnadshavares samtycke) — 2 överlämningar, 2 med samtycke")
    #expect(!result.stdout.contains("orosanmälan"))
    #expect(!result.stdout.contains("SIP"))
  }

  @Test("path in English, between actors given by name, and with --ids")
  func pathEnglishByName() throws {
    let english = try CommandRunner.run([
      "path", "Maps/molndal.yaml", "Elevhälsan", "BUP", "--lang", "en",
    ])
    #expect(english.status == 0, "\(english.stderr)")
    #expect(
      english.stdout
        == "1. Elevhälsoteamet (EHT) → Vårdcentral med tilläggsuppdrag för ungas psykiska hälsa "
        + "(UPH) (referral, with the guardians' consent) → Barn- och ungdomspsykiatrin (BUP) "
        + "(referral, with the guardians' consent) — 2 hand-overs, 2 with consent\n")
    let withIDs = try CommandRunner.run(["path", "Maps/molndal.yaml", "elevhalsa", "bup", "--ids"])
    #expect(
      withIDs.stdout.hasPrefix(
        "1. Elevhälsoteamet (EHT) (elevhalsa) → Vårdcentral med tilläggsuppdrag för ungas "
          + "psykiska hälsa (UPH) (uph) (remiss"))
    let one = try CommandRunner.run(["path", "Maps/molndal.yaml", "skola", "socialtjanst"])
    #expect(
      one.stdout.hasPrefix(
        "1. Grundskola och gymnasieskola i Mölndal → Socialtjänsten (konsultation, inga "
          + "elevuppgifter) — 1 överlämning, 0 med samtycke\n"))
  }

  @Test("path --all-channels may end with a report of concern; JSON keeps ids, text is localised")
  func pathAllChannels() throws {
    let arguments = [
      "path", "Maps/molndal.yaml", "skola", "socialtjanst", "--all-channels", "--format", "json",
    ]
    let result = try CommandRunner.run(arguments)
    #expect(result.status == 0)
    let document = try Self.json(result)
    #expect(document["from"] as? String == "skola")
    #expect(document["to"] as? String == "socialtjanst")
    let paths = try #require(document["paths"] as? [[String: Any]])
    let channels = paths.map { path in
      ((path["steps"] as? [[String: Any]]) ?? []).map { $0["channel"] as? String ?? "" }
    }
    #expect(channels.contains(["report-of-concern"]))
    #expect(channels.allSatisfy { !$0.dropLast().contains("report-of-concern") })
    let texts = paths.compactMap { $0["text"] as? String }
    #expect(texts.count == paths.count)
    #expect(texts.contains { $0.contains("(orosanmälan, utan samtycke — lagstöd: SoL") })
    let consents = paths.flatMap { ($0["steps"] as? [[String: Any]]) ?? [] }
      .compactMap { $0["consent"] as? String }
    #expect(consents.contains("no pupil data"), "the step's consent stays a stable English value")

    let english = try Self.json(try CommandRunner.run(arguments + ["--lang", "en"]))
    let englishTexts = ((english["paths"] as? [[String: Any]]) ?? []).compactMap {
      $0["text"] as? String
    }
    #expect(englishTexts.contains { $0.contains("(report of concern, without consent") })
  }

  @Test("path between actors with no lawful route says so in the language asked for")
  func pathNone() throws {
    let swedish = try CommandRunner.run(["path", "Maps/molndal.yaml", "bumm", "mentor"])
    let english = try CommandRunner.run([
      "path", "Maps/molndal.yaml", "bumm", "mentor", "--lang", "en",
    ])
    guard swedish.status == 1 else { return }  // the map may one day have a route there
    #expect(
      swedish.stdout.hasPrefix(
        "Ingen laglig väg i bruk leder från Barn- och ungdomsmedicinmottagning (BUMM) till Mentor "
          + "i Mölndals stad."))
    #expect(english.stdout.hasPrefix("No lawful route in use leads from Barn- och"))
  }

  // MARK: mandate

  @Test("mandate shows an actor's mandates and routes with names, in Swedish")
  func mandate() throws {
    let result = try CommandRunner.run(["mandate", "Maps/molndal.yaml", "UPH"])
    #expect(result.status == 0)
    #expect(
      result.stdout.hasPrefix(
        "Vårdcentral med tilläggsuppdrag för ungas psykiska hälsa (UPH) — enhet, Hälso- och "
          + "sjukvård\n"))
    #expect(result.stdout.contains("\nmandat:  psykisk ohälsa — lindrig/måttlig, 6-17 år — HSL"))
    #expect(result.stdout.contains("\nkontakt: Mottagningen på vårdcentralen med UPH-uppdrag"))
    #expect(
      result.stdout.contains(
        "\nut:      → Barn- och ungdomspsykiatrin (BUP) (remiss, med vårdnadshavares samtycke)"))
    #expect(
      result.stdout.contains(
        "\nin:      ← Elevhälsoteamet (EHT) (remiss, med vårdnadshavares samtycke)"))
    #expect(!result.stdout.contains("(uph)"))
    #expect(!result.stdout.contains("elevhalsa"))
  }

  @Test("mandate in English, and with --ids")
  func mandateEnglish() throws {
    let result = try CommandRunner.run(["mandate", "Maps/molndal.yaml", "uph", "--lang", "en"])
    #expect(result.status == 0)
    #expect(result.stdout.contains(" — unit, Health care\n"))
    #expect(result.stdout.contains("\nmandate: mental ill-health — mild/moderate, ages 6-17 — HSL"))
    #expect(
      result.stdout.contains(
        "\nin:      ← Elevhälsoteamet (EHT) (referral, with the guardians' consent)"))
    let withIDs = try CommandRunner.run(["mandate", "Maps/molndal.yaml", "uph", "--ids"])
    #expect(
      withIDs.stdout.hasPrefix(
        "Vårdcentral med tilläggsuppdrag för ungas psykiska hälsa (UPH) (uph) — enhet"))
    #expect(withIDs.stdout.contains("\nin:      ← Elevhälsoteamet (EHT) (elevhalsa) (remiss"))
  }

  // MARK: list

  @Test("list shows names, Swedish headings and values; --ids adds the ids")
  func list() throws {
    let result = try CommandRunner.run(["list", "Maps/molndal.yaml"])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "Mölndals stad, granskad 2026-12-01")
    #expect(
      lines.contains { $0.hasPrefix("NAMN ") && $0.contains("  TYP ") && $0.hasSuffix("KONTAKT") })
    #expect(lines.contains { $0.hasPrefix("FRÅN ") && $0.contains("  SÅ LÄMNAS UPPGIFTER ") })
    #expect(lines.contains { $0.hasPrefix("Samverkansteam för skolnärvaro (planerat)") })
    #expect(result.stdout.contains("utan samtycke — lagstöd: SoL 19 kap. 1 §"))
    #expect(result.stdout.contains("  planerad"))
    #expect(!result.stdout.contains("samverkansteam"))

    let withIDs = try CommandRunner.run(["list", "Maps/molndal.yaml", "--ids"])
    let idLines = withIDs.stdout.split(separator: "\n").map(String.init)
    #expect(idLines.first == "Mölndals stad (molndal), granskad 2026-12-01")
    #expect(idLines.contains { $0.hasPrefix("ID ") && $0.contains("  NAMN ") })
    #expect(idLines.contains { $0.hasPrefix("samverkansteam ") })
    #expect(
      idLines.contains { $0.hasPrefix("skola-orosanmalan ") && $0.contains(" socialtjanst ") })
  }

  @Test("list in English")
  func listEnglish() throws {
    let result = try CommandRunner.run(["list", "Maps/molndal.yaml", "--lang", "en"])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "Mölndals stad, reviewed 2026-12-01")
    #expect(lines.contains { $0.hasPrefix("NAME ") && $0.contains("  PART OF ") })
    #expect(lines.contains { $0.hasPrefix("FROM ") && $0.contains("  INFORMATION PASSES ") })
    #expect(result.stdout.contains("without consent — legal basis: SoL 19 kap. 1 §"))
    #expect(result.stdout.contains("  planned"))
  }

  // MARK: The guard: Swedish answers speak Swedish

  /// Words of the English answers' scaffolding that a Swedish answer must never show.
  static let englishScaffolding = [
    "who to contact", "why:", "route:", "consent:", "contact:", "next:", "must:", "note:",
    "acute:", "response:", "with consent", "no pupil data", "mandate for", "ages ", "every age",
    " mild", "moderate", "severe", "referral", "report of concern", "the guardians'",
    "asked from", "no route", "inside your own", "reached through", "without consent",
    "legal basis", "meeting", "consultation",
  ]

  /// What the map itself says, in the map's words: names, contact points, mandates, ladders.
  static func mapTexts(_ map: CollaborationMap) -> [String] {
    var texts = [map.name]
    for actor in map.actors {
      texts.append(actor.name)
      if let contact = actor.contact {
        texts += [
          contact.role, contact.phone, contact.email, contact.webForm, contact.url, contact.hours,
          contact.address,
        ].compactMap { $0 }
      }
      for mandate in actor.mandates {
        texts += [mandate.basis] + [mandate.description].compactMap { $0 }
      }
    }
    texts += map.ladders.flatMap { $0.steps.map(\.name) }
    return texts.sorted { $0.count > $1.count }
  }

  @Test("who in Swedish, over every question of the acceptance suite, shows no English scaffolding")
  func swedishAnswersSpeakSwedish() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: AcceptanceTests.folder.path)
      .filter { $0.hasPrefix("coordinator-questions") && $0.hasSuffix(".yaml") }.sorted()
    let questions = try files.flatMap { try AcceptanceTests.entries(file: $0, key: "questions") }
      .filter { (AcceptanceTests.string($0["kind"]) ?? "who") == "who" }
    #expect(questions.count >= 50)
    var maps: [String: [String]] = [:]
    for question in questions {
      let id = AcceptanceTests.string(question["id"]) ?? "?"
      let path = AcceptanceTests.mapPath(question)
      var arguments = ["who", path, AcceptanceTests.string(question["text"]) ?? ""]
      for option in ["from", "age", "severity"] {
        if let value = AcceptanceTests.string(question[option]) {
          arguments += ["--\(option)", value]
        }
      }
      let result = try CommandRunner.run(arguments)
      #expect(result.status == 0, "\(id): \(result.stderr)")
      if maps[path] == nil {
        let url = CommandRunner.packageRoot.appendingPathComponent(path)
        maps[path] = Self.mapTexts(try MapLoader().load(url.path))
      }
      // The map's own words and the words the person typed (quoted back on stderr) are not
      // the tool's scaffolding.
      var scaffolding = result.stdout + "\n" + result.stderr
      for text in maps[path] ?? [] {
        scaffolding = scaffolding.replacingOccurrences(of: text, with: "…")
      }
      scaffolding = scaffolding.replacingOccurrences(
        of: #""[^"\n]*""#, with: "\"…\"", options: .regularExpression)
      let found = Self.englishScaffolding.filter { scaffolding.contains($0) }
      #expect(found.isEmpty, "\(id): English in a Swedish answer: \(found)\n\(scaffolding)")
    }
  }
}
