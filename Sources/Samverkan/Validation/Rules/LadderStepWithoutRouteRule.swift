/// Each step of a ladder but the last names, in `escalate`, an active route from its own actor to
/// the next step's actor; the last step names none.
///
/// Reported as errors: a step before the last without `escalate`; an `escalate` route that does
/// not go from this step's actor to the next step's actor; an `escalate` on the last step.
/// Reported as warnings (same rule, the message says why): an `escalate` route that is `planned`
/// (not in use yet) or `ended` — the ladder is right on paper, but the case cannot climb it today.
/// An `escalate` id that names no route is left to `unknown-reference`.
///
/// Source: the map format (Maps/README.md, ladders: "`escalate` (id of the route that leads to
/// the next step's actor; absent on the last step)").
public struct LadderStepWithoutRouteRule: MapRule {
  public let id = "ladder-step-without-route"
  public var summary: String { L10n.rules("ladder-step-without-route.summary") }
  public var source: String { L10n.rules("ladder-step-without-route.source") }
  public let kind = RuleKind.structural
  public let defaultSeverity = Diagnostic.Severity.error

  public init() {}

  public func check(_ map: CollaborationMap) -> [Diagnostic] {
    var findings: [Diagnostic] = []
    for ladder in map.ladders {
      for (index, step) in ladder.steps.enumerated() {
        // Worded and placed only for a finding: most steps have none.
        var at: SourceLocation? { step.source?.location(of: "escalate") }
        var name: String { L10n.rules("ladder-step-without-route.step", step.id, ladder.id) }
        guard index + 1 < ladder.steps.count else {
          if let escalate = step.escalate {
            findings.append(
              finding(
                L10n.rules("ladder-step-without-route.last", name, escalate), at: at,
                element: ladder.id, hint: L10n.rules("ladder-step-without-route.last.hint")))
          }
          continue
        }
        let next = ladder.steps[index + 1]
        guard let escalate = step.escalate else {
          findings.append(
            finding(
              L10n.rules("ladder-step-without-route.missing", name, next.actor), at: at,
              element: ladder.id,
              hint: L10n.rules("ladder-step-without-route.missing.hint", step.actor, next.actor)
            ))
          continue
        }
        guard let route = map.route(escalate) else { continue }
        if route.from != step.actor || route.to != next.actor {
          findings.append(
            finding(
              L10n.rules(
                "ladder-step-without-route.mismatch", name, escalate, route.from, route.to,
                step.actor, next.actor),
              at: at, element: ladder.id,
              hint: L10n.rules("ladder-step-without-route.mismatch.hint", step.actor, next.actor)
            ))
        } else if route.status != .active {
          let message =
            route.status == .planned
            ? L10n.rules("ladder-step-without-route.planned", name, escalate)
            : L10n.rules("ladder-step-without-route.ended", name, escalate)
          var warning = finding(
            message, at: at, element: ladder.id,
            hint: L10n.rules("ladder-step-without-route.inactive.hint", step.actor, next.actor))
          warning.severity = .warning
          findings.append(warning)
        }
      }
    }
    return findings
  }
}
