import Foundation
import Samverkan
import Testing

/// The example cases shipped in `Examples/cases/`.
enum ExampleCases {
  static func path(_ name: String) -> String {
    RealMaps.packageRoot.appendingPathComponent("Examples/cases/\(name).yaml").path
  }

  static var all: [String] {
    let folder = RealMaps.packageRoot.appendingPathComponent("Examples/cases").path
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
  }

  /// Loads an example case and walks it over the Mölndal map.
  static func walk(_ name: String) throws -> CaseWalk {
    let map = try RealMaps.molndal()
    return map.walk(try CaseLoader().load(path(name), for: map))
  }
}

@Suite("The example cases walked over Mölndal's map")
struct ExampleCaseWalkTests {
  @Test("every example case loads and walks the Mölndal ladder", arguments: ExampleCases.all)
  func everyExampleWalks(name: String) throws {
    let walk = try ExampleCases.walk(name)
    #expect(walk.ladder?.id == "problematisk-franvaro")
    #expect(walk.steps.count >= 4)
    #expect(walk.outcome.result != .noLadder)
  }

  @Test("there are at least three example cases")
  func atLeastThree() {
    #expect(ExampleCases.all.count >= 3)
  }

  @Test("a mild anxious 13-year-old with consent has its needs met at Samverka, never Myndighet")
  func anxiousThirteen() throws {
    let walk = try ExampleCases.walk("angest-13")
    #expect(walk.ladder?.chosen == .concern)
    #expect(
      walk.steps.map(\.id) == ["framja", "uppmarksamma", "kartlagga-utreda", "atgarda", "samverka"])
    #expect(walk.outcome.result == .needsMet)
    #expect(walk.outcome.step?.id == "samverka")
    #expect(walk.notReached.map(\.id) == ["myndighet"])
    #expect(walk.outcome.summary.contains("aldrig för ett lindrigt fall om inte barnet misstänks"))
    #expect(walk.reportOfConcern == nil)
    #expect(walk.steps.allSatisfy { $0.stall == nil })
    // The anxiety goes to the first line, as `who` answers from the school.
    let anxiety = try #require(walk.contacts.first { $0.concern == .mentalHealth })
    #expect(anxiety.actor.id == "uph")
    #expect(anxiety.route.last == "elevhalsa-uph-remiss")
    #expect(walk.steps.allSatisfy { $0.mandate.covered })
    #expect(walk.allGaps.isEmpty)
    let atgarda = try #require(walk.step("atgarda")?.escalation)
    #expect(atgarda.route == "skola-oppenvard-narvaroinsats")
    #expect(atgarda.sharing.basis == .consent)
    #expect(atgarda.sharing.passes)
    #expect(walk.steps.last?.escalation?.route == nil)
  }

  @Test("a SIP becomes possible at Kartlägga, convened by socialtjanst or UPH, never the school")
  func sipConvenors() throws {
    let walk = try ExampleCases.walk("angest-13")
    #expect(walk.step("framja")?.sip == nil)
    #expect(walk.step("uppmarksamma")?.sip == nil)
    let sip = try #require(walk.step("kartlagga-utreda")?.sip)
    #expect(sip.convenors.map(\.actor.id) == ["socialtjanst", "uph"])
    #expect(sip.convenors.map(\.route) == ["socialtjanst-uph-sip", "uph-socialtjanst-sip"])
    #expect(!sip.convenors.contains { $0.actor.sector == .school })
    #expect(!sip.schoolMayConvene)
    #expect(sip.schoolRequestRoute == "skola-socialtjanst-sip-begaran")
    #expect(sip.consentNeeded)
    #expect(!sip.blockedByMissingConsent)
    #expect(sip.explanation.contains("school-may-convene-sip: false"))
  }

  @Test("mild concerns leave BUP out of the SIP: its mandate starts at moderate")
  func mildLeavesBUPOut() throws {
    let walk = try ExampleCases.walk("angest-13")
    let sip = try #require(walk.step("samverka")?.sip)
    #expect(!sip.convenors.contains { $0.actor.id == "bup" })
  }

  @Test("a 15-year-old without consent stalls at Åtgärda on the consent route to öppenvården")
  func noConsentStalls() throws {
    let walk = try ExampleCases.walk("npf-utan-samtycke-15")
    #expect(walk.outcome.result == .stalled)
    #expect(walk.outcome.step?.id == "atgarda")
    #expect(walk.outcome.step?.number == 4)
    #expect(walk.outcome.reason == .noConsent)
    let stall = try #require(walk.steps.last?.stall)
    #expect(stall.reason == .noConsent)
    #expect(stall.route == "skola-oppenvard-narvaroinsats")
    #expect(walk.notReached.map(\.id) == ["samverka", "myndighet"])
    let sharing = try #require(walk.steps.last?.escalation?.sharing)
    #expect(sharing.basis == .consent)
    #expect(!sharing.passes)
    // Steps inside the school pass no pupil data across a boundary, so consent does not stop them.
    for id in ["framja", "uppmarksamma", "kartlagga-utreda"] {
      #expect(walk.step(id)?.escalation?.sharing.basis == .notApplicable)
      #expect(walk.step(id)?.stall == nil)
    }
  }

  @Test("without consent a SIP is named as possible but cannot be set up against the guardians")
  func sipWithoutConsent() throws {
    let walk = try ExampleCases.walk("npf-utan-samtycke-15")
    let sip = try #require(walk.step("kartlagga-utreda")?.sip)
    #expect(sip.blockedByMissingConsent)
    #expect(sip.convenors.map(\.actor.id).contains("socialtjanst"))
    #expect(!sip.convenors.contains { $0.actor.id == "skola" })
    #expect(sip.explanation.contains("kan inte upprättas mot den enskildes vilja"))
  }

  @Test("suspected harm: one report of concern by 'skola-orosanmalan', now, without consent")
  func harmReportsAtOnce() throws {
    let walk = try ExampleCases.walk("oro-hemma-9")
    let report = try #require(walk.reportOfConcern)
    #expect(report.reporter.id == "skola")
    #expect(report.route == "skola-orosanmalan")
    #expect(report.to?.id == "socialtjanst")
    #expect(!report.consentNeeded)
    #expect(report.provision == Citation.reportingDuty)
    #expect(report.explanation.contains("plikten gäller i varje steg"))
    #expect(
      walk.outcome.summary.contains(
        "en orosanmälan till Socialtjänsten ska göras nu, i vilket steg fallet än är"))
    // Shown once in the text, not at every step.
    #expect(walk.text.components(separatedBy: "Orosanmälan, i varje steg").count == 2)
  }

  @Test("with harm, the voluntary track still needs consent and stalls where it did without")
  func harmStillNeedsConsentForVoluntaryEfforts() throws {
    let walk = try ExampleCases.walk("oro-hemma-9")
    #expect(walk.outcome.step?.id == "atgarda")
    #expect(walk.outcome.reason == .noConsent)
    #expect(walk.outcome.summary.contains("väntar varken på vårdnadshavarnas samtycke"))
  }

  @Test("walking is deterministic")
  func deterministic() throws {
    let map = try RealMaps.molndal()
    let pupil = try CaseLoader().load(ExampleCases.path("npf-utan-samtycke-15"), for: map)
    #expect(map.walk(pupil) == map.walk(pupil))
    #expect(map.walk(pupil).text == map.walk(pupil).text)
  }

  @Test("the JSON has the case, the steps and the outcome under sorted keys")
  func json() throws {
    let walk = try ExampleCases.walk("npf-utan-samtycke-15")
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    let data = try encoder.encode(walk)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(object["version"] as? Int == 1)
    let pupil = try #require(object["case"] as? [String: Any])
    #expect(pupil["id"] as? String == "npf-utan-samtycke-15")
    #expect(pupil["severity"] as? String == "moderate")
    let outcome = try #require(object["outcome"] as? [String: Any])
    #expect(outcome["result"] as? String == "stalled")
    #expect(outcome["reason"] as? String == "no-consent")
    // Keys and codes stay English; the texts for people are in the walk's language.
    #expect((outcome["summary"] as? String)?.hasPrefix("Fastnar i steg 4, Åtgärda: ") == true)
    let steps = try #require(object["steps"] as? [[String: Any]])
    #expect(steps.count == 4)
    let escalation = try #require(steps[0]["escalation"] as? [String: Any])
    #expect(escalation["channel"] as? String == "notification")
    #expect(escalation["response"] as? String == "same day")
    let contacts = try #require(object["contacts"] as? [[String: Any]])
    #expect(contacts.first?["consent"] as? String == "guardians-or-pupil")
    #expect(
      (contacts.first?["explanation"] as? String)?.hasSuffix(
        "vårdnadshavarnas eller elevens eget samtycke") == true)
  }

  @Test("the text names the acting actor, what is shared, the SIP and the stall, in Swedish")
  func text() throws {
    let text = try ExampleCases.walk("npf-utan-samtycke-15").text
    #expect(text.hasPrefix("Fall: 15-åring med hög frånvaro"))
    #expect(text.contains("  15 år, svårighetsgrad måttlig; gäller: problematisk skolfrånvaro"))
    #expect(text.contains("vårdnadshavarnas samtycke: nej"))
    #expect(text.contains("Karta: Mölndals stad\n"))
    #expect(text.contains("1. Främja närvaro\n"))
    #expect(text.contains("   ansvarig: Grundskola och gymnasieskola i Mölndal — uppdrag: "))
    #expect(text.contains("     inget uppdrag för: neuropsykiatriska svårigheter (NPF)"))
    #expect(text.contains("   vidare: → Mentor (underrättelse, svar: samma dag): "))
    #expect(text.contains("   SIP: både socialtjänst och hälso- och sjukvård har en del"))
    #expect(text.contains("   SIP: som i steg 3"))
    #expect(
      text.contains(
        "   fastnar: vägen till Socialtjänstens öppenvård – familjebehandlare vid hög "
          + "skolfrånvaro (möte) kräver vårdnadshavarnas eller elevens eget samtycke"))
    #expect(text.contains("Nåddes inte: 5. Samverka, 6. Myndighet"))
    #expect(text.contains("Fallets övriga frågor:\n  - neuropsykiatriska svårigheter (NPF): "))
    #expect(text.contains("\n  - psykisk ohälsa: Vårdcentral med tilläggsuppdrag"))
    #expect(text.contains("Resultat: Fastnar i steg 4, Åtgärda: "))
    // Names first: the ids of steps and actors stay in the JSON.
    #expect(!text.contains("(framja)"))
    #expect(!text.contains("(skola)"))
  }

  @Test("the same walk in English, on request")
  func textInEnglish() throws {
    let text = try Language.$override.withValue(.english) {
      try ExampleCases.walk("npf-utan-samtycke-15").text
    }
    #expect(text.hasPrefix("Case: 15-åring med hög frånvaro"))
    #expect(text.contains("  age 15, moderate; concerns: problematic school absence"))
    #expect(text.contains("the guardians consent: no"))
    #expect(text.contains("Map: Mölndals stad\n"))
    #expect(text.contains("   acts: Grundskola och gymnasieskola i Mölndal — mandate: "))
    #expect(text.contains("   shares: → Mentor (notice, response same day): "))
    #expect(text.contains("   SIP: social services and health care both have a part"))
    #expect(
      text.contains(
        "   stalls: the route to Socialtjänstens öppenvård – familjebehandlare vid hög "
          + "skolfrånvaro (meeting) needs the guardians' consent or the pupil's own"))
    #expect(text.contains("Not reached: 5. Samverka, 6. Myndighet"))
    #expect(text.contains("Outcome: Stalled at step 4, Åtgärda: "))
  }

  @Test("the language changes the words, never the walk", arguments: ExampleCases.all)
  func languageKeepsTheWalk(name: String) throws {
    let swedish = try ExampleCases.walk(name)
    let english = try Language.$override.withValue(.english) { try ExampleCases.walk(name) }
    #expect(swedish.steps.map(\.id) == english.steps.map(\.id))
    #expect(swedish.outcome.result == english.outcome.result)
    #expect(swedish.outcome.step == english.outcome.step)
    #expect(swedish.outcome.reason == english.outcome.reason)
    #expect(swedish.allGaps.map(\.kind) == english.allGaps.map(\.kind))
    #expect(swedish.outcome.summary != english.outcome.summary)
    #expect(swedish.text.hasPrefix("Fall: "))
    #expect(english.text.hasPrefix("Case: "))
  }
}

