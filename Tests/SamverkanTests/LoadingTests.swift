import Foundation
import Samverkan
import Testing

@Suite("Loading the real Mölndal map")
struct RealMapLoadingTests {
  @Test("Mölndal's own fields come from molndal.yaml")
  func ownFields() throws {
    let map = try RealMaps.molndal()
    #expect(map.id == "molndal")
    #expect(map.name == "Mölndals stad")
    #expect(map.kind == .municipality)
    #expect(map.reviewed == ReviewDate(year: 2026, month: 12, day: 1))
    #expect(map.sources.first?.file == "seeds/001_a8a039e31b07c79d.txt")
    // seeds/README.md: 001 is the Göteborg area's funded initiatives, the Mölndal team among them.
    #expect(map.sources.first?.title?.hasPrefix("Göteborgsregionen") == true)
    #expect(map.sources.count == 4)
  }

  @Test("the map holds the template's actors and its own")
  func actorsFromBothFiles() throws {
    let map = try RealMaps.molndal()
    let ids = map.actors.map(\.id)
    for templateActor in ["vgr", "bup", "uph", "bumm", "vardnadshavare"] {
      #expect(ids.contains(templateActor), "template actor \(templateActor)")
    }
    for ownActor in ["molndal", "skola", "socialtjanst", "samverkansteam", "elevhalsa"] {
      #expect(ids.contains(ownActor), "own actor \(ownActor)")
    }
    #expect(map.actors.count == 21)
    #expect(Set(ids).count == ids.count, "no id twice")
    #expect(
      Array(ids.prefix(5)) == ["vgr", "bup", "uph", "bumm", "vardnadshavare"],
      "included elements come first, in the template's order")
  }

  @Test("the planned collaboration team is loaded with status planned")
  func plannedTeam() throws {
    let map = try RealMaps.molndal()
    let team = try #require(map.actor("samverkansteam"))
    #expect(team.status == .planned)
    #expect(team.parent == "molndal")
    #expect(map.actor("skola")?.status == .active)
    #expect(map.route("skola-samverkansteam")?.status == .planned)
  }

  @Test("routes of both files are there, with their consent and response")
  func routes() throws {
    let map = try RealMaps.molndal()
    #expect(map.routes.count == 52)
    let templateRoute = try #require(map.route("uph-bup-remiss"))
    #expect(templateRoute.from == "uph")
    #expect(templateRoute.to == "bup")
    #expect(templateRoute.channel == .referral)
    #expect(templateRoute.sharing == .consentRequired)
    let report = try #require(map.route("skola-orosanmalan"))
    #expect(report.sharing == .provision("SoL 19 kap. 1 §, OSL 10 kap. 28 §"))
    #expect(report.response == .immediately)
    #expect(map.route("skola-vardnadshavare-franvaro")?.response == .sameDay)
    #expect(map.route("skola-vardnadshavare-franvaro")?.sharing == .notApplicable)
  }

  @Test("files lists the map first, then the template")
  func files() throws {
    let map = try RealMaps.molndal()
    #expect(map.files.count == 2)
    #expect(map.files.first == RealMaps.molndalPath)
    #expect(map.files.last?.hasSuffix("Maps/regions/vastra-gotaland.yaml") == true)
  }

  @Test("agreements: the school may not convene a SIP; the template leaves BUP access open")
  func agreements() throws {
    let map = try RealMaps.molndal()
    #expect(map.agreements.schoolMayConveneSIP == false)
    #expect(map.agreements.directCareRequestToBUP == nil)
  }

  @Test("the absence ladder has six steps from the school to the social secretary")
  func ladder() throws {
    let map = try RealMaps.molndal()
    #expect(map.ladders.count == 1)
    let ladder = try #require(map.ladders.first)
    #expect(ladder.id == "problematisk-franvaro")
    #expect(ladder.concern == .absence)
    #expect(
      ladder.steps.map(\.id)
        == ["framja", "uppmarksamma", "kartlagga-utreda", "atgarda", "samverka", "myndighet"])
    #expect(ladder.steps.first?.escalate == "skola-mentor-franvarosignal")
    #expect(ladder.steps.last?.escalate == nil)
    #expect(ladder.steps.last?.actor == "socialsekreterare")
  }

  @Test("elements remember where they were written: the template's in the template file")
  func sourceAnchors() throws {
    let map = try RealMaps.molndal()
    let bup = try #require(map.actor("bup"))
    #expect(bup.source?.element.file.hasSuffix("Maps/regions/vastra-gotaland.yaml") == true)
    let skola = try #require(map.actor("skola"))
    #expect(skola.source?.element.file == RealMaps.molndalPath)
  }

  @Test("the template alone loads as a template with its eight actors and fifteen routes")
  func templateAlone() throws {
    let template = try MapLoader().load(RealMaps.templatePath)
    #expect(template.kind == .template)
    #expect(
      template.actors.map(\.id) == [
        "vgr", "bup", "uph", "bumm", "vardnadshavare", "nodnummer-112", "bup-akut",
        "vardguiden-1177",
      ])
    #expect(template.routes.count == 15)
    #expect(template.files == [RealMaps.templatePath])
    #expect(template.actor("socialtjanst") == nil)
  }
}

