import Foundation
import Samverkan
import Testing

/// Fixtures for the tests of `sip-consent`, `sip-convening` and `sip-initiative`.
enum SIPFixture {
  /// Lines 5–15: a school, BUP, social services (its id on line 8, column 10), a team of sector
  /// other and one route `r` (its `from` on line 12, its `consent` on line 15), then `extra`.
  static func map(
    from: String, to: String = "bup", channel: String = "sip-invitation",
    consent: String = "required", _ extra: String = ""
  ) -> String {
    """
    actors:
      - {id: skola, name: Skola, kind: unit, sector: school}
      - {id: bup, name: BUP, kind: unit, sector: health-care}
      - {id: socialtjanst, name: Socialtjänsten, kind: organisation, sector: social-services}
      - {id: team, name: Närvaroteam, kind: unit, sector: other}
    routes:
      - id: r
        from: \(from)
        to: \(to)
        channel: \(channel)
        consent: \(consent)

    """ + extra
  }

  static func check(_ rule: any MapRule, _ text: String) throws -> (
    findings: [Diagnostic], path: String
  ) {
    let folder = try FixtureFolder()
    let path = try folder.write("karta.yaml", header + text)
    return (rule.check(try MapLoader().load(path)), path)
  }
}