/// A small map for walks, with a ladder of `steps` lines and extra actor and route lines.
private func walkMap(
  agreements: String = "", actors: String = "", routes: String = "", steps: String
) -> String {
  header + agreements + """
    actors:
      - id: skola
        name: Skolan
        kind: organisation
        sector: school
        contact: {role: Rektor}
        mandates:
          - {concerns: [absence], ages: "6-19", basis: Skollagen 7 kap. 19 a §}
      - id: socialtjanst
        name: Socialtjänsten
        kind: organisation
        sector: social-services
        contact: {role: Mottagningen}
        mandates:
          - {concerns: [absence, harm], ages: "0-17", basis: SoL}
    \(actors)
    routes:
      - id: samrad
        from: skola
        to: socialtjanst
        channel: meeting
        consent: required
    \(routes)
    ladders:
      - id: franvaro
        name: Frånvaro
        concern: absence
        steps:
    \(steps)
    """
}

private func fixtureCase(
  age: Int = 12, concerns: [Concern] = [.absence], severity: Severity = .moderate,
  consent: Bool = true, pupilConsent: Bool = false, harm: Bool = false, ladder: String? = nil
) -> FictitiousCase {
  FictitiousCase(
    id: "fall", title: "Fall", age: age, concerns: concerns, severity: severity,
    consent: consent, pupilConsent: pupilConsent, harmSuspected: harm, ladder: ladder)
}

