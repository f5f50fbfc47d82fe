/// Every active actor has a route of its own, in or out.
///
/// Checks every active actor except pure containers (an actor with children, drawn as a cluster)
/// and the acute way (112, 1177, BUP akut, which anyone may call): when no route leads to it or
/// from it, the map names a function nobody contacts and who contacts nobody — the kurator, the
/// school nurse and the school psychologist without routes of their own are the pattern.
///
/// Source: domain.md "Collaboration runs both ways" ("the pupil-health professions (kurator,
/// skolsköterska, skolpsykolog) each with their own routes"); seed 000 and 002 ("samverkan är ofta
/// personbunden").
public struct IsolatedFunctionRule: MapRule {
  public let id = "isolated-function"
  public var summary: String { L10n.rules("isolated-function.summary") }
  public let source = "domain.md \"Collaboration runs both ways\"; seed 000, 002"
  public let kind = RuleKind.local
  public let defaultSeverity = Diagnostic.Severity.warning

  public init() {}

  public func check(_ map: CollaborationMap) -> [Diagnostic] {
    map.actors.filter { actor in
      actor.status == .active && actor.acute == nil
        && !map.children(of: actor.id).contains { $0.status != .ended }
        && !(map.routes(from: actor.id) + map.routes(to: actor.id)).contains {
          $0.status != .ended
        }
    }.map { actor in
      finding(
        L10n.rules("isolated-function.message", actor.id, actor.name),
        at: actor.source?.element, element: actor.id,
        hint: L10n.rules("isolated-function.hint", actor.id))
    }
  }
}
