/// An actor that answers questions says how to reach it.
///
/// Checks every active actor with a mandate, except the family: it, or a unit or organisation it
/// belongs to, has a contact point with a phone, an e-mail address, a web form or page, or a
/// visiting address (`ContactPoint.isReachable`). A role alone says whom to ask for, not how; an
/// answer that ends at "Mottagningen" leaves a coordinator where they started.
///
/// Source: seed 000 and 002 ("vem man ska kontakta"); domain.md rule 7 (contact points are
/// functions: a role, a shared mailbox, a switchboard, a web form).
public struct NoReachableContactRule: MapRule {
  public let id = "no-reachable-contact"
  public var summary: String { L10n.rules("no-reachable-contact.summary") }
  public let source = "seed 000, 002 (\"vem man ska kontakta\"); domain.md rule 7"
  public let kind = RuleKind.local
  public let defaultSeverity = Diagnostic.Severity.warning

  public init() {}

  public func check(_ map: CollaborationMap) -> [Diagnostic] {
    map.actors.filter { actor in
      actor.status == .active && !actor.mandates.isEmpty && actor.sector != .family
        && !map.ancestry(of: actor).contains { $0.contact?.isReachable == true }
    }.map { actor in
      finding(
        L10n.rules("no-reachable-contact.message", actor.id, actor.name),
        at: actor.source?.location(of: "contact"), element: actor.id,
        hint: L10n.rules("no-reachable-contact.hint"))
    }
  }
}