@Suite("Walks over small maps find where a case stalls and what the map lacks")
struct CaseWalkGapTests {
  /// A two-step ladder: the school, then social services by the consent route `samrad`.
  private func schoolToSocialServices() throws -> CollaborationMap {
    try FixtureFolder().load(
      "m.yaml",
      walkMap(
        steps: """
              - {id: a, name: A, actor: skola, escalate: samrad}
              - {id: b, name: B, actor: socialtjanst}
          """))
  }

  @Test("a step whose actor has no mandate for the case's age stalls with no-mandate")
  func noMandate() throws {
    let map = try schoolToSocialServices()
    let walk = map.walk(fixtureCase(age: 18, pupilConsent: true))
    #expect(walk.outcome.result == .stalled)
    #expect(walk.outcome.step?.id == "b")
    #expect(walk.outcome.reason == .noMandate)
    #expect(walk.allGaps.map(\.kind) == [.noMandate])
    #expect(walk.allGaps.first?.element == "socialtjanst")
  }

  @Test("at 18 the guardians' consent is not enough: the pupil alone decides")
  func adultDecidesAlone() throws {
    let map = try schoolToSocialServices()
    let walk = map.walk(fixtureCase(age: 18, consent: true))
    #expect(walk.outcome.step?.id == "a")
    #expect(walk.outcome.reason == .noConsent)
    #expect(walk.steps[0].escalation?.sharing.consent == .pupil)
  }

