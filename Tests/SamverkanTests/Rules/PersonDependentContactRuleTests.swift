import Samverkan
import Testing

@Suite("Rule person-dependent-contact", .englishFindings)
struct PersonDependentContactRuleTests {
  let rule = PersonDependentContactRule()

  @Test("a first.last email, a Firstname Lastname role and a lone phone number are warnings")
  func personal() throws {
    let folder = try FixtureFolder()
    let path = try folder.write(
      "karta.yaml",
      header + """
        actors:
          - id: skola
            name: Skola
            kind: unit
            sector: school
            contact: {role: Rektor, email: anna.svensson@skola.example}
          - id: bup
            name: BUP
            kind: unit
            sector: health-care
            contact: {role: Anna-Karin Berg}
          - id: uph
            name: UPH
            kind: unit
            sector: health-care
            contact: {phone: "031-00 00 00"}

        """)
    let findings = rule.check(try MapLoader().load(path))
    #expect(
      findings.allSatisfy { $0.rule == "person-dependent-contact" && $0.severity == .warning })
    #expect(findings.map(\.element) == ["skola", "bup", "uph"])
    #expect(
      findings.map(\.location) == [
        Samverkan.SourceLocation(file: path, line: 10, column: 14),
        Samverkan.SourceLocation(file: path, line: 15, column: 14),
        Samverkan.SourceLocation(file: path, line: 20, column: 14),
      ])
    #expect(
      findings.map(\.message) == [
        "the email 'anna.svensson@skola.example' of actor 'skola' looks like a person's address",
        "the role 'Anna-Karin Berg' of actor 'bup' looks like a person's name",
        "actor 'uph' can only be reached on one phone number, with no role, mailbox, web form or "
          + "url behind it",
      ])
  }

  @Test("shared mailboxes, functional roles, a phone with a role and ended actors pass")
  func functional() throws {
    let folder = try FixtureFolder()
    let map = try folder.load(
      "karta.yaml",
      header + """
        actors:
          - id: a
            name: A
            kind: unit
            sector: school
            contact: {role: Mottagningen barn och unga, email: barn.unga@kommun.example}
          - id: b
            name: B
            kind: unit
            sector: school
            contact: {role: Rektor Svensson, email: elevhalsa.syd@kommun.example}
          - id: c
            name: C
            kind: unit
            sector: health-care
            contact: {role: Växeln, phone: "031-00 00 00", email: bup.molndal@vgr.example}
          - id: d
            name: D
            kind: unit
            sector: other
            contact: {email: info@kommun.example, url: "https://kommun.example"}
          - id: e
            name: E
            kind: unit
            sector: other
            status: ended
            contact: {role: Per Lund, email: per.lund@kommun.example}

        """)
    #expect(rule.check(map).isEmpty)
  }

  @Test("the real Mölndal map names only functions")
  func molndal() throws {
    #expect(rule.check(try RealMaps.molndal()).isEmpty)
  }
}
