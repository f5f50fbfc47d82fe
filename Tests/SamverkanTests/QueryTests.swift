import Foundation
import Samverkan
import Testing

@Suite("Who holds a mandate")
struct QueryTests {
  @Test("mild mental ill-health at 13 in Mölndal: UPH and the pupil health team, not BUP")
  func mildAt13() throws {
    let map = try RealMaps.molndal()
    let ids = map.mandateHolders(for: .mentalHealth, severity: .mild, age: 13).map(\.actor.id)
    #expect(ids.contains("uph"))
    #expect(!ids.contains("bup"), "BUP holds moderate and severe only")
    #expect(!ids.contains("samverkansteam"), "the planned team holds no mandate yet")
    #expect(
      ids == ["uph", "vardguiden-1177", "elevhalsa", "kurator", "skolskoterska", "skolpsykolog"])
  }

  @Test("severe mental ill-health at 13: BUP instead of UPH")
  func severeAt13() throws {
    let map = try RealMaps.molndal()
    let ids = map.mandateHolders(for: .mentalHealth, severity: .severe, age: 13).map(\.actor.id)
    #expect(ids.contains("bup"))
    #expect(!ids.contains("uph"), "UPH takes mild to moderate only")
    #expect(
      ids == [
        "bup", "bup-akut", "vardguiden-1177", "elevhalsa", "kurator", "skolskoterska",
        "skolpsykolog",
      ])
  }

  @Test("moderate mental ill-health is shared by UPH and BUP")
  func moderate() throws {
    let ids = try RealMaps.molndal()
      .mandateHolders(for: .mentalHealth, severity: .moderate, age: 10).map(\.actor.id)
    #expect(ids.contains("uph") && ids.contains("bup"))
  }

  @Test("UPH's age range starts at 6")
  func uphAgeRange() throws {
    let map = try RealMaps.molndal()
    let at5 = map.mandateHolders(for: .mentalHealth, severity: .mild, age: 5).map(\.actor.id)
    let at6 = map.mandateHolders(for: .mentalHealth, severity: .mild, age: 6).map(\.actor.id)
    #expect(!at5.contains("uph"))
    #expect(at6.contains("uph"))
  }

  @Test("without severity and age, every active holder of the concern counts")
  func concernOnly() throws {
    let map = try RealMaps.molndal()
    let ids = map.mandateHolders(for: .mentalHealth).map(\.actor.id)
    #expect(
      ids == [
        "bup", "uph", "bup-akut", "vardguiden-1177", "elevhalsa", "kurator", "skolskoterska",
        "skolpsykolog",
      ])
  }

  @Test("the holder comes with the mandate that covers the concern")
  func holderCarriesMandate() throws {
    let map = try RealMaps.molndal()
    let holders = map.mandateHolders(for: .learning, severity: .mild, age: 9)
    let skola = try #require(holders.first { $0.actor.id == "skola" })
    #expect(skola.mandate.basis == "Skollagen 3 kap.")
    #expect(skola.mandate.concerns == [.learning])
  }

  @Test("an actor with several covering mandates is listed once, with its first one")
  func oneHolderPerActor() throws {
    let map = CollaborationMap(
      id: "kod", name: "Kod", reviewed: try fixtureDate(),
      actors: [
        Actor(
          id: "a", name: "A", kind: .unit, sector: .school,
          mandates: [
            Mandate(concerns: [.absence], basis: "första"),
            Mandate(concerns: [.absence, .learning], basis: "andra"),
          ]),
        Actor(
          id: "slut", name: "Avslutad", kind: .unit, sector: .school, status: .ended,
          mandates: [Mandate(concerns: [.absence], basis: "gammal")]),
      ])
    let holders = map.mandateHolders(for: .absence)
    #expect(holders.map(\.actor.id) == ["a"])
    #expect(holders.map(\.mandate.basis) == ["första"])
    #expect(map.mandateHolders(for: .learning).map(\.mandate.basis) == ["andra"])
    #expect(map.mandateHolders(for: .harm).isEmpty)
  }

  @Test(
    "Mandate.covers checks concern, severity and age together",
    arguments: [
      (Concern.mentalHealth, Severity?.some(.mild), Int?.some(6), true),
      (.mentalHealth, .some(.mild), .some(5), false),
      (.mentalHealth, .some(.mild), .some(17), true),
      (.mentalHealth, .some(.mild), .some(18), false),
      (.mentalHealth, .some(.severe), .some(10), false),
      (.mentalHealth, nil, nil, true),
      (.absence, nil, nil, false),
    ])
  func covers(concern: Concern, severity: Severity?, age: Int?, expected: Bool) {
    let mandate = Mandate(
      concerns: [.mentalHealth], severities: [.mild, .moderate],
      ages: AgeRange(lower: 6, upper: 17), basis: "HSL")
    #expect(mandate.covers(concern, severity: severity, age: age) == expected)
  }
}

@Suite("An actor as a person types it")
struct ActorLookupTests {
  @Test(
    "an id, a name, a short name or a role, case and diacritics aside",
    arguments: [
      ("uph", "uph"), ("UPH", "uph"), ("bup", "bup"), ("rektor", "skola"),
      ("kuratorn", "kurator"), ("Elevhälsan", "elevhalsa"), ("elevhalsoteamet", "elevhalsa"),
      ("EHT", "elevhalsa"), ("Barn- och ungdomspsykiatrin", "bup"),
      ("barn- och ungdomspsykiatrin (bup)", "bup"), ("SKOLSKÖTERSKAN", "skolskoterska"),
      ("socialtjansten", "socialtjanst"),
    ])
  func found(typed: String, id: String) throws {
    let map = try RealMaps.molndal()
    guard case .found(let actor) = map.lookUpActor(typed) else {
      Issue.record("\(typed): \(map.lookUpActor(typed))")
      return
    }
    #expect(actor.id == id, "\(typed)")
  }

  @Test("'rektor' is the school's rector on every real map, not Härryda's preschool head")
  func rector() throws {
    // harryda.yaml: the schools' contact is "Rektor på elevens skola"; the preschool's is
    // "Förskolechef/rektor på barnets förskola", where rektor is the second word of the role.
    for name in RealMaps.names {
      let map = try MapLoader().load(
        RealMaps.packageRoot.appendingPathComponent("Maps/\(name).yaml").path)
      guard case .found(let actor) = map.lookUpActor("rektor") else {
        Issue.record("\(name): \(map.lookUpActor("rektor"))")
        continue
      }
      #expect(actor.contact?.role == "Rektor på elevens skola", "\(name): \(actor.name)")
    }
  }

  @Test("'menade du' ranges over ids, names and short names, each once")
  func suggestions() throws {
    let map = try RealMaps.molndal()
    #expect(map.lookUpActor("kurtor") == .notFound(suggestions: ["kurator"]))
    #expect(map.lookUpActor("Skolkuratorr") == .notFound(suggestions: ["Skolkurator"]))
    #expect(map.lookUpActor("BUMMM") == .notFound(suggestions: ["bumm"]))
    guard case .notFound(let near) = map.lookUpActor("Elevhälsoteamt (EHT)") else {
      Issue.record("expected no actor")
      return
    }
    #expect(near.first == "Elevhälsoteamet (EHT)")
    #expect(Set(near.map { $0.lowercased() }).count == near.count, "\(near)")
  }
}