  @Test("a pupil's own consent carries a route to social services from 15, not at 13")
  func matureConsent() throws {
    let map = try schoolToSocialServices()
    let sixteen = map.walk(fixtureCase(age: 16, consent: false, pupilConsent: true))
    #expect(sixteen.steps[0].stall == nil)
    #expect(sixteen.steps[0].escalation?.sharing.consent == .guardiansOrPupil)
    #expect(sixteen.steps.map(\.id) == ["a", "b"])
    let thirteen = map.walk(fixtureCase(age: 13, consent: false, pupilConsent: true))
    #expect(thirteen.outcome.reason == .noConsent)
    #expect(thirteen.steps[0].escalation?.sharing.consent == .guardians)
  }

  @Test("a step with no escalate route before the last stalls with no-route-onward")
  func noRouteOnward() throws {
    let folder = try FixtureFolder()
    let map = try folder.load(
      "m.yaml",
      walkMap(
        steps: """
              - {id: a, name: A, actor: skola}
              - {id: b, name: B, actor: socialtjanst}
          """))
    let walk = map.walk(fixtureCase())
    #expect(walk.outcome.reason == .noRouteOnward)
    #expect(walk.steps.count == 1)
    #expect(walk.notReached.map(\.id) == ["b"])
    #expect(walk.steps[0].gaps.map(\.kind) == [.noRouteOnward])
    #expect(
      walk.steps[0].gaps.first?.message
        == "steget A (a) har ingen väg vidare till nästa stegs aktör Socialtjänsten (socialtjanst)")
    #expect(
      walk.steps[0].stall?.explanation.hasSuffix("; ingen vet hur fallet ska lämnas vidare") == true
    )
    #expect(walk.outcome.summary.hasPrefix("Fastnar i steg 1, A: steget A (a) har ingen väg"))
    let english = Language.$override.withValue(.english) { map.walk(fixtureCase()) }
    #expect(
      english.steps[0].gaps.first?.message
        == "step A (a) has no route onward to the next step's actor Socialtjänsten (socialtjanst)")
    #expect(english.outcome.summary.hasSuffix("; nobody knows how to pass the case on."))
  }

  @Test("a planned escalate route stalls with route-not-in-use")
  func plannedRoute() throws {
    let folder = try FixtureFolder()
    let map = try folder.load(
      "m.yaml",
      walkMap(
        routes: """
            - {id: planerad, from: skola, to: socialtjanst, channel: meeting, \
          consent: not-applicable, status: planned}
          """,
        steps: """
              - {id: a, name: A, actor: skola, escalate: planerad}
              - {id: b, name: B, actor: socialtjanst}
          """))
    let walk = map.walk(fixtureCase())
    #expect(walk.outcome.reason == .routeNotInUse)
    #expect(walk.steps[0].stall?.route == "planerad")
    #expect(
      walk.steps[0].stall?.explanation
        == "vägen 'planerad' till nästa steg är inte i bruk (vägen eller en av dess ändar är "
        + "planerad eller avslutad); fallet kan inte gå vidare")
  }

  @Test("a route by provision passes without consent and names the law")
  func provisionPasses() throws {
    let folder = try FixtureFolder()
    let map = try folder.load(
      "m.yaml",
      walkMap(
        routes: """
            - {id: lag, from: skola, to: socialtjanst, channel: notification, \
          consent: not-required, provision: Skollagen 7 kap. 19 a §}
          """,
        steps: """
              - {id: a, name: A, actor: skola, escalate: lag}
              - {id: b, name: B, actor: socialtjanst}
          """))
    let walk = map.walk(fixtureCase(consent: false))
    #expect(walk.outcome.result == .reachedLastStep)
    let sharing = try #require(walk.steps[0].escalation?.sharing)
    #expect(sharing.basis == .provision)
    #expect(sharing.provision == "Skollagen 7 kap. 19 a §")
    #expect(sharing.passes)
    #expect(
      sharing.explanation
        == "uppgifter om eleven får lämnas utan samtycke enligt Skollagen 7 kap. 19 a §")
    #expect(walk.outcome.summary == "Fallet når det sista steget, 2, B, hos Socialtjänsten.")
    let english = Language.$override.withValue(.english) { map.walk(fixtureCase(consent: false)) }
    #expect(
      english.steps[0].escalation?.sharing.explanation
        == "information about the pupil may pass without consent under Skollagen 7 kap. 19 a §")
    #expect(english.outcome.summary == "Reached the last step, 2, B, with Socialtjänsten.")
  }

  @Test("a next actor without a contact point of its own is a gap, not a stall")
  func noContactPoint() throws {
    let folder = try FixtureFolder()
    let map = try folder.load(
      "m.yaml",
      walkMap(
        actors: """
            - id: kurator
              name: Kurator
              kind: function
              sector: school
              parent: skola
              mandates: [{concerns: [absence], basis: Skollagen 2 kap. 25 §}]
          """,
        routes: """
            - {id: till-kurator, from: skola, to: kurator, channel: meeting, \
          consent: not-applicable}
          """,
        steps: """
              - {id: a, name: A, actor: skola, escalate: till-kurator}
              - {id: b, name: B, actor: kurator}
          """))
    let walk = map.walk(fixtureCase())
    #expect(walk.outcome.result == .reachedLastStep)
    #expect(walk.allGaps.map(\.kind) == [.noContactPoint])
    #expect(walk.allGaps.first?.element == "kurator")
    #expect(
      walk.allGaps.first?.message
        == "Kurator (kurator) har ingen egen kontaktuppgift (en roll, en funktionsbrevlåda, en "
        + "växel eller ett webbformulär); bara 'Rektor, via Skolan' hos en enhet den hör till")
    #expect(walk.steps[1].actor.contact == "Rektor, via Skolan")
    #expect(walk.text.contains("   kartan saknar: Kurator (kurator) har ingen egen kontaktuppgift"))
    let english = Language.$override.withValue(.english) { map.walk(fixtureCase()).text }
    #expect(english.contains("   map lacks: Kurator (kurator) has no contact point of its own"))
  }

  @Test("suspected harm with no report-of-concern route is a gap; the duty stays")
  func noReportRoute() throws {
    let map = try schoolToSocialServices()
    let walk = map.walk(fixtureCase(concerns: [.absence, .harm], harm: true))
    let report = try #require(walk.reportOfConcern)
    #expect(report.route == nil)
    #expect(!report.consentNeeded)
    #expect(walk.gaps.map(\.kind).contains(.noReportRoute))
    #expect(walk.steps[1].gaps.isEmpty)
    #expect(
      report.explanation
        == "personalen på Skolan ska göra en orosanmälan till socialtjänsten nu, utan samtycke "
        + "(SoL 19 kap. 1 §, OSL 10 kap. 28 §); kartan visar ingen väg för den")
    #expect(
      walk.text.contains("Kartan saknar, för fallet som helhet:\n  - ingen väg för orosanmälan"))
  }

  @Test("a mild mental-health case in a map without a first line names the gap")
  func noFirstLine() throws {
    let folder = try FixtureFolder()
    let map = try folder.load(
      "m.yaml",
      walkMap(
        steps: """
              - {id: a, name: A, actor: skola}
          """))
    let walk = map.walk(fixtureCase(concerns: [.absence, .mentalHealth], severity: .mild))
    #expect(walk.gaps.map(\.kind) == [.noMandateHolder, .noFirstLine])
    #expect(walk.outcome.result == .reachedLastStep)
    #expect(
      walk.gaps.first?.message
        == "ingen aktör i bruk har uppdrag för psykisk ohälsa med svårighetsgrad lindrig vid 12 år")
    let english = Language.$override.withValue(.english) {
      map.walk(fixtureCase(concerns: [.absence, .mentalHealth], severity: .mild))
    }
    #expect(
      english.gaps.first?.message
        == "no active actor has a mandate for mental ill-health, mild, at age 12")
  }

  @Test("where the local agreement lets the school convene, the SIP note says so")
  func schoolMayConvene() throws {
    let folder = try FixtureFolder()
    let map = try folder.load(
      "m.yaml",
      walkMap(
        agreements: "agreements: {school-may-convene-sip: true}\n",
        actors: """
            - id: vc
              name: Vårdcentralen
              kind: unit
              sector: health-care
              contact: {role: Mottagningen}
              mandates: [{concerns: [absence, mental-health], basis: HSL}]
          """,
        routes: """
            - {id: remiss, from: skola, to: vc, channel: referral, consent: required}
            - {id: sip, from: socialtjanst, to: vc, channel: sip-invitation, consent: required}
          """,
        steps: """
              - {id: a, name: A, actor: skola, escalate: samrad}
              - {id: b, name: B, actor: socialtjanst}
          """))
    let walk = map.walk(fixtureCase())
    let sip = try #require(walk.steps[0].sip)
    #expect(sip.schoolMayConvene)
    #expect(sip.convenors.map(\.actor.id) == ["socialtjanst"])
    // The region's side has no invitation route of its own.
    #expect(walk.steps[0].gaps.map(\.kind) == [.noSIPConvenor])
    #expect(sip.explanation.contains("; skolan får också kalla till SIP (lokal överenskommelse)"))
    #expect(
      walk.steps[0].gaps.first?.message
        == "ingen aktör inom hälso- och sjukvården i räckhåll har en väg för kallelse till SIP, "
        + "fast SoL 10 kap. 8 §; HSL 16 kap. 4 § ålägger regionen att ta initiativet")
    let english = Language.$override.withValue(.english) { map.walk(fixtureCase()) }
    #expect(english.steps[0].sip?.explanation.contains("the school may also convene one") == true)
  }

  @Test("a case names its ladder; without one the concern decides, else the first ladder")
  func ladderChoice() throws {
    let folder = try FixtureFolder()
    let map = try folder.load(
      "m.yaml",
      walkMap(
        steps: """
              - {id: a, name: A, actor: skola}
            - id: illa
              name: Far illa
              concern: harm
              steps:
                - {id: x, name: X, actor: socialtjanst}
          """))
    #expect(map.walk(fixtureCase(concerns: [.harm])).ladder?.id == "illa")
    #expect(map.walk(fixtureCase(concerns: [.harm])).ladder?.chosen == .concern)
    #expect(map.walk(fixtureCase(concerns: [.learning])).ladder?.chosen == .first)
    #expect(map.walk(fixtureCase(concerns: [.learning])).ladder?.id == "franvaro")
    #expect(map.walk(fixtureCase(ladder: "illa")).ladder?.chosen == .named)
  }

  @Test("a map without ladders is not walked, and says so")
  func noLadder() throws {
    let folder = try FixtureFolder()
    let map = try folder.load("m.yaml", header + "actors: []\n")
    let walk = map.walk(fixtureCase())
    #expect(walk.outcome.result == .noLadder)
    #expect(walk.steps.isEmpty)
    #expect(walk.gaps.first?.kind == .noLadder)
    #expect(walk.outcome.summary == "Inte genomgånget: kartan har ingen trappa.")
    let english = Language.$override.withValue(.english) { map.walk(fixtureCase()) }
    #expect(english.outcome.summary == "Not walked: the map has no escalation ladder.")
  }
}

