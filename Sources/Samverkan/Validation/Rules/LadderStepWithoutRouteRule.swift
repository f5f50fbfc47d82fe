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
  public let summary = "each ladder step escalates by an active route to the next step's actor"
  public let source = "Maps/README.md (ladders, `escalate`)"
  public let kind = RuleKind.structural
  public let defaultSeverity = Diagnostic.Severity.error

  public init() {}

  public func check(_ map: CollaborationMap) -> [Diagnostic] {
    var findings: [Diagnostic] = []
    for ladder in map.ladders {
      for (index, step) in ladder.steps.enumerated() {
        let at = step.source?.location(of: "escalate")
        let name = "step '\(step.id)' of ladder '\(ladder.id)'"
        guard index + 1 < ladder.steps.count else {
          if let escalate = step.escalate {
            findings.append(
              finding(
                "\(name) is the last step but escalates by '\(escalate)': no step follows",
                at: at, element: ladder.id,
                hint: "remove 'escalate', or add the step the route leads to"))
          }
          continue
        }
        let next = ladder.steps[index + 1]
        guard let escalate = step.escalate else {
          findings.append(
            finding(
              "\(name) has no 'escalate' route to the next step's actor '\(next.actor)'",
              at: at, element: ladder.id,
              hint: "add 'escalate:' with the id of a route from '\(step.actor)' to "
                + "'\(next.actor)'"))
          continue
        }
        guard let route = map.route(escalate) else { continue }
        if route.from != step.actor || route.to != next.actor {
          findings.append(
            finding(
              "\(name) escalates by '\(escalate)', which goes from '\(route.from)' to "
                + "'\(route.to)', not from '\(step.actor)' to '\(next.actor)'",
              at: at, element: ladder.id,
              hint: "name a route from '\(step.actor)' to '\(next.actor)', or correct the "
                + "steps' actors"))
        } else if route.status != .active {
          let state = route.status == .planned ? "is planned, not in use yet" : "has ended"
          var warning = finding(
            "\(name) escalates by route '\(escalate)', which \(state): the case cannot climb "
              + "this step today",
            at: at, element: ladder.id,
            hint: "name an active route from '\(step.actor)' to '\(next.actor)', or mark the "
              + "route active once it is in use")
          warning.severity = .warning
          findings.append(warning)
        }
      }
    }
    return findings
  }
}
