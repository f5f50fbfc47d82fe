import Foundation
import Testing

@testable import Samverkan

@Suite("A synthetic national model")
struct SyntheticNationTests {
  static let reviewed: ReviewDate = {
    guard let date = ReviewDate(year: 2026, month: 11, day: 23) else {
      preconditionFailure("2026-11-23 is a day")
    }
    return date
  }()

  /// Every rule, with the map age measured on the day the maps were reviewed.
  static let validator = MapValidator(
    rules: MapValidator.allRules.map { rule -> any MapRule in
      rule is StaleMapRule ? StaleMapRule(today: reviewed) : rule
    },
    settings: RuleSettings(preset: .all))

  static let nation = SyntheticNation(municipalities: 290, seed: 42, reviewed: reviewed)

  /// Municipality `index` with its template laid under it, as the loader merges them.
  static func merged(_ index: Int, of nation: SyntheticNation = nation) -> CollaborationMap {
    var map = nation.municipalities[index].map
    let template = nation.regions[nation.regionOfMunicipality[index]].map
    map.agreements = template.agreements.overridden(by: map.agreements)
    map.actors = template.actors + map.actors
    map.routes = template.routes + map.routes
    map.ladders = template.ladders + map.ladders
    return map
  }

  @Test("the same seed and date give the same bytes; another seed gives other maps")
  func deterministic() throws {
    func texts(seed: UInt64) throws -> [String] {
      try SyntheticNation(municipalities: 12, seed: seed, reviewed: Self.reviewed).files.map {
        try $0.yaml()
      }
    }
    let first = try texts(seed: 7)
    #expect(first == (try texts(seed: 7)))
    let other = try texts(seed: 8)
    #expect(other.count == first.count)
    #expect(zip(first, other).filter { $0 != $1 }.count > first.count / 2)
  }

  @Test("290 municipalities fill 21 regions as Sweden's counties are filled")
  func nationalLayout() {
    let nation = Self.nation
    #expect(nation.regions.count == 21)
    #expect(nation.municipalities.count == 290)
    let perRegion = nation.regions.indices.map { region in
      nation.regionOfMunicipality.filter { $0 == region }.count
    }
    #expect(perRegion == NationLayout.countyWeights)
    #expect(nation.regions.first?.path == "regions/syntetregion-01.yaml")
    #expect(nation.regions.allSatisfy { $0.map.kind == .template && $0.include.isEmpty })
    let municipality = nation.municipalities[16]
    #expect(municipality.path == "syntetkommun-017.yaml")
    #expect(municipality.map.name == "Syntetkommun 017")
    #expect(municipality.include == [nation.regions[nation.regionOfMunicipality[16]].path])
  }

  @Test(
    "every region gets at least one municipality, the rest in the counties' proportions",
    arguments: [1, 5, 21, 22, 100, 1000, 2000])
  func layout(municipalities: Int) {
    let counts = NationLayout(municipalities: municipalities).municipalitiesPerRegion
    #expect(counts.count == min(21, municipalities))
    #expect(counts.reduce(0, +) == municipalities)
    #expect(counts.allSatisfy { $0 >= 1 })
    if municipalities > 21 {
      #expect(counts.max() == counts[11], "the Västra Götaland slot is the largest")
      #expect(counts[7] == 1, "the Gotland slot stays one municipality")
    }
  }

  @Test("each municipality with its template has 30–60 actors, 80–200 routes and several ladders")
  func sizes() {
    for index in Self.nation.municipalities.indices {
      let (actors, routes) = Self.nation.loadedSize(ofMunicipality: index)
      let map = Self.merged(index)
      #expect((actors, routes) == (map.actors.count, map.routes.count))
      #expect((30...60).contains(actors), "\(map.id): \(actors) actors")
      #expect((80...200).contains(routes), "\(map.id): \(routes) routes")
      #expect(map.ladders.count >= 2, "\(map.id)")
      #expect(Set(map.ladders.map(\.concern)).count >= 3, "\(map.id): ladders per concern")
    }
  }

  @Test("the structure varies between municipalities")
  func variety() {
    let maps = Self.nation.municipalities.indices.map { Self.merged($0) }
    let schools = Set(maps.map { $0.actors.filter { $0.id.hasSuffix("-mentor") }.count })
    #expect(schools.count >= 4, "numbers of schools: \(schools.sorted())")
    #expect(Set(maps.map { $0.actors.count }).count >= 10)
    for optional in ["narvaroteam", "faltsekreterare", "foraldrastod", "sip-samordnare"] {
      let having = maps.filter { $0.actor(optional) != nil }.count
      #expect((1..<maps.count).contains(having), "\(optional) in \(having) of \(maps.count)")
    }
    // BUP akut is in every region (the acute way); whether guardians may phone it varies.
    let calling = maps.filter { $0.route("vardnadshavare-bup-akut-telefon") != nil }.count
    #expect((1..<maps.count).contains(calling), "guardians phone BUP akut in \(calling)")
    let convening = maps.filter { $0.agreements.schoolMayConveneSIP == true }.count
    #expect((1..<maps.count).contains(convening))
  }

