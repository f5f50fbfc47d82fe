import Foundation
import Testing

@testable import Samverkan

/// The contact sheet "Vem kontaktar jag?": what its cells say, from the sources and the law, and
/// that they are always `whoToContact`'s answers.
@Suite("The contact sheet: whom the school contacts, by concern and severity")
struct ContactSheetTests {
  static func sheet(_ name: String) throws -> (ContactSheet, CollaborationMap) {
    let map = try RealMaps.load(name)
    let sheet = try #require(ContactSheet(map: map), "\(name) has a school")
    return (sheet, map)
  }

  static func cell(_ sheet: ContactSheet, _ concern: Concern, _ severity: Severity) throws
    -> ContactSheet.Cell
  {
    let row = try #require(sheet.rows.first { $0.concern == concern })
    return try #require(row.cells.first { $0.severity == severity })
  }

  @Test("Mölndal's questions are asked from the school, the first step of its absence ladder")
  func askedFromTheSchool() throws {
    // Maps/molndal.yaml: ladder problematisk-franvaro, step framja, "actor: skola".
    let (sheet, _) = try Self.sheet("molndal")
    #expect(sheet.school.id == "skola")
    #expect(sheet.rows.map(\.concern) == ContactSheet.concerns)
    #expect(sheet.rows.allSatisfy { $0.cells.map(\.severity) == Severity.allCases })
  }