/// The first lines of a valid case file (5 lines, so the next key is on line 6).
private let caseHeader = """
  format: 1
  id: fall
  title: Ett fall
  concerns: [absence]
  consent: true

  """

@Suite("Case files are checked strictly, with file, line and column")
struct CaseFileTests {
  private func diagnostic(_ yaml: String, map: CollaborationMap? = nil) throws -> Diagnostic {
    let folder = try FixtureFolder()
    let path = try folder.write("fall.yaml", yaml)
    let error = try #require(throws: MapLoadError.self) {
      if let map {
        _ = try CaseLoader().load(path, for: map)
      } else {
        _ = try CaseLoader().load(path)
      }
    }
    #expect(error.diagnostic.location?.file == path)
    return error.diagnostic
  }

  @Test("a valid case file loads with its defaults")
  func valid() throws {
    let folder = try FixtureFolder()
    let path = try folder.write(
      "fall.yaml",
      caseHeader + "age: 12\nseverity: mild\nabsence: [{week: 3, percent: 10}]\n")
    let pupil = try CaseLoader().load(path)
    #expect(pupil.age == 12)
    #expect(pupil.severity == .mild)
    #expect(pupil.absence == [AbsenceRecord(week: 3, percent: 10)])
    #expect(!pupil.harmSuspected)
    #expect(pupil.tried.isEmpty)
    #expect(pupil.ladder == nil)
  }

  @Test("an unknown key points at the key and lists the known ones")
  func unknownKey() throws {
    let found = try diagnostic(caseHeader + "age: 12\nsevrity: mild\n")
    #expect(found.rule == "unknown-key")
    #expect(found.message == "unknown key 'sevrity'")
    #expect(found.location?.line == 7)
    #expect(found.location?.column == 1)
    #expect(found.hint?.contains("harm-suspected") == true)
  }

  @Test("an unknown severity is an invalid value at the value")
  func badSeverity() throws {
    let found = try diagnostic(caseHeader + "age: 12\nseverity: grave\n")
    #expect(found.rule == "invalid-value")
    #expect(found.message.contains("unknown severity 'grave'"))
    #expect(found.location?.line == 7)
    #expect(found.location?.column == 11)
  }

  @Test("age 400 is outside 0 to 25")
  func badAge() throws {
    let found = try diagnostic(caseHeader + "age: 400\nseverity: mild\n")
    #expect(found.rule == "invalid-value")
    #expect(found.message == "age 400 is outside 0 to 25 years")
    #expect(found.location?.line == 6)
    #expect(found.location?.column == 6)
  }

  @Test("an absence over 100 % points into the list")
  func badPercent() throws {
    let found = try diagnostic(
      caseHeader + "age: 12\nseverity: mild\nabsence:\n  - {week: 3, percent: 120}\n")
    #expect(found.rule == "invalid-value")
    #expect(found.location?.line == 9)
    #expect(found.location?.column == 24)
  }

  @Test("a case without concerns is refused")
  func noConcerns() throws {
    let yaml = caseHeader.replacingOccurrences(of: "[absence]", with: "[]")
    let found = try diagnostic(yaml + "age: 12\nseverity: mild\n")
    #expect(found.rule == "invalid-value")
    #expect(found.location?.line == 4)
  }

  @Test("a missing severity is a missing key")
  func missingSeverity() throws {
    let found = try diagnostic(caseHeader + "age: 12\n")
    #expect(found.rule == "missing-key")
    #expect(found.message == "missing required key 'severity'")
  }

  @Test("a ladder the map lacks is named at the case's 'ladder' value, with a suggestion")
  func unknownLadder() throws {
    let map = try RealMaps.molndal()
    let found = try diagnostic(
      caseHeader + "age: 12\nseverity: mild\nladder: problematisk-franvar\n", map: map)
    #expect(found.rule == "unknown-ladder")
    #expect(found.location?.line == 8)
    #expect(found.location?.column == 9)
    #expect(found.hint == "did you mean 'problematisk-franvaro'?")
  }

  @Test("a YAML syntax error is positioned like a map's")
  func syntax() throws {
    let found = try diagnostic("format: 1\nid: fall\n  title: x\n")
    #expect(found.rule == "yaml-syntax")
    #expect(found.location?.line == 3)
  }
}