  @Test("every municipality map is valid under every rule, with no finding at all")
  func validInMemory() {
    for index in Self.nation.municipalities.indices {
      let map = Self.merged(index)
      let findings = Self.validator.validate(map)
      #expect(findings.isEmpty, "\(map.id): \(findings.map(\.message))")
    }
  }

  @Test("every map shows the acute way as the real templates do; BUP holds suicide risk")
  func acuteWay() {
    for index in Self.nation.municipalities.indices {
      let map = Self.merged(index)
      #expect(map.missingAcuteRoles.isEmpty, "\(map.id)")
      #expect(
        map.acuteWay.map(\.id) == ["nodnummer-112", "bup-akut", "vardguiden-1177"], "\(map.id)")
      #expect(map.actor("bup-akut")?.parent == "bup", "\(map.id)")
      let bup = map.actor("bup")?.mandates ?? []
      #expect(
        bup.contains { $0.concerns == [.suicideRisk] && $0.severities == Severity.allCases },
        "\(map.id): BUP assesses suicide risk at every severity")
      let socialSuicide = map.actors.filter {
        $0.sector == .socialServices && $0.mandates.contains { $0.concerns.contains(.suicideRisk) }
      }
      #expect(socialSuicide.isEmpty, "\(map.id): \(socialSuicide.map(\.id))")
    }
  }

  @Test("mandates state the ages the law gives; a gymnasium's absence rests on 15 kap. 16 §")
  func ages() {
    var gymnasia = 0
    for index in Self.nation.municipalities.indices {
      let map = Self.merged(index)
      for actor in map.actors where actor.sector == .socialServices {
        for mandate in actor.mandates where actor.id != "faltsekreterare" {
          #expect(mandate.ages == AgeRange(lower: 0, upper: 17), "\(map.id): \(actor.id)")
        }
      }
      for id in ["forsta-linjen", "bup", "bup-akut", "bumm", "habilitering"] {
        let children = map.actor(id)?.mandates.filter { $0.ages.lower < 18 } ?? []
        #expect(!children.isEmpty && children.allSatisfy { $0.ages.upper == 17 }, "\(id)")
      }
      for id in ["hemkommun-skolplikt", "vardnadshavare"] {
        let absence = map.actor(id)?.mandates.filter { $0.concerns.contains(.absence) } ?? []
        #expect(absence.map(\.ages) == [AgeRange(lower: 6, upper: 16)], "\(map.id): \(id)")
      }
      for school in map.actors where school.name.hasSuffix("(gymnasium)") {
        gymnasia += 1
        let absence = school.mandates.filter { $0.concerns.contains(.absence) }
        #expect(absence.map(\.basis) == [Citation.upperSecondaryAbsence.text], "\(school.id)")
        #expect(absence.map(\.ages) == [AgeRange(lower: 16, upper: 19)], "\(school.id)")
        #expect(map.route("\(school.id)-huvudman-anmalan") == nil, "no report to the owner")
      }
    }
    #expect(gymnasia > 0, "some municipalities have a gymnasium")
  }

  @Test(
    "absence ladders enter at the local threshold and end in an authority step for severe cases")
  func ladderEntries() {
    for file in Self.nation.municipalities {
      for ladder in file.map.ladders where ladder.concern == .absence {
        let entries = ladder.steps.map(\.entry)
        #expect(entries[0] == nil && entries[1] == nil, "\(ladder.id): promote and notice")
        let threshold = entries[2]?.absencePercent
        #expect(threshold != nil && entries[3] == entries[2], "\(file.map.id) \(ladder.id)")
        #expect(entries[4]?.absencePercent == threshold.map { $0 + 5 }, "\(ladder.id)")
        let last = ladder.steps[ladder.steps.count - 1]
        #expect(last.id == "myndighet" && last.authority, "\(ladder.id)")
        #expect(last.entry == StepEntry(severities: [.severe]), "\(ladder.id)")
        #expect(ladder.steps.dropLast().allSatisfy { !$0.authority }, "\(ladder.id)")
      }
    }
  }

  @Test("every citation is the law in force, written as Citation writes it")
  func currentLaw() throws {
    for file in Self.nation.files {
      let text = try file.yaml()
      for replaced in ["SoL 14 kap.", "SoL 2 kap. 7 §", "2001:453"] {
        #expect(!text.contains(replaced), "\(file.path) cites \(replaced)")
      }
      let reports = file.map.routes.filter { $0.channel == .reportOfConcern }
      #expect(reports.allSatisfy { $0.sharing == .provision(Citation.reportingDuty) })
    }
  }

  @Test("a template alone only tells which actors its municipalities must define")
  func templatesAlone() {
    for template in Self.nation.regions {
      let findings = Self.validator.validate(template.map)
      #expect(findings.allSatisfy { $0.severity == .info && $0.rule == "unknown-reference" })
      #expect(Set(findings.compactMap(\.element)) == ["socialtjanst", "central-elevhalsa"])
    }
  }

  @Test("a sample of the files loads through MapLoader as built and validates without findings")
  func sampleLoads() throws {
    let folder = try FixtureFolder()
    let sample = Array(stride(from: 0, to: 290, by: 37))
    for file in Self.nation.regions { try folder.write(file.path, file.yaml()) }
    for index in sample {
      let file = Self.nation.municipalities[index]
      let loaded = try MapLoader().load(folder.write(file.path, file.yaml()))
      #expect(Self.validator.validate(loaded).isEmpty, "\(file.path)")
      let built = Self.merged(index)
      #expect(loaded.withoutSources.actors == built.actors, "\(file.path)")
      #expect(loaded.withoutSources.routes == built.routes, "\(file.path)")
      #expect(loaded.withoutSources.ladders == built.ladders, "\(file.path)")
      #expect(loaded.agreements == built.agreements)
      #expect((loaded.reviewed, loaded.sources) == (built.reviewed, built.sources))
    }
  }

  @Test("contacts are functions with fake numbers and shared mailboxes on .example domains")
  func fakeContacts() {
    let actors = Self.nation.files.flatMap(\.map.actors).filter { $0.contact != nil }
    #expect(!actors.isEmpty)
    for actor in actors {
      guard let contact = actor.contact else { continue }
      #expect(contact.role != nil)
      // The acute way's national numbers are the only real ones (Maps/README.md).
      let national: [AcuteRole: String] = [.emergencyCall: "112", .adviceLine: "1177"]
      if let phone = contact.phone {
        if let acute = actor.acute, let number = national[acute] {
          #expect(phone == number, "\(actor.id): \(phone)")
        } else {
          #expect(phone.hasPrefix("000"), "\(actor.id): \(phone)")
        }
      }
      if let email = contact.email {
        #expect(email.hasSuffix(".example") && !email.contains(".", before: "@"), "\(email)")
      }
      if let form = contact.webForm {
        #expect(form.hasPrefix("https://") && form.contains(".example/"), "\(form)")
      }
    }
  }

  @Test(
    "text YAML could read as a number, date, boolean or null is quoted",
    arguments: [
      ("2026-11-23", true), ("6-17", true), ("0000-017 03", true), ("-x", true), (".inf", true),
      ("yes", true), ("No", true), ("null", true), ("~", true), ("", true), ("<<", true),
      ("Skola 3 (F–9)", false), ("BUP-mottagningen", false), ("Nej tack", false), ("y", false),
    ])
  func quoting(text: String, quoted: Bool) {
    #expect(MapYAMLEmitter.mightReadAsOtherType(text) == quoted)
  }

  @Test("tricky text survives the trip through YAML and the loader")
  func trickyText() throws {
    let names = [
      "yes", "2026-01-01", "a: b # c", "'quoted' and \"double\"", "null", "- dash", "# hash",
      "{flow}", "[list]", "100 %", "rad ett\nrad två", "  spaces  ", "Åsa & Örjan: *stjärna",
    ]
    let actors = names.enumerated().map { index, name in
      Actor(
        id: "a\(index)", name: name, kind: .function, sector: .other,
        contact: ContactPoint(role: name), note: name)
    }
    let map = CollaborationMap(
      id: "knepig", name: "true", reviewed: Self.reviewed, actors: actors)
    let file = SyntheticMapFile(
      path: "knepig.yaml", map: map, include: [], comment: ["# kommentar"])
    let folder = try FixtureFolder()
    let loaded = try MapLoader().load(folder.write(file.path, file.yaml()))
    #expect(loaded.name == "true")
    #expect(loaded.actors.map(\.name) == names)
    #expect(loaded.actors.map(\.note) == names)
    #expect(loaded.actors.map { $0.contact?.role } == names)
  }
}

extension CollaborationMap {
  /// The map with every element's source position removed, to compare with a map built in code.
  fileprivate var withoutSources: CollaborationMap {
    var map = self
    map.actors = actors.map { actor in
      var actor = actor
      actor.source = nil
      return actor
    }
    map.routes = routes.map { route in
      var route = route
      route.source = nil
      return route
    }
    map.ladders = ladders.map { ladder in
      var ladder = ladder
      ladder.source = nil
      ladder.steps = ladder.steps.map { step in
        var step = step
        step.source = nil
        return step
      }
      return ladder
    }
    return map
  }
}

extension String {
  /// Whether `character` occurs before the first `separator`.
  fileprivate func contains(_ character: Character, before separator: Character) -> Bool {
    prefix { $0 != separator }.contains(character)
  }
}
