import Foundation
import Testing

@testable import Samverkan

/// A local rule that flags every actor, to see presets and levels at work.
private struct EveryActorRule: MapRule {
  let id = "every-actor"
  let summary = "flags every actor"
  let source = "tests"
  let kind = RuleKind.local
  let defaultSeverity = Diagnostic.Severity.warning

  func check(_ map: CollaborationMap) -> [Diagnostic] {
    map.actors.map { finding("actor \($0.id)", at: $0.source?.location(of: "id"), element: $0.id) }
  }
}

@Suite("A map's rules block and the run's settings")
struct RuleSettingsTests {
  private let rules: [any MapRule] =
    MapValidator.allRules.filter { $0.kind == .structural } + [EveryActorRule()]

  private func map(rules block: String) throws -> (FixtureFolder, CollaborationMap) {
    let folder = try FixtureFolder()
    let map = try folder.load(
      "karta.yaml",
      header + block + """
        actors:
          - {id: skola, name: Skolan, kind: unit, sector: school}
          - {id: soc, name: Socialtjänsten, kind: unit, sector: social-services}

        """)
    return (folder, map)
  }

  @Test("a rule runs at its default severity under the recommended preset")
  func defaults() throws {
    let (_, map) = try map(rules: "")
    let findings = MapValidator(rules: rules).validate(map)
    #expect(findings.map(\.rule) == ["every-actor", "every-actor"])
    #expect(findings.allSatisfy { $0.severity == .warning })
  }

  @Test("the statutory preset leaves local rules out")
  func statutoryPreset() throws {
    let (_, map) = try map(rules: "rules: {preset: statutory}\n")
    #expect(MapValidator(rules: rules).validate(map).isEmpty)
  }

  @Test("the map sets a rule's severity, and the run's settings win over the map's")
  func levels() throws {
    let (_, map) = try map(rules: "rules:\n  severity: {every-actor: error}\n")
    #expect(MapValidator(rules: rules).validate(map).allSatisfy { $0.severity == .error })
    let quiet = MapValidator(rules: rules, settings: RuleSettings(levels: ["every-actor": .off]))
    #expect(quiet.validate(map).isEmpty)
  }

  @Test("a suppression with a reason drops exactly its finding")
  func suppression() throws {
    let (_, map) = try map(
      rules: """
        rules:
          suppress:
            - rule: every-actor
              element: soc
              reason: Testet vill se att bara denna försvinner.

        """)
    let findings = MapValidator(rules: rules).validate(map)
    #expect(findings.map(\.element) == ["skola"])
  }

  @Test("a suppression without a reason does not load")
  func suppressionNeedsReason() throws {
    let folder = try FixtureFolder()
    let path = try folder.write(
      "karta.yaml", header + "rules:\n  suppress:\n    - {rule: every-actor, element: soc}\n")
    let diagnostic = try loadDiagnostic(path)
    #expect(diagnostic.rule == "missing-key")
    #expect(diagnostic.message == "missing required key 'reason'")
    #expect(diagnostic.location?.line == 7)
  }

  @Test("a suppression that matches nothing is reported at its entry")
  func unusedSuppression() throws {
    let (_, map) = try map(
      rules: """
        rules:
          suppress:
            - {rule: every-actor, element: bup, reason: Finns inte.}

        """)
    let unused = try #require(
      MapValidator(rules: rules).validate(map).first { $0.rule == MapValidator.settingsRule })
    #expect(unused.severity == .warning)
    #expect(unused.message.contains("matchar ingen anmärkning"))
    #expect(unused.location?.line == 7)
    #expect(unused.location?.column == 7)
  }

  @Test("an unknown rule id in the map is an error with a suggestion")
  func unknownRule() throws {
    let (_, map) = try map(rules: "rules:\n  severity: {every-actr: off}\n")
    let finding = try #require(
      MapValidator(rules: rules).validate(map).first { $0.rule == MapValidator.settingsRule })
    #expect(finding.severity == .error)
    #expect(finding.hint == "menade du 'every-actor'?")
    #expect(finding.location?.line == 6)
  }

  @Test("an unknown level is a load error that lists the levels")
  func unknownLevel() throws {
    let folder = try FixtureFolder()
    let path = try folder.write("karta.yaml", header + "rules:\n  severity: {every-actor: loud}\n")
    let diagnostic = try loadDiagnostic(path)
    #expect(
      diagnostic.message == "unknown rule level 'loud'; expected one of: error, warning, info, off")
    #expect(diagnostic.location?.line == 6)
  }
}