@Suite("Case walks speak Swedish, and English on request")
struct CaseWalkLanguageTests {
  /// The English words a walk's own text is built of; none may show in a Swedish walk.
  static let englishScaffolding = [
    "Case ", "Outcome", "acts:", "shares:", "stalls:", "map lacks", "Not reached",
    "Report of concern", "consent:", "yes", "guardians", "mandate", " mild", "moderate", "severe",
  ]

  /// The fictitious cases of the acceptance suite, `Tests/Acceptance/cases/`.
  static let acceptanceCases: [String] = {
    let folder = RealMaps.packageRoot.appendingPathComponent("Tests/Acceptance/cases").path
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter { $0.hasSuffix(".yaml") }.sorted().map { "\(folder)/\($0)" }
  }()

  /// Every municipality's map in `Maps/`.
  static let maps: [String] = {
    let folder = RealMaps.packageRoot.appendingPathComponent("Maps").path
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter { $0.hasSuffix(".yaml") }.sorted().map { "\(folder)/\($0)" }
  }()

  /// The walk's text without what the map and the case file wrote themselves (names, triggers,
  /// mandate bases, contact points, the title, what was tried): those are the map's own words,
  /// and a Swedish map may well say "mild till måttlig".
  static func ownText(of walk: CaseWalk) -> String {
    var authored = [walk.pupil.title, walk.map.name] + walk.pupil.tried
    authored += walk.ladder.map { [$0.name] } ?? []
    for step in walk.steps {
      authored += [
        step.name, step.trigger, step.mandate.basis, step.actor.name, step.actor.contact,
      ]
      .compactMap { $0 }
      authored += [step.escalation?.to.name].compactMap { $0 }
    }
    authored += walk.contacts.map(\.actor.name)
    authored +=
      walk.reportOfConcern.map { [$0.reporter.name, $0.to?.name, $0.to?.contact] }?
      .compactMap { $0 } ?? []
    var text = walk.text
    for piece in Set(authored).sorted(by: { $0.count > $1.count }) where !piece.isEmpty {
      text = text.replacingOccurrences(of: piece, with: "…")
    }
    return text
  }

