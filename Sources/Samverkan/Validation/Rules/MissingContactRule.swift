/// An active actor that a usable route leads to says how to reach it: its `contact` has at least
/// one of `role`, `phone`, `email`, `web-form` or `url`.
///
/// A route is usable when its own status is `active` and neither end is a `planned` or `ended`
/// actor; only those make a contact point needed today. Skipped: actors that are not `active`,
/// and the family (`sector: family`): the guardians' contact details belong to each pupil and the
/// school already holds them, so a map cannot and should not list them. `hours` and `languages`
/// alone do not say how to reach an actor.
///
/// Source: domain.md rule 7 (contact points are functions: a role, a shared mailbox, a
/// switchboard, a web form) and rule 8 (seed 002: "vem man ska kontakta").
public struct MissingContactRule: MapRule {
  public let id = "missing-contact"
  public var summary: String { L10n.rules("missing-contact.summary") }
  public let source = "domain.md rules 7 and 8; seed 002 (\"vem man ska kontakta\")"
  public let kind = RuleKind.local
  public let defaultSeverity = Diagnostic.Severity.warning

  public init() {}

  public func check(_ map: CollaborationMap) -> [Diagnostic] {
    var findings: [Diagnostic] = []
    for actor in map.actors where actor.status == .active && actor.sector != .family {
      guard !hasWayIn(actor.contact),
        let route = map.routes(to: actor.id).first(where: { map.isUsable($0) })
      else { continue }
      let at = actor.source.map { actor.contact == nil ? $0.element : $0.location(of: "contact") }
      findings.append(
        finding(
          L10n.rules("missing-contact.message", actor.id, route.id), at: at, element: actor.id,
          hint: L10n.rules("missing-contact.hint")))
    }
    return findings
  }

  private func hasWayIn(_ contact: ContactPoint?) -> Bool {
    guard let contact else { return false }
    return [contact.role, contact.phone, contact.email, contact.webForm, contact.url]
      .contains { $0.map { !$0.allSatisfy(\.isWhitespace) } ?? false }
  }

}