@Suite("Includes: a municipality extends a template")
struct IncludeOverrideTests {
  static let template = """
    format: 1
    id: mall
    name: Mallen
    kind: template
    reviewed: 2026-01-01
    agreements:
      school-may-convene-sip: true
      direct-care-request-to-bup: true
    actors:
      - id: bup
        name: BUP i mallen
        kind: unit
        sector: health-care
      - id: vardnadshavare
        name: Vårdnadshavare
        kind: function
        sector: family
    routes:
      - id: bup-orosanmalan
        from: bup
        to: socialtjanst
        channel: report-of-concern
        consent: not-required
        provision: SoL 19 kap. 1 §
      - id: bup-samrad
        from: bup
        to: vardnadshavare
        channel: meeting
        consent: not-applicable

    """

  static let municipality = """
    format: 1
    id: kommun
    name: Kommunen
    reviewed: 2026-11-23
    include:
      - regions/mall.yaml
    agreements:
      school-may-convene-sip: false
    actors:
      - id: bup
        name: BUP enligt kommunen
        kind: unit
        sector: health-care
        laws: [HSL]
      - id: socialtjanst
        name: Socialtjänsten
        kind: organisation
        sector: social-services
    routes:
      - id: bup-samrad
        from: bup
        to: vardnadshavare
        channel: phone
        consent: required

    """

  func loadMunicipality() throws -> (CollaborationMap, FixtureFolder) {
    let folder = try FixtureFolder()
    try folder.write("regions/mall.yaml", Self.template)
    let map = try MapLoader().load(folder.write("kommun.yaml", Self.municipality))
    return (map, folder)
  }

  @Test("an actor redefined by the municipality replaces the template's, in place")
  func actorReplaced() throws {
    let (map, _) = try loadMunicipality()
    let bup = try #require(map.actor("bup"))
    #expect(bup.name == "BUP enligt kommunen")
    #expect(bup.laws == ["HSL"])
    #expect(map.actors.filter { $0.id == "bup" }.count == 1)
    #expect(map.actors.map(\.id) == ["bup", "vardnadshavare", "socialtjanst"])
  }

  @Test("a new id appends after the template's elements")
  func newIDAppends() throws {
    let (map, _) = try loadMunicipality()
    #expect(map.actors.count == 3)
    #expect(map.actors.last?.id == "socialtjanst")
    #expect(map.routes.map(\.id) == ["bup-orosanmalan", "bup-samrad"])
  }

  @Test("a route redefined by the municipality replaces the template's")
  func routeReplaced() throws {
    let (map, _) = try loadMunicipality()
    let route = try #require(map.route("bup-samrad"))
    #expect(route.channel == .phone)
    #expect(route.sharing == .consentRequired)
  }

  @Test("agreements merge key by key, the including file winning")
  func agreementsMerge() throws {
    let (map, _) = try loadMunicipality()
    #expect(map.agreements.schoolMayConveneSIP == false)
    #expect(map.agreements.directCareRequestToBUP == true)
  }

  @Test("the map's own id, name and kind come from the including file")
  func topLevelFromIncludingFile() throws {
    let (map, _) = try loadMunicipality()
    #expect(map.id == "kommun")
    #expect(map.name == "Kommunen")
    #expect(map.kind == .municipality)
    #expect(map.reviewed == ReviewDate(year: 2026, month: 11, day: 23))
  }

  @Test("files lists the including file as given, then the template")
  func filesListed() throws {
    let (map, folder) = try loadMunicipality()
    #expect(map.files == [folder.path("kommun.yaml"), folder.resolvedPath("regions/mall.yaml")])
  }