  @Test(
    "no English scaffolding in the Swedish walk of any acceptance case, on every map",
    arguments: acceptanceCases)
  func swedishOnly(caseFile: String) throws {
    #expect(Self.acceptanceCases.count >= 10)
    #expect(Self.maps.count >= 6)
    for mapPath in Self.maps {
      let map = try MapLoader().load(mapPath)
      let walk = map.walk(try CaseLoader().load(caseFile, for: map))
      let text = Self.ownText(of: walk)
      #expect(text.hasPrefix("Fall: "))
      #expect(text.contains("\nResultat: "))
      for word in Self.englishScaffolding {
        #expect(!text.contains(word), "\(caseFile) on \(map.id) says '\(word)':\n\(text)")
      }
    }
  }

  @Test("the English walk of every acceptance case is in English", arguments: acceptanceCases)
  func englishOnRequest(caseFile: String) throws {
    let map = try RealMaps.molndal()
    let text = try Language.$override.withValue(.english) {
      Self.ownText(of: map.walk(try CaseLoader().load(caseFile, for: map)))
    }
    #expect(text.hasPrefix("Case: "))
    #expect(text.contains("\nOutcome: "))
    for word in ["Resultat", "ansvarig:", "vidare:", "fastnar:", "svårighetsgrad", "samtycke"] {
      #expect(!text.contains(word), "\(caseFile) says '\(word)':\n\(text)")
    }
  }
}
