import Samverkan
import Testing

/// Every rule speaks Swedish by default and English on request: its summary, its findings and
/// their hints, and the findings about a map's `rules:` block.
@Suite("Rules in Swedish and English")
struct RuleLanguageTests {
  /// A map with many faults at once: a duplicate id, an unknown actor, a report of concern that
  /// asks for consent, a SIP without consent from the school, a crossing without consent, a ladder
  /// that stays with one actor, a person's e-mail, an old review date and an unused suppression.
  static let faultyMap = """
    format: 1
    id: blandad
    name: Blandad
    reviewed: 2020-01-01
    rules:
      preset: all
      suppress:
        - {rule: stale-map, element: finns-inte, reason: Ett prov.}
    actors:
      - {id: skola, name: Skolan, kind: unit, sector: school, contact: {email: anna.svensson@skolan.example}}
      - {id: skola, name: Skolan igen, kind: unit, sector: school}
      - {id: bup, name: BUP, kind: unit, sector: health-care}
      - {id: socialtjanst, name: Socialtjänsten, kind: organisation, sector: social-services}
      - {id: forum, name: Referensgruppen, kind: forum, sector: other}
    routes:
      - {id: r1, from: skola, to: bup, channel: meeting, consent: not-applicable}
      - {id: r2, from: skola, to: socialtjanst, channel: sip-invitation, consent: not-required, provision: OSL 10 kap. 2 §}
      - {id: r3, from: skola, to: socialtjnst, channel: report-of-concern, consent: required}
      - {id: r4, from: socialtjanst, to: forum, channel: meeting, consent: required}
    ladders:
      - id: franvaro
        name: Frånvaro
        concern: absence
        steps:
          - {id: a, name: A, actor: skola, escalate: r1}
          - {id: b, name: B, actor: bup}
          - {id: c, name: C, actor: bup, escalate: finns-inte}

    """

  private func findings(in language: Language) throws -> [Diagnostic] {
    let map = try FixtureFolder().load("blandad.yaml", Self.faultyMap)
    return Language.$override.withValue(language) { MapValidator().validate(map) }
  }

  @Test("every rule's summary is in both languages, and they differ")
  func summaries() {
    for rule in MapValidator.allRules {
      let swedish = Language.$override.withValue(.swedish) { rule.summary }
      let english = Language.$override.withValue(.english) { rule.summary }
      #expect(!swedish.isEmpty && !english.isEmpty, "\(rule.id)")
      #expect(swedish != "\(rule.id).summary" && english != "\(rule.id).summary", "\(rule.id)")
      #expect(swedish != english, "\(rule.id): \(swedish)")
      for language in Language.allCases {
        let source = Language.$override.withValue(language) { rule.source }
        #expect(!source.hasPrefix(rule.id + "."), "\(rule.id): \(source)")
      }
    }
  }