  @Test("a forward reference from the template resolves to the municipality's actor")
  func forwardReference() throws {
    let (map, _) = try loadMunicipality()
    let route = try #require(map.route("bup-orosanmalan"))
    #expect(route.to == "socialtjanst")
    #expect(map.actor(route.to)?.name == "Socialtjänsten")
    #expect(
      MapValidator(rules: MapValidator.allRules.filter { $0.kind == .structural }).validate(map)
        .isEmpty)
  }

  @Test("a replacing actor is anchored in the file that replaced it")
  func replacedAnchor() throws {
    let (map, folder) = try loadMunicipality()
    let bup = try #require(map.actor("bup"))
    #expect(
      bup.source?.element
        == Samverkan.SourceLocation(
          file: folder.path("kommun.yaml"), line: 10, column: 5))
    #expect(
      bup.source?.location(of: "name")
        == Samverkan.SourceLocation(
          file: folder.path("kommun.yaml"), line: 11, column: 11))
    let vardnadshavare = try #require(map.actor("vardnadshavare"))
    #expect(vardnadshavare.source?.element.file == folder.resolvedPath("regions/mall.yaml"))
    #expect(vardnadshavare.source?.element.line == 14)
  }

  @Test("nested includes: the nearest file wins and files are listed depth first")
  func nestedIncludes() throws {
    let folder = try FixtureFolder()
    try folder.write(
      "regions/bas.yaml",
      """
      format: 1
      id: bas
      name: Bas
      kind: template
      reviewed: 2026-01-01
      agreements: {school-may-convene-sip: true}
      actors:
        - {id: a, name: A från bas, kind: unit, sector: school}
        - {id: b, name: B från bas, kind: unit, sector: school}

      """)
    try folder.write(
      "regions/region.yaml",
      """
      format: 1
      id: region
      name: Region
      kind: template
      reviewed: 2026-01-01
      include: [bas.yaml]
      agreements: {direct-care-request-to-bup: false}
      actors:
        - {id: b, name: B från regionen, kind: unit, sector: health-care}
        - {id: c, name: C från regionen, kind: unit, sector: health-care}

      """)
    let top = try folder.write(
      "kommun.yaml",
      """
      format: 1
      id: kommun
      name: Kommun
      reviewed: 2026-11-23
      include: [regions/region.yaml]
      actors:
        - {id: c, name: C från kommunen, kind: unit, sector: other}

      """)
    let map = try MapLoader().load(top)
    #expect(map.actors.map(\.id) == ["a", "b", "c"])
    #expect(map.actors.map(\.name) == ["A från bas", "B från regionen", "C från kommunen"])
    #expect(map.agreements == Agreements(schoolMayConveneSIP: true, directCareRequestToBUP: false))
    #expect(
      map.files == [
        top, folder.resolvedPath("regions/region.yaml"), folder.resolvedPath("regions/bas.yaml"),
      ])
  }

  @Test("two elements with one id inside one file both stay, for validation to report")
  func duplicateInOneFileStays() throws {
    let folder = try FixtureFolder()
    try folder.write("regions/mall.yaml", Self.template)
    let top = try folder.write(
      "kommun.yaml",
      """
      format: 1
      id: kommun
      name: Kommunen
      reviewed: 2026-11-23
      include: [regions/mall.yaml]
      actors:
        - {id: bup, name: Första, kind: unit, sector: health-care}
        - {id: bup, name: Andra, kind: unit, sector: health-care}
        - {id: socialtjanst, name: Socialtjänsten, kind: organisation, sector: social-services}

      """)
    let map = try MapLoader().load(top)
    #expect(map.actors.map(\.id) == ["bup", "vardnadshavare", "bup", "socialtjanst"])
    #expect(map.actors.map(\.name) == ["Första", "Vårdnadshavare", "Andra", "Socialtjänsten"])
  }

  @Test("an include may climb out of its folder as long as it stays inside the root")
  func includeWithinRoot() throws {
    let folder = try FixtureFolder()
    try folder.write("regions/mall.yaml", Self.template)
    try folder.write(
      "regions/extra.yaml",
      """
      format: 1
      id: extra
      name: Extra
      kind: template
      reviewed: 2026-01-01
      include: [../regions/mall.yaml]

      """)
    let top = try folder.write(
      "kommun.yaml",
      """
      format: 1
      id: kommun
      name: Kommunen
      reviewed: 2026-11-23
      include: [regions/extra.yaml]

      """)
    let map = try MapLoader().load(top)
    #expect(map.actors.map(\.id) == ["bup", "vardnadshavare"])
    #expect(map.files.count == 3)
  }

  @Test("an explicit root lets a map include a shared folder beside its own")
  func explicitRoot() throws {
    let folder = try FixtureFolder()
    try folder.write("shared/mall.yaml", Self.template)
    let top = try folder.write(
      "kommuner/kommun.yaml",
      """
      format: 1
      id: kommun
      name: Kommunen
      reviewed: 2026-11-23
      include: [../shared/mall.yaml]

      """)
    let map = try MapLoader(root: folder.url).load(top)
    #expect(map.actors.map(\.id) == ["bup", "vardnadshavare"])
    let diagnostic = try loadDiagnostic(top)
    #expect(diagnostic.rule == "include-outside-folder")
  }
}