  @Test("Mölndal, mental ill-health: the first line (UPH) when mild or moderate, BUP when severe")
  func mentalHealthInMolndal() throws {
    // seed 000: "första linjen är ingång vid psykisk ohälsa ... BUP:s uppdrag är att ta emot och
    // samverka kring barn och unga med allvarligare besvär"; domain.md rule 5: mild and moderate
    // go to the first line (UPH in Västra Götaland, seed 001), BUP takes the severe.
    let (sheet, _) = try Self.sheet("molndal")
    let mild = try Self.cell(sheet, .mentalHealth, .mild)
    let moderate = try Self.cell(sheet, .mentalHealth, .moderate)
    let severe = try Self.cell(sheet, .mentalHealth, .severe)
    #expect(mild.answer?.actor.id == "uph")
    #expect(moderate.answer?.actor.id == "uph")
    #expect(severe.answer?.actor.id == "bup")
    // The next severity's actor is named only where it changes: moderate → BUP.
    #expect(mild.next == nil)
    #expect(moderate.next?.id == "bup")
    #expect(moderate.nextText == "Vid allvarlig: Barn- och ungdomspsykiatrin (BUP)")
    // The school reaches UPH through its pupil-health team's referral (elevhalsa-uph-remiss),
    // which needs the guardians' consent; at 16 the pupil's own can do in health care (domain.md,
    // "Consent, age and the acute way": around 15 for health-care decisions).
    #expect(
      mild.route?.contains("via Elevhälsoteamet (EHT): remiss, med vårdnadshavares samtycke")
        == true)
    #expect(mild.consent == [.guardians, .guardiansOrPupil])
    // The contact is the map's own: UPH's role, reached via the region's 1177.
    #expect(
      mild.contact
        == "Mottagningen på vårdcentralen med UPH-uppdrag · via Västra Götalandsregionen: 1177")
  }

  @Test("Mölndal, absence: the ladder's next step outside the school, the open-care family team")
  func absenceInMolndal() throws {
    // Maps/molndal.yaml's ladder: steps 1–4 are the school's own (skola, mentor, elevhalsa,
    // skola); step 5 "Samverka" is oppenvard-familjebehandlare — seed 001: "Insatsen ska vara
    // frivillig och ska kunna initieras via skolan". The school's own units are never an answer.
    let (sheet, _) = try Self.sheet("molndal")
    for severity in Severity.allCases {
      #expect(
        try Self.cell(sheet, .absence, severity).answer?.actor.id == "oppenvard-familjebehandlare")
    }
    let row = try #require(sheet.rows.first { $0.concern == .absence })
    #expect(row.spans.count == 1, "one answer for every severity is printed as one cell")
  }

  @Test("Mölndal, parenting: social services, which offers the guardians parent support")
  func parentingInMolndal() throws {
    // seed 001: "Ambitionen är att erbjuda vårdnadshavare föräldrastöd under hela barnets
    // uppväxt" — social services' (SoL 2025:400), reached through social services.
    let (sheet, _) = try Self.sheet("molndal")
    let cell = try Self.cell(sheet, .parenting, .mild)
    #expect(cell.answer?.actor.sector == .socialServices)
  }

  @Test("Mölndal, learning: only the school's own units take it, and the cell says so")
  func learningInMolndal() throws {
    // Maps/molndal.yaml: learning is in the mandates of skola (Skollagen 3 kap.), elevhalsa and
    // skolpsykolog only, all the school's own; a who-answer never names the asker's own unit.
    let (sheet, _) = try Self.sheet("molndal")
    let cell = try Self.cell(sheet, .learning, .mild)
    #expect(cell.answer == nil)
    #expect(Set(cell.ownUnits.map(\.id)) == ["skola", "elevhalsa", "skolpsykolog"])
    #expect(cell.lines.whom.hasPrefix("Inom skolan: Grundskola och gymnasieskola i Mölndal"))
  }

  @Test("Stockholm's composite municipality: mild mental ill-health goes to the vårdcentral")
  func mentalHealthInStockholm() throws {
    // seed 000, 002: in Region Stockholm every vårdcentral is the first line for mild to
    // moderate mental ill-health at 6–17 (Maps/regions/stockholm.yaml: vardcentral).
    let (sheet, _) = try Self.sheet("stockholm-exempelkommun")
    #expect(try Self.cell(sheet, .mentalHealth, .mild).answer?.actor.id == "vardcentral")
  }

  @Test(
    "every cell is whoToContact's first answer that is not a duty, at every age asked",
    arguments: RealMaps.names)
  func cellsAreWhoAnswers(name: String) throws {
    let (sheet, map) = try Self.sheet(name)
    for row in sheet.rows {
      for cell in row.cells {
        func first(age: Int?) -> WhoAnswer? {
          map.whoToContact(
            WhoQuery(
              concerns: [row.concern], from: sheet.school.id, age: age, severity: cell.severity)
          ).first {
            if case .duty = $0.reason { return false }
            return true
          }
        }
        #expect(cell.answer == first(age: nil), "\(name) \(row.concern) \(cell.severity)")
        for (age, consent) in zip(ContactSheet.consentAges, cell.consent) {
          let atAge = first(age: age)
          #expect(
            consent == (atAge?.actor.id == cell.answer?.actor.id ? atAge?.consent : nil),
            "\(name) \(row.concern) \(cell.severity) at \(age)")
        }
      }
    }
  }

  @Test("BUP is never the first contact for mild mental ill-health", arguments: RealMaps.names)
  func noBUPForMild(name: String) throws {
    // domain.md rule 5: "A map that routes mild concerns from school straight to BUP reproduces
    // the confusion that seed 000 and 002 describe." BUP is `bup` in every region, BUP akut below it.
    let (sheet, map) = try Self.sheet(name)
    let answer = try #require(try Self.cell(sheet, .mentalHealth, .mild).answer, "\(name)")
    #expect(
      !map.ancestry(of: answer.actor).contains { $0.id == "bup" }, "\(name): \(answer.actor.name)")
  }

  @Test(
    "the rules: report of concern at any time without consent, the acute way, SIP, consent by age",
    arguments: RealMaps.names)
  func rules(name: String) throws {
    let (sheet, map) = try Self.sheet(name)
    let titles = sheet.rules.map(\.title)
    #expect(
      titles == [
        "Orosanmälan", "Akut, i varje steg:", "SIP, samordnad individuell plan", "Samtycke",
      ])
    // SoL 2025:400 19 kap. 1 §: at once, at any step, without consent; to social services.
    let report = sheet.rules[0].text
    #expect(report.contains("när som helst"))
    #expect(report.contains("utan samtycke (SoL 19 kap. 1 §)"))
    let receiver = try #require(
      map.whoToContact(WhoQuery(concerns: [.harm], from: sheet.school.id)).first)
    #expect(receiver.actor.sector == .socialServices)
    #expect(report.contains("Tas emot av \(receiver.actor.name)"))
    // domain.md, "the acute way": 112, BUP's emergency entry, 1177.
    for actor in map.acuteWay { #expect(sheet.rules[1].text.contains(actor.name)) }
    #expect(sheet.rules[1].text.contains("112"))
    #expect(sheet.rules[1].text.contains("1177"))
    // SIP: SoL 10 kap. 8 §; HSL 16 kap. 4 §, convened by social services first.
    #expect(sheet.rules[2].text.contains(Citation.sip.text))
    // Social services first (domain.md rule 4: the municipality takes the initiative).
    let convener = try #require(
      map.whoToContact(WhoQuery(concerns: [.absence], from: sheet.school.id, asksForSIP: true))
        .first { $0.reason == .convenesSIP })
    #expect(convener.actor.sector == .socialServices)
    #expect(sheet.rules[2].text.hasPrefix("kallas av \(convener.actor.name)"))
    #expect(sheet.rules[3].text.contains(ConsentNeed.law))
  }

  @Test("English with the language override")
  func english() throws {
    let map = try RealMaps.molndal()
    let sheet = try #require(Language.$override.withValue(.english) { ContactSheet(map: map) })
    #expect(sheet.rules.map(\.title).first == "Report of concern")
    #expect(sheet.rules[0].text.contains("without consent (SoL 19 kap. 1 §)"))
    let mild = try Self.cell(sheet, .mentalHealth, .mild)
    #expect(mild.route?.hasPrefix("Way: meeting") == true)
  }

  @Test("a template without a school has no sheet")
  func noSchool() throws {
    // Maps/regions/vastra-gotaland.yaml holds the region's actors and the family, no school.
    let template = try MapLoader().load(RealMaps.templatePath)
    #expect(!template.actors.contains { $0.sector == .school })
    #expect(ContactSheet(map: template) == nil)
  }

  @Test("the printed graph: one node, its table's text no smaller than 7 pt")
  func graph() throws {
    let (sheet, _) = try Self.sheet("molndal")
    let graph = GraphDescription(contactSheet: sheet)
    #expect(graph.nodeCount == 1)
    #expect(graph.edges.isEmpty)
    guard
      case .html(let label) = graph.nodes[0].attributes.first(where: { $0.name == "label" })?.value
    else {
      Issue.record("the node's label is HTML-like")
      return
    }
    let sizes = label.components(separatedBy: "POINT-SIZE=\"").dropFirst().compactMap {
      Double($0.prefix { $0 != "\"" })
    }
    #expect(!sizes.isEmpty)
    #expect(sizes.allSatisfy { $0 >= 7 }, "\(sizes)")
    #expect(label.contains("SoL 19 kap. 1 §"))
    #expect(label.contains("Vårdcentral med tilläggsuppdrag för ungas psykiska hälsa"))
  }
}