  @Test("the summaries read as Swedish: a few of them word for word")
  func swedishSummaries() {
    let summaries = Language.$override.withValue(.swedish) {
      Dictionary(uniqueKeysWithValues: MapValidator.allRules.map { ($0.id, $0.summary) })
    }
    #expect(
      summaries["report-of-concern-consent"]
        == "en kontaktväg för orosanmälan kräver aldrig samtycke")
    #expect(
      summaries["health-social-provision"]
        == "OSL 25 kap. 12 §, 26 kap. 9 § gäller bara uppgifter mellan hälso- och sjukvård och "
        + "socialtjänst")
  }

  @Test("every finding of a faulty map has its message and hint in both languages")
  func everyFindingInBothLanguages() throws {
    let swedish = try findings(in: .swedish)
    let english = try findings(in: .english)
    #expect(swedish.count == english.count)
    #expect(Set(swedish.map(\.rule)) == Set(english.map(\.rule)))
    #expect(Set(swedish.map(\.rule)).count >= 10, "\(Set(swedish.map(\.rule)).sorted())")
    let englishTexts = Set(english.flatMap { [$0.message, $0.hint] }.compactMap { $0 })
    for finding in swedish {
      for text in [finding.message, finding.hint].compactMap({ $0 }) {
        #expect(!text.contains(finding.rule + "."), "a key, not a text: \(text)")
        #expect(!englishTexts.contains(text), "the same in English: \(text)")
      }
    }
  }

  @Test("a few findings word for word in Swedish and in English")
  func wordForWord() throws {
    let swedish = try findings(in: .swedish)
    let english = try findings(in: .english)
    func first(_ rule: String, in findings: [Diagnostic]) throws -> Diagnostic {
      try #require(findings.first { $0.rule == rule })
    }

    let unknown = (
      try first("unknown-reference", in: swedish), try first("unknown-reference", in: english)
    )
    #expect(
      unknown.0.message == "kontaktvägen 'r3' hänvisar till en okänd aktör 'socialtjnst' i 'to'")
    #expect(unknown.0.hint == "menade du 'socialtjanst'?")
    #expect(unknown.1.message == "route 'r3' refers to unknown actor 'socialtjnst' in 'to'")
    #expect(unknown.1.hint == "did you mean 'socialtjanst'?")

    let crossing = (
      try first("confidentiality-crossing", in: swedish),
      try first("confidentiality-crossing", in: english)
    )
    #expect(
      crossing.0.message.hasPrefix(
        "kontaktvägen 'r1' går från skolan (OSL 23 kap. 2 §) till hälso- och sjukvården "
          + "(OSL 25 kap. 1 §) med 'consent: not-applicable'"))
    #expect(
      crossing.1.message.hasPrefix(
        "route 'r1' crosses from the school (OSL 23 kap. 2 §) to health care (OSL 25 kap. 1 §)"))

    let sip = (try first("sip-consent", in: swedish), try first("sip-consent", in: english))
    #expect(sip.0.message.hasPrefix("kallelsen till SIP 'r2' kräver inte samtycke"))
    #expect(sip.0.hint == "skriv 'consent: required'")
    #expect(sip.1.message.hasPrefix("SIP invitation 'r2' does not require consent"))

    let sameActor = (try first("ladder-cycle", in: swedish), try first("ladder-cycle", in: english))
    #expect(
      sameActor.0.message
        == "stegen 'b' och 'c' i trappan 'franvaro' ligger båda hos 'bup': ärendet kommer inte vidare"
    )
    #expect(
      sameActor.1.message
        == "steps 'b' and 'c' of ladder 'franvaro' both rest with 'bup': the case does not move")

    let unused = (
      try #require(swedish.first { $0.rule == MapValidator.settingsRule }),
      try #require(english.first { $0.rule == MapValidator.settingsRule })
    )
    #expect(
      unused.0.message == "undantaget för 'stale-map' på 'finns-inte' matchar ingen anmärkning")
    #expect(unused.1.message == "the suppression of 'stale-map' on 'finns-inte' matches no finding")
  }

  @Test("an unknown rule in the rules: block is named in both languages, with a suggestion")
  func unknownRuleInSettings() throws {
    let map = try FixtureFolder().load(
      "karta.yaml",
      """
      format: 1
      id: karta
      name: Karta
      reviewed: 2026-11-23
      rules:
        severity: {stale-mapp: off}
      actors:
        - {id: a, name: A, kind: unit, sector: other}

      """)
    let validator = MapValidator(rules: [])
    let swedish = try #require(
      Language.$override.withValue(.swedish) { validator.validate(map) }.first)
    let english = try #require(
      Language.$override.withValue(.english) { validator.validate(map) }.first)
    #expect(swedish.message == "ingen regel heter 'stale-mapp'")
    #expect(swedish.hint == "menade du 'stale-map'?")
    #expect(english.message == "no rule is called 'stale-mapp'")
    #expect(english.hint == "did you mean 'stale-map'?")
  }

  @Test("the counted words of validate's summary line are in both languages")
  func countedWords() {
    for noun in ["errors", "warnings", "actors", "routes", "ladders"] {
      for language in Language.allCases {
        #expect(L10n.rules.has("validate.\(noun)", in: language), "\(noun) \(language)")
        #expect(L10n.rules.has("validate.\(noun).one", in: language), "\(noun).one \(language)")
      }
    }
  }
}
