import Foundation
import Samverkan
import Testing

/// The rules on ids and references only: the fixtures here are too small to satisfy the others.
private let structuralValidator = MapValidator(
  rules: [DuplicateIDRule(), UnknownReferenceRule(), ParentCycleRule()])

@Suite("Validation of loaded maps", .englishFindings)
struct ValidationTests {
  @Test("the real Mölndal map has no findings at error level, nor any other")
  func molndalIsClean() throws {
    let findings = structuralValidator.validate(try RealMaps.molndal())
    #expect(findings.filter { $0.severity == .error }.isEmpty)
    #expect(findings.isEmpty)
  }

  @Test("the real template alone only informs about socialtjanst and elevhalsa, which a municipality defines")
  func templateInfos() throws {
    let findings = structuralValidator.validate(try MapLoader().load(RealMaps.templatePath))
    #expect(findings.filter { $0.severity != .info }.isEmpty)
    #expect(
      findings.allSatisfy {
        $0.rule == "unknown-reference"
          && ($0.message.contains("'socialtjanst'") || $0.message.contains("'elevhalsa'"))
      })
    #expect(!findings.isEmpty)
    #expect(
      findings.first?.location
        == Samverkan.SourceLocation(
          file: RealMaps.templatePath, line: 202, column: 9), "the first route to socialtjanst")
  }

  @Test("an actor id used twice in one file is an error at the second one's id value")
  func duplicateActorID() throws {
    let folder = try FixtureFolder()
    let path = try folder.write(
      "karta.yaml",
      header + """
        actors:
          - id: skola
            name: Skola ett
            kind: unit
            sector: school
          - name: Skola två
            kind: unit
            sector: school
            id: skola

        """)
    let findings = structuralValidator.validate(try MapLoader().load(path))
    #expect(findings.count == 1)
    let finding = try #require(findings.first)
    #expect(finding.rule == "duplicate-id")
    #expect(finding.severity == .error)
    #expect(finding.message == "actor id 'skola' is used twice (first at \(path):6:5)")
    #expect(finding.location == Samverkan.SourceLocation(file: path, line: 13, column: 9))
  }

  @Test("a ladder step id used twice in one ladder is a duplicate too")
  func duplicateStepID() throws {
    let folder = try FixtureFolder()
    let path = try folder.write(
      "karta.yaml",
      header + """
        actors:
          - {id: skola, name: Skola, kind: unit, sector: school}
        ladders:
          - id: l
            name: L
            concern: absence
            steps:
              - {id: steg, name: Ett, actor: skola}
              - {id: steg, name: Två, actor: skola}

        """)
    let findings = structuralValidator.validate(try MapLoader().load(path))
    #expect(findings.map(\.rule) == ["duplicate-id"])
    #expect(findings.first?.message.hasPrefix("step of ladder 'l' id 'steg' is used twice") == true)
    #expect(findings.first?.location == Samverkan.SourceLocation(file: path, line: 13, column: 14))
  }

  @Test("a misspelt route target is an unknown reference at the 'to' value, with a suggestion")
  func unknownRouteTarget() throws {
    let folder = try FixtureFolder()
    let path = try folder.write(
      "karta.yaml",
      header + """
        actors:
          - {id: skola, name: Skola, kind: unit, sector: school}
          - {id: socialtjanst, name: Socialtjänsten, kind: organisation, sector: social-services}
        routes:
          - id: skola-orosanmalan
            from: skola
            to: socialtjnst
            channel: report-of-concern
            consent: not-required
            provision: SoL 19 kap. 1 §

        """)
    let findings = structuralValidator.validate(try MapLoader().load(path))
    #expect(findings.count == 1)
    let finding = try #require(findings.first)
    #expect(finding.rule == "unknown-reference")
    #expect(finding.severity == .error)
    #expect(
      finding.message == "route 'skola-orosanmalan' refers to unknown actor 'socialtjnst' in 'to'")
    #expect(finding.location == Samverkan.SourceLocation(file: path, line: 11, column: 9))
    #expect(finding.hint == "did you mean 'socialtjanst'?")
  }

  @Test("a reference far from every id gets no suggestion, only the generic hint")
  func unknownReferenceWithoutSuggestion() throws {
    let folder = try FixtureFolder()
    let path = try folder.write(
      "karta.yaml",
      header + """
        actors:
          - {id: skola, name: Skola, kind: unit, sector: school, parent: kommunen}

        """)
    let findings = structuralValidator.validate(try MapLoader().load(path))
    let finding = try #require(findings.first)
    #expect(findings.count == 1)
    #expect(finding.message == "actor 'skola' refers to unknown actor 'kommunen' in 'parent'")
    #expect(finding.hint == "define actor 'kommunen' or correct the id")
    #expect(finding.location == Samverkan.SourceLocation(file: path, line: 6, column: 66))
  }

  @Test("a ladder step escalating along an unknown route is an error at 'escalate'")
  func unknownEscalationRoute() throws {
    let folder = try FixtureFolder()
    let path = try folder.write(
      "karta.yaml",
      header + """
        actors:
          - {id: skola, name: Skola, kind: unit, sector: school}
          - {id: elevhalsa, name: Elevhälsan, kind: unit, sector: school}
        routes:
          - {id: skola-elevhalsa, from: skola, to: elevhalsa, channel: meeting, consent: not-applicable}
        ladders:
          - id: franvaro
            name: Frånvaro
            concern: absence
            steps:
              - id: framja
                name: Främja
                actor: skola
                escalate: skola-till-elevhalsa
              - id: kartlagga
                name: Kartlägga
                actor: elevhalsa

        """)
    let findings = structuralValidator.validate(try MapLoader().load(path))
    #expect(findings.count == 1)
    let finding = try #require(findings.first)
    #expect(finding.rule == "unknown-reference")
    #expect(finding.severity == .error)
    #expect(
      finding.message
        == "step 'framja' of ladder 'franvaro' refers to unknown route 'skola-till-elevhalsa' in 'escalate'"
    )
    #expect(finding.location == Samverkan.SourceLocation(file: path, line: 18, column: 19))
    #expect(finding.hint == "did you mean 'skola-elevhalsa'?")
  }

  @Test("a parent cycle a → b → a is reported for both actors at their parent values")
  func parentCycle() throws {
    let folder = try FixtureFolder()
    let path = try folder.write(
      "karta.yaml",
      header + """
        actors:
          - id: a
            name: A
            kind: unit
            sector: school
            parent: b
          - id: b
            name: B
            kind: unit
            sector: school
            parent: a
          - id: c
            name: C
            kind: function
            sector: school
            parent: a

        """)
    let findings = structuralValidator.validate(try MapLoader().load(path))
    #expect(findings.map(\.rule) == ["parent-cycle", "parent-cycle"])
    #expect(findings.allSatisfy { $0.severity == .error })
    #expect(
      findings.map(\.message) == [
        "actor 'a' is its own parent through a → b → a",
        "actor 'b' is its own parent through b → a → b",
      ])
    #expect(
      findings.map(\.location) == [
        Samverkan.SourceLocation(file: path, line: 10, column: 13),
        Samverkan.SourceLocation(file: path, line: 15, column: 13),
      ])
  }

  @Test("an actor that is its own parent is a cycle of one")
  func selfParent() throws {
    let folder = try FixtureFolder()
    let map = try folder.load(
      "karta.yaml",
      header + """
        actors:
          - {id: a, name: A, kind: unit, sector: school, parent: a}

        """)
    let findings = structuralValidator.validate(map)
    #expect(findings.map(\.message) == ["actor 'a' is its own parent through a → a"])
  }

  @Test("in a template, a reference to an undefined actor is info, not an error")
  func templateReferenceIsInfo() throws {
    let folder = try FixtureFolder()
    let path = try folder.write(
      "mall.yaml",
      """
      format: 1
      id: mall
      name: Mall
      kind: template
      reviewed: 2026-11-23
      actors:
        - {id: bup, name: BUP, kind: unit, sector: health-care}
      routes:
        - id: bup-orosanmalan
          from: bup
          to: socialtjanst
          channel: report-of-concern
          consent: not-required
          provision: SoL 19 kap. 1 §

      """)
    let findings = structuralValidator.validate(try MapLoader().load(path))
    #expect(findings.count == 1)
    let finding = try #require(findings.first)
    #expect(finding.severity == .info)
    #expect(finding.rule == "unknown-reference")
    #expect(finding.message.contains("actor 'socialtjanst'"))
    #expect(finding.location == Samverkan.SourceLocation(file: path, line: 11, column: 9))
  }

  @Test("the same undefined actor in a municipality map is an error")
  func municipalityReferenceIsError() throws {
    let folder = try FixtureFolder()
    let map = try folder.load(
      "karta.yaml",
      header + """
        actors:
          - {id: bup, name: BUP, kind: unit, sector: health-care}
        routes:
          - {id: r, from: bup, to: socialtjanst, channel: referral, consent: required}

        """)
    #expect(structuralValidator.validate(map).map(\.severity) == [.error])
  }

  @Test("in a template, an unknown route is still an error")
  func templateUnknownRouteIsError() throws {
    let folder = try FixtureFolder()
    let map = try folder.load(
      "mall.yaml",
      """
      format: 1
      id: mall
      name: Mall
      kind: template
      reviewed: 2026-11-23
      actors:
        - {id: bup, name: BUP, kind: unit, sector: health-care}
      ladders:
        - id: l
          name: L
          concern: mental-health
          steps:
            - {id: s, name: S, actor: bup, escalate: finns-inte}

      """)
    let findings = structuralValidator.validate(map)
    #expect(findings.map(\.severity) == [.error])
    #expect(findings.first?.message.contains("unknown route 'finns-inte'") == true)
  }

  @Test("findings come errors first, then by position")
  func ordering() throws {
    let folder = try FixtureFolder()
    let path = try folder.write(
      "mall.yaml",
      """
      format: 1
      id: mall
      name: Mall
      kind: template
      reviewed: 2026-11-23
      actors:
        - {id: bup, name: BUP, kind: unit, sector: health-care, parent: region}
        - {id: bup, name: BUP igen, kind: unit, sector: health-care}
      routes:
        - {id: r, from: bup, to: socialtjanst, channel: referral, consent: required}

      """)
    let findings = structuralValidator.validate(try MapLoader().load(path))
    #expect(findings.map(\.severity) == [.error, .info, .info])
    #expect(findings.map(\.rule) == ["duplicate-id", "unknown-reference", "unknown-reference"])
    #expect(findings.map { $0.location?.line } == [8, 7, 10])
  }

  @Test("a map built in code without source positions is still checked, without locations")
  func codeBuiltMap() throws {
    let map = CollaborationMap(
      id: "kod", name: "Kod", reviewed: try fixtureDate(),
      actors: [Actor(id: "a", name: "A", kind: .unit, sector: .school)],
      routes: [Route(id: "r", from: "a", to: "b", channel: .phone, sharing: .notApplicable)])
    let findings = structuralValidator.validate(map)
    #expect(findings.count == 1)
    #expect(findings.first?.location == nil)
    #expect(findings.first?.hint == "did you mean 'a'?")
  }

  @Test("only the rules given run")
  func customRules() throws {
    let map = CollaborationMap(
      id: "kod", name: "Kod", reviewed: try fixtureDate(),
      actors: [
        Actor(id: "a", name: "A", kind: .unit, sector: .school, parent: "a"),
        Actor(id: "a", name: "A2", kind: .unit, sector: .school),
      ])
    #expect(MapValidator(rules: [DuplicateIDRule()]).validate(map).map(\.rule) == ["duplicate-id"])
    #expect(MapValidator(rules: []).validate(map).isEmpty)
    #expect(
      structuralValidator.validate(map).map(\.rule).sorted() == ["duplicate-id", "parent-cycle"])
  }
}

@Suite("Every real map passes every rule")
struct RealMapRulesTests {
  /// All rules, with the stale-map rule fixed to the day the maps were last reviewed.
  private let validator = MapValidator(
    rules: MapValidator.allRules.filter { $0.id != "stale-map" }
      + [StaleMapRule(today: ReviewDate(year: 2026, month: 11, day: 23))],
    settings: RuleSettings(preset: .all))

  @Test("the Mölndal map has no finding under the preset with every rule")
  func molndal() throws {
    let findings = validator.validate(try RealMaps.molndal())
    #expect(findings.isEmpty, "\(findings)")
  }

  @Test("the Västra Götaland template alone only says who must define socialtjanst and elevhalsa")
  func template() throws {
    let findings = validator.validate(try MapLoader().load(RealMaps.templatePath))
    #expect(findings.map(\.rule) == ["unknown-reference", "unknown-reference"])
    #expect(findings.map(\.severity) == [.info, .info])
  }
}
