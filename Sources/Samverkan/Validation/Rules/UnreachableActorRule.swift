/// Every active actor can be reached: at least one usable route that reaches it leads to it.
///
/// An actor no route leads to is one nobody knows how to contact; a report of concern or a SIP
/// call into it is no way to reach it (`Channel.reachesReceiver`), and a who-answer for it says
/// "no route — the map lacks one". A route is usable when its own
/// status is `active` and neither end is a `planned` or `ended` actor (a route from a planned team
/// is not in use yet); an end the map does not define counts as usable and is left to
/// `unknown-reference`. A function (a role such as the school nurse) is reached through its unit:
/// a route to the elevhälsoteam reaches its kurator. A unit or organisation is not reached through
/// its parent: if it is, the map says so with a route or a suppression with that reason.
///
/// Skipped: actors that are not `active`; pure containers (an actor with children and no route of
/// its own, drawn as a cluster around them); the family (`sector: family`), where a case
/// begins — the pupil and the guardians may be senders only; and the acute way (112, 1177, BUP
/// akut), which anyone may call.
///
/// Source: seed 000 and 002, "vem man ska kontakta" — nobody knows whom to contact; domain.md
/// rule 8 (mandates and ways in must be visible).
public struct UnreachableActorRule: MapRule {
  public let id = "unreachable-actor"
  public var summary: String { L10n.rules("unreachable-actor.summary") }
  public let source = "seed 000, 002 (\"vem man ska kontakta\"); domain.md rule 8"
  public let kind = RuleKind.local
  public let defaultSeverity = Diagnostic.Severity.warning

  public init() {}

  public func check(_ map: CollaborationMap) -> [Diagnostic] {
    var findings: [Diagnostic] = []
    for actor in map.actors
    where actor.status == .active && actor.sector != .family && actor.acute == nil {
      guard !isContainer(actor, in: map), !isReached(actor, in: map) else { continue }
      let parentHint = actor.parent.map { L10n.rules("unreachable-actor.parent", $0) } ?? ""
      findings.append(
        finding(
          L10n.rules("unreachable-actor.message", actor.id), at: actor.source?.element,
          element: actor.id, hint: L10n.rules("unreachable-actor.hint", actor.id, parentHint)))
    }
    return findings
  }

  /// Whether a usable route leads to the actor, or to the unit a function belongs to.
  private func isReached(_ actor: Actor, in map: CollaborationMap) -> Bool {
    let targets = [actor.id] + (actor.kind == .function ? [actor.parent].compactMap { $0 } : [])
    return targets.contains { target in
      map.routes(to: target).contains { $0.channel.reachesReceiver && map.isUsable($0) }
    }
  }

  /// Whether an actor only groups others: it has children and no route from or to it.
  private func isContainer(_ actor: Actor, in map: CollaborationMap) -> Bool {
    map.children(of: actor.id).contains { $0.status != .ended }
      && !(map.routes(from: actor.id) + map.routes(to: actor.id)).contains {
        $0.status != .ended
      }
  }
}
