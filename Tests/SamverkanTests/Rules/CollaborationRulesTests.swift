import Testing

@testable import Samverkan

/// The rules of issue "Maps true to the sources": each fires on a small map that has the fault,
/// and stays quiet once the fault is mended.
@Suite(
  "Rules one-way-collaboration, isolated-function, mandate-unreachable, forum-as-route, no-reachable-contact"
)
struct CollaborationRulesTests {
  private func load(_ body: String) throws -> CollaborationMap {
    try FixtureFolder().load("karta.yaml", header + body)
  }

  private static let oneWay = """
    actors:
      - {id: skola, name: Skola, kind: unit, sector: school, contact: {phone: "010-1"}}
      - id: soc
        name: Socialtjänsten
        kind: organisation
        sector: social-services
        contact: {phone: "010-2"}
        mandates: [{concerns: [harm], basis: SoL}]
    routes:
      - {id: samrad, from: skola, to: soc, channel: meeting, consent: required}

    """

  @Test(
    "routes only from school to social services are one-way collaboration, at the route",
    .englishFindings)
  func oneWayFires() throws {
    let findings = OneWayCollaborationRule().check(try load(Self.oneWay))
    #expect(findings.map(\.element) == ["samrad"])
    #expect(findings.first?.message.contains("from school to social services") == true)
  }

  @Test("a way back, and reports of concern or SIP calls not counting as one")
  func oneWayMended() throws {
    let back =
      Self.oneWay + """
          - {id: aterkoppling, from: soc, to: skola, channel: meeting, consent: required}

        """
    #expect(OneWayCollaborationRule().check(try load(back)).isEmpty)
    let reportOnly = Self.oneWay.replacingOccurrences(
      of: "{id: samrad, from: skola, to: soc, channel: meeting, consent: required}",
      with: "{id: samrad, from: skola, to: soc, channel: meeting, consent: required}\n"
        + "  - {id: sip, from: soc, to: skola, channel: sip-invitation, consent: required}")
    #expect(OneWayCollaborationRule().check(try load(reportOnly)).map(\.element) == ["samrad"])
  }

  @Test("a kurator with no route of its own is an isolated function; its unit is not")
  func isolatedFunction() throws {
    let map = try load(
      """
      actors:
        - {id: eht, name: EHT, kind: unit, sector: school}
        - {id: kurator, name: Kurator, kind: function, sector: school, parent: eht}
        - {id: soc, name: Soc, kind: organisation, sector: social-services}
        - {id: akut, name: "112", kind: function, sector: other, acute: emergency-call}
      routes:
        - {id: r, from: eht, to: soc, channel: meeting, consent: required}

      """)
    #expect(IsolatedFunctionRule().check(map).map(\.element) == ["kurator"])
  }

  @Test("a mandate nobody else reaches by a lawful path is mandate-unreachable")
  func mandateUnreachable() throws {
    let map = try load(
      """
      actors:
        - {id: skola, name: Skola, kind: unit, sector: school}
        - {id: soc, name: Soc, kind: organisation, sector: social-services}
        - id: bup
          name: BUP
          kind: unit
          sector: health-care
          mandates: [{concerns: [mental-health], basis: HSL}]
        - id: uph
          name: UPH
          kind: unit
          sector: health-care
          mandates: [{concerns: [mental-health], basis: HSL}]
      routes:
        - {id: oro, from: skola, to: soc, channel: report-of-concern, consent: not-required, provision: "SoL 19 kap. 1 §, OSL 10 kap. 28 §"}
        - {id: sip, from: soc, to: bup, channel: sip-invitation, consent: required}
        - {id: remiss, from: skola, to: uph, channel: referral, consent: required}

      """)
    #expect(MandateUnreachableRule().check(map).map(\.element) == ["bup"])
  }

  @Test("a forum as a ladder step, or pupil data sent to it, is forum-as-route")
  func forumAsRoute() throws {
    let map = try load(
      """
      actors:
        - {id: skola, name: Skola, kind: unit, sector: school}
        - {id: grupp, name: Referensgrupp, kind: forum, sector: other}
      routes:
        - {id: fall, from: skola, to: grupp, channel: meeting, consent: required}
        - {id: rutiner, from: skola, to: grupp, channel: meeting, consent: not-applicable}
      ladders:
        - id: trappa
          name: Trappa
          concern: absence
          steps:
            - {id: a, name: A, actor: skola, escalate: fall}
            - {id: b, name: B, actor: grupp}

      """)
    #expect(ForumAsRouteRule().check(map).map(\.element) == ["trappa", "fall"])
  }

  @Test(
    "a mandate holder with only a role to ask for has no reachable contact; a switchboard above covers it"
  )
  func noReachableContact() throws {
    let roleOnly = """
      actors:
        - {id: kommun, name: Kommunen, kind: organisation, sector: other, contact: {role: Växeln}}
        - id: soc
          name: Soc
          kind: unit
          sector: social-services
          parent: kommun
          contact: {role: Mottagningen}
          mandates: [{concerns: [harm], basis: SoL}]

      """
    #expect(NoReachableContactRule().check(try load(roleOnly)).map(\.element) == ["soc"])
    let switchboard = roleOnly.replacingOccurrences(
      of: "contact: {role: Växeln}",
      with:
        "contact: {role: Växeln, phone: \"010-100 00 00\", source: \"https://kommunen.example/kontakt\", checked: 2026-12-01}"
    )
    #expect(NoReachableContactRule().check(try load(switchboard)).isEmpty)
  }

  @Test("a contact's source goes with the day it was read")
  func sourceNeedsChecked() throws {
    let text =
      header + """
        actors:
          - {id: kommun, name: Kommunen, kind: organisation, sector: other, contact: {phone: "1", source: "https://kommunen.example/kontakt"}}

        """
    let folder = try FixtureFolder()
    let diagnostic = try loadDiagnostic(try folder.write("karta.yaml", text))
    #expect(diagnostic.message.contains("'source' and 'checked' go together"))
  }

  @Test(
    "a SoL paragraph the table of current law does not know is an outdated citation",
    .englishFindings)
  func unknownParagraph() throws {
    let found = OutdatedCitationRule.replacedCitation(in: "SoL 11 kap. 1 §")
    #expect(found?.problem.contains("does not know") == true)
    #expect(OutdatedCitationRule.replacedCitation(in: "SoL 3 kap. 3 §") == nil)
  }

  @Test(
    "a municipality without 112, BUP akut and 1177 misses the acute way; a template may",
    .englishFindings)
  func acuteWayMissing() throws {
    let map = try load(
      """
      actors:
        - {id: skola, name: Skola, kind: unit, sector: school}
        - {id: larm, name: "112", kind: function, sector: other, acute: emergency-call}

      """)
    let findings = AcuteWayMissingRule().check(map)
    #expect(findings.count == 1)
    #expect(findings.first?.message.contains("emergency-entry, advice-line") == true)
  }
}
