/// A forum or reference group is never a step of a case.
///
/// A forum (`kind: forum`) meets about routines and takes no individual cases. Checks that no
/// ladder step names a forum as its actor and that no route into a forum carries information about
/// a pupil (its `consent` is `not-applicable`: nothing about a pupil crosses). The path search
/// never steps through a forum either.
///
/// Source: seed 004 (Örebro's reference group works with "omvärldsspaning" and "en gemensam
/// arena"); domain.md "What is not a way to reach someone" ("a forum or reference group takes no
/// individual cases").
public struct ForumAsRouteRule: MapRule {
  public let id = "forum-as-route"
  public var summary: String { L10n.rules("forum-as-route.summary") }
  public let source = "seeds/004_a629454133f69680.txt; domain.md"
  public let kind = RuleKind.local
  public let defaultSeverity = Diagnostic.Severity.warning

  public init() {}

  public func check(_ map: CollaborationMap) -> [Diagnostic] {
    let forums = Set(map.actors.filter { $0.kind == .forum }.map(\.id))
    guard !forums.isEmpty else { return [] }
    var findings: [Diagnostic] = []
    for ladder in map.ladders {
      for step in ladder.steps where forums.contains(step.actor) {
        findings.append(
          finding(
            L10n.rules("forum-as-route.step", step.id, ladder.id, step.actor),
            at: step.source?.location(of: "actor"), element: ladder.id,
            hint: L10n.rules("forum-as-route.step.hint")))
      }
    }
    for route in map.routes
    where route.status != .ended && forums.contains(route.to) && route.sharing != .notApplicable {
      findings.append(
        finding(
          L10n.rules("forum-as-route.route", route.id, route.to),
          at: route.source?.location(of: "consent"), element: route.id,
          hint: L10n.rules("forum-as-route.route.hint")))
    }
    return findings
  }
}
