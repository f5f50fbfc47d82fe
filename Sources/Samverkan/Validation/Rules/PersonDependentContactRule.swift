/// Contact points name functions, not persons.
///
/// Three patterns are reported, each conservatively, so that a finding is most likely a person:
/// - an `email` whose local part is exactly two name parts joined by a dot, each only letters or
///   two letter groups joined by a hyphen (`anna.svensson@`, `anna-karin.berg@`,
///   `per.lund-ek@`), where neither part contains a word that names a function (`barn.unga@`,
///   `elevhalsa.syd@`, `bup.molndal@` pass);
/// - a `role` that is exactly two capitalised words with no lowercase word and no function word
///   (`Anna Svensson`, `Anna-Karin Berg`; not `Rektor Svensson`, not `Mottagningen barn och
///   unga`);
/// - a contact point with only a `phone` and no role, email, web form or url: a single direct
///   number with no function behind it to fall back on.
///
/// Actors with status `ended` are skipped; `planned` ones are checked, since their contact point
/// is what people will use once they start.
///
/// Source: seed 000 and 002, "samverkan är ofta personbunden"; domain.md rule 7 (contact points
/// are functions: a role, a shared mailbox, a switchboard, a web form).
public struct PersonDependentContactRule: MapRule {
  public let id = "person-dependent-contact"
  public var summary: String { L10n.rules("person-dependent-contact.summary") }
  public let source = "seed 000, 002 (\"samverkan är ofta personbunden\"); domain.md rule 7"
  public let kind = RuleKind.local
  public let defaultSeverity = Diagnostic.Severity.warning

  /// Word stems that mark a function rather than a person, compared in lowercase.
  static let functionWords = [
    "barn", "unga", "ungdom", "familj", "elev", "skol", "rektor", "kurator", "mentor", "pedagog",
    "psykolog", "skoterska", "sköterska", "lakare", "läkare", "halsa", "hälsa", "social",
    "mottagning", "vaxel", "växel", "kansli", "registrator", "info", "kontakt", "team", "enhet",
    "funktion", "kommun", "stad", "region", "forvaltning", "förvaltning", "oppenvard",
    "öppenvård", "vardcentral", "vårdcentral", "bup", "uph", "bumm", "sip", "samordn", "ledare",
    "chef", "sekreterare", "handlaggare", "handläggare", "behandl", "jour", "service", "support",
    "central", "centrum", "post", "brevlada", "brevlåda", "noreply", "admin",
  ]

  public init() {}

  public func check(_ map: CollaborationMap) -> [Diagnostic] {
    var findings: [Diagnostic] = []
    for actor in map.actors where actor.status != .ended {
      guard let contact = actor.contact else { continue }
      let at = actor.source?.location(of: "contact")
      if let email = contact.email, Self.looksPersonal(email: email) {
        findings.append(
          finding(
            L10n.rules("person-dependent-contact.email", email, actor.id), at: at,
            element: actor.id, hint: L10n.rules("person-dependent-contact.email.hint")))
      }
      if let role = contact.role, Self.looksLikeName(role: role) {
        findings.append(
          finding(
            L10n.rules("person-dependent-contact.role", role, actor.id), at: at,
            element: actor.id, hint: L10n.rules("person-dependent-contact.role.hint")))
      }
      let functional = [contact.role, contact.email, contact.webForm, contact.url]
      if contact.phone != nil, functional.allSatisfy({ $0 == nil }) {
        findings.append(
          finding(
            L10n.rules("person-dependent-contact.phone", actor.id), at: at, element: actor.id,
            hint: L10n.rules("person-dependent-contact.phone.hint")))
      }
    }
    return findings
  }

  /// Whether an address looks like `first.last@…`.
  static func looksPersonal(email: String) -> Bool {
    let parts = email.split(separator: "@", omittingEmptySubsequences: false)
    guard parts.count == 2 else { return false }
    let names = parts[0].split(separator: ".", omittingEmptySubsequences: false)
    return names.count == 2 && names.allSatisfy { isNamePart($0, capitalised: false) }
  }

  /// Whether a role is exactly `Firstname Lastname`.
  static func looksLikeName(role: String) -> Bool {
    let words = role.split(separator: " ")
    return words.count == 2 && words.allSatisfy { isNamePart($0, capitalised: true) }
  }

  /// Letters, or two letter groups joined by one hyphen, with no function word in them; when
  /// `capitalised`, each group is an uppercase letter followed by lowercase letters only.
  private static func isNamePart(_ part: Substring, capitalised: Bool) -> Bool {
    let groups = part.split(separator: "-", omittingEmptySubsequences: false)
    guard (1...2).contains(groups.count) else { return false }
    let shaped = groups.allSatisfy { group in
      guard let first = group.first, group.count >= 2, group.allSatisfy(\.isLetter) else {
        return false
      }
      return !capitalised || (first.isUppercase && group.dropFirst().allSatisfy(\.isLowercase))
    }
    let lower = part.lowercased()
    return shaped && !functionWords.contains { lower.contains($0) }
  }
}
