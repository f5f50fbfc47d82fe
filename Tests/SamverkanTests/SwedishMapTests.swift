import Foundation
import Testing

@testable import Samverkan

/// Every closed value of a map file has its Swedish words (`StrictEnum.aliases`), read regardless
/// of case, diacritics and hyphens; a map written in Swedish is the same map.
@Suite("A map may write its values in Swedish")
struct SwedishMapTests {
  /// One closed set of values a map file holds: its raw values and its aliases.
  struct ValueSet: Sendable, CustomTestStringConvertible {
    var name: String
    var raw: [String]
    var aliases: [String]
    var testDescription: String { name }

    init<E: StrictEnum>(_: E.Type) {
      name = "\(E.self)"
      raw = E.allCases.map(\.rawValue)
      aliases = E.allAliases
    }
  }

  static let enums: [ValueSet] = [
    ValueSet(Severity.self), ValueSet(Channel.self), ValueSet(Sector.self),
    ValueSet(Concern.self), ValueSet(Status.self), ValueSet(ActorKind.self),
    ValueSet(AcuteRole.self), ValueSet(RulePreset.self), ValueSet(CollaborationMap.Kind.self),
    ValueSet(RuleSettings.Level.self), ValueSet(Route.Consent.self),
  ]

  @Test("no two words of one set of values fold to the same word", arguments: enums)
  func aliasesAreUnambiguous(set: ValueSet) {
    let folded = (set.raw + set.aliases).map(Severity.folded)
    #expect(Set(folded).count == folded.count, "\(folded)")
  }

  @Test("each alias reads as its value, in any case, without diacritics, hyphen for space")
  func aliasesRead() {
    #expect(Channel(mapWord: "remiss") == .referral)
    #expect(Channel(mapWord: "Egen Vårdbegäran") == .careRequest)
    #expect(Channel(mapWord: "egen-vardbegaran") == .careRequest)
    #expect(Channel(mapWord: "kallelse-till-sip") == .sipInvitation)
    #expect(Channel(mapWord: "Begaran om SIP") == .sipRequest)
    #expect(Channel(mapWord: "anmälan") == .notification)
    #expect(Channel(mapWord: "E-post") == .email)
    #expect(Severity(mapWord: "MÅTTLIG") == .moderate)
    #expect(Sector(mapWord: "halso-och-sjukvard") == .healthCare)
    #expect(Sector(mapWord: "Hälso- och sjukvård") == .healthCare)
    #expect(Concern(mapWord: "npf") == .neuropsychiatric)
    #expect(Concern(mapWord: "Barn som far illa") == .harm)
    #expect(Status(mapWord: "i bruk") == .active)
    #expect(Route.Consent(mapWord: "ej tillämpligt") == .notApplicable)
    #expect(Route.Consent(mapWord: "utan samtycke") == .notRequired)
    #expect(AcuteRole(mapWord: "Larmnummer") == .emergencyCall)
    #expect(ActorKind(mapWord: "forum") == .forum)
    #expect(Channel(mapWord: "Referral") == .referral)
    #expect(Channel(mapWord: "remis") == nil)
    #expect(Channel(mapWord: "") == nil)
  }

  @Test("every set of values has a noun in both languages")
  func nouns() {
    for language in Language.allCases {
      Language.$override.withValue(language) {
        for noun in [
          Severity.noun, Channel.noun, Sector.noun, Concern.noun, Status.noun, ActorKind.noun,
          AcuteRole.noun, RulePreset.noun, CollaborationMap.Kind.noun, RuleSettings.Level.noun,
          Route.Consent.noun,
        ] {
          #expect(!noun.hasPrefix("enum."), "\(language): \(noun)")
        }
      }
    }
  }

  @Test("a Swedish word with a typo is refused with the nearest word, in Swedish and in English")
  func typoSuggestsNearest() throws {
    let folder = try FixtureFolder()
    let path = try folder.write(
      "karta.yaml",
      header
        + "routes:\n  - id: r\n    from: a\n    to: b\n    channel: remis\n    consent: samtycke\n"
    )
    let swedish = try loadDiagnostic(path)
    #expect(swedish.rule == "invalid-value")
    #expect(swedish.location == Samverkan.SourceLocation(file: path, line: 9, column: 14))
    #expect(swedish.message.hasPrefix("okänt värde för kanal: 'remis' – menade du 'remiss'?"))
    #expect(swedish.message.contains("skriv något av: phone, email, web-form"))
    #expect(swedish.message.contains("eller på svenska: telefon, e-post, webbformulär"))
    let english = try Language.$override.withValue(.english) { try loadDiagnostic(path) }
    #expect(english.message.hasPrefix("unknown channel 'remis' – did you mean 'remiss'?"))
    #expect(english.message.contains("expected one of: phone, email, web-form"))
    #expect(english.message.contains("or in Swedish: telefon, e-post, webbformulär"))
  }

  @Test("Swedish response times read as the English ones")
  func responseTimes() {
    #expect(ResponseTime(parsing: "omedelbart") == .immediately)
    #expect(ResponseTime(parsing: "Samma dag") == .sameDay)
    #expect(ResponseTime(parsing: "7 dagar") == .days(7))
    #expect(ResponseTime(parsing: "1 timme") == .hours(1))
    #expect(ResponseTime(parsing: "2 veckor") == .weeks(2))
  }

  // MARK: The Swedish twin of Partille

  /// `Tests/Fixtures/swedish/`: `Maps/partille.yaml` and its regional template with every value
  /// written in Swedish, on the same lines.
  private static let twin = RealMaps.packageRoot.appendingPathComponent(
    "Tests/Fixtures/swedish/partille.yaml"
  ).path
  private static let original = RealMaps.packageRoot.appendingPathComponent("Maps/partille.yaml")
    .path

  /// The map as JSON without the paths of the files it was read from.
  private func encoded(_ map: CollaborationMap) throws -> NSDictionary {
    var map = map
    map.files = []
    let data = try JSONEncoder().encode(map)
    return try #require(try JSONSerialization.jsonObject(with: data) as? NSDictionary)
  }

  @Test("the Swedish twin holds Swedish values and loads to the same map")
  func twinLoadsToSameMap() throws {
    let text = try String(contentsOfFile: Self.twin, encoding: .utf8)
    #expect(text.contains("channel: orosanmälan"))
    #expect(text.contains("consent: med samtycke"))
    #expect(!text.contains("channel: report-of-concern"))
    let swedish = try MapLoader().load(Self.twin)
    let english = try MapLoader().load(Self.original)
    #expect(swedish.files.count == english.files.count)
    #expect(try encoded(swedish) == encoded(english))
  }

  @Test("the Swedish twin validates with the same findings and draws the same picture")
  func twinValidatesAndDrawsTheSame() throws {
    let swedish = try MapLoader().load(Self.twin)
    let english = try MapLoader().load(Self.original)
    func findings(_ map: CollaborationMap) -> [String] {
      MapValidator(settings: map.rules).validate(map).map { finding in
        var finding = finding
        let file = finding.location.map { URL(fileURLWithPath: $0.file).lastPathComponent }
        if let file { finding.location?.file = file }
        return "\(finding) \(finding.hint ?? "") \(finding.element ?? "")"
      }
    }
    #expect(findings(swedish) == findings(english))
    #expect(
      DOTWriter().write(GraphDescription(map: swedish))
        == DOTWriter().write(GraphDescription(map: english)))
  }
}
