import Foundation
import Samverkan
import Testing

@Suite("report-of-concern: every school and children's health-care unit can report concern", .englishFindings)
struct ReportOfConcernRuleTests {
  /// Lines 5–16: an organisation of sector other, a school unit below it with a mentor, and
  /// social services.
  static let actors = """
    actors:
      - id: kommun
        name: Kommun
        kind: organisation
        sector: other
      - id: skola
        name: Skola
        kind: unit
        sector: school
        parent: kommun
      - {id: mentor, name: Mentor, kind: function, sector: school, parent: skola}
      - {id: socialtjanst, name: Socialtjänsten, kind: organisation, sector: social-services}

    """

  /// A report-of-concern route from `from` to `to`, with `extra` lines.
  static func report(from: String, to: String = "socialtjanst", _ extra: String = "") -> String {
    """
      - id: \(from)-orosanmalan
        from: \(from)
        to: \(to)
        channel: report-of-concern
        consent: not-required
        provision: SoL 19 kap. 1 §, OSL 10 kap. 28 §

    """ + extra
  }

  static func check(_ text: String) throws -> (findings: [Diagnostic], path: String) {
    let folder = try FixtureFolder()
    let path = try folder.write("karta.yaml", header + text)
    return (ReportOfConcernRule().check(try MapLoader().load(path)), path)
  }

  @Test("a school unit without a report-of-concern route is an error at its id")
  func schoolWithout() throws {
    let (findings, path) = try Self.check(Self.actors)
    #expect(findings.count == 1)
    let finding = try #require(findings.first)
    #expect(finding.rule == "report-of-concern")
    #expect(finding.severity == .error)
    #expect(finding.element == "skola")
    #expect(finding.location == Samverkan.SourceLocation(file: path, line: 10, column: 9))
    #expect(finding.message.hasPrefix("school 'skola' has no report-of-concern route"))
    #expect(finding.hint?.contains("channel: report-of-concern") == true)
  }

  @Test("a route from the unit itself, or from the organisation above it, covers it")
  func covered() throws {
    for reporter in ["skola", "kommun"] {
      let text = Self.actors + "routes:\n" + Self.report(from: reporter)
      #expect(try Self.check(text).findings.isEmpty, "route from \(reporter)")
    }
  }

  @Test("a planned route, or one to an actor outside social services, does not count")
  func notCounted() throws {
    let planned = Self.report(from: "skola", "    status: planned\n")
    let plannedFindings = try Self.check(Self.actors + "routes:\n" + planned).findings
    #expect(plannedFindings.map(\.element) == ["skola"])
    let elsewhere = Self.report(from: "skola", to: "kommun")
    #expect(
      try Self.check(Self.actors + "routes:\n" + elsewhere).findings.map(\.element) == ["skola"])
  }

  @Test("a children's health-care unit needs the route; one for adults only does not")
  func healthCareUnit() throws {
    let unit = """
        - id: bup
          name: BUP
          kind: unit
          sector: health-care
          mandates:
            - {concerns: [mental-health], ages: "0-17", basis: HSL}

      """
    let text = Self.actors + unit + "routes:\n" + Self.report(from: "skola")
    let (findings, path) = try Self.check(text)
    #expect(findings.count == 1)
    let finding = try #require(findings.first)
    #expect(finding.rule == "report-of-concern")
    #expect(finding.severity == .error)
    #expect(finding.element == "bup")
    #expect(finding.location == Samverkan.SourceLocation(file: path, line: 17, column: 9))
    #expect(finding.message.hasPrefix("children's health-care unit 'bup'"))
    let adults = text.replacingOccurrences(of: "\"0-17\"", with: "\"18-25\"")
    #expect(try Self.check(adults).findings.isEmpty)
  }

  @Test("an ended school is not required to report")
  func endedActor() throws {
    let ended = Self.actors.replacingOccurrences(
      of: "    parent: kommun\n", with: "    parent: kommun\n    status: ended\n")
    #expect(try Self.check(ended).findings.isEmpty)
  }

  @Test("in a template, a route to the social services the municipality defines counts")
  func template() throws {
    let text = """
      kind: template
      actors:
        - id: bup
          name: BUP
          kind: unit
          sector: health-care
          mandates: [{concerns: [harm], basis: HSL}]
      routes:

      """ + Self.report(from: "bup")
    #expect(try Self.check(text).findings.isEmpty)
  }
}
