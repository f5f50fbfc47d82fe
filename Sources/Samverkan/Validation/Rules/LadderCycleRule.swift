/// A ladder climbs: it never goes round in a circle and never repeats an actor step after step.
///
/// Coming back to an actor is not by itself a loop: the typical ladder goes from the school to
/// the pupil-health team and back to the school, whose rektor decides on measures, and then on to
/// social services. It is a loop when the ladder, back at an actor, escalates again to the actor
/// it escalated to from there before (steps A → B → … → A → B): the escalate routes then form a
/// cycle the case goes round a second time. Reported at the `actor` of the step that comes back.
///
/// Two steps in a row with the same actor are reported too: the case does not move between them.
/// Only the step actors are compared, so the finding does not depend on the `escalate` routes
/// being right; `ladder-step-without-route` checks those.
///
/// Source: the map format (a ladder is ordered steps a case climbs); seed 002 — cases passed back
/// and forth between school, social services and health care.
public struct LadderCycleRule: MapRule {
  public let id = "ladder-cycle"
  public let summary = "a ladder never goes round a circle of actors or repeats one in a row"
  public let source = "Maps/README.md (ladders); seed 002"
  public let kind = RuleKind.structural
  public let defaultSeverity = Diagnostic.Severity.error

  public init() {}

  public func check(_ map: CollaborationMap) -> [Diagnostic] {
    var findings: [Diagnostic] = []
    for ladder in map.ladders {
      let steps = ladder.steps
      for j in steps.indices.dropFirst() {
        let step = steps[j]
        let previous = steps[j - 1]
        if step.actor == previous.actor {
          findings.append(
            finding(
              "steps '\(previous.id)' and '\(step.id)' of ladder '\(ladder.id)' both rest with "
                + "'\(step.actor)': the case does not move",
              at: step.source?.location(of: "actor"), element: ladder.id,
              hint: "merge the two steps, or give '\(step.id)' the actor the case escalates to"))
          continue
        }
        guard j + 1 < steps.count, steps[j + 1].actor != step.actor else { continue }
        let next = steps[j + 1]
        // An earlier step at the same actor that also moved the case on to `next.actor`.
        let earlier = steps.indices.prefix(j - 1).first {
          steps[$0].actor == step.actor && steps[$0 + 1].actor == next.actor
        }
        guard let earlier else { continue }
        let circle = steps[earlier...j].map(\.actor).joined(separator: " → ")
        findings.append(
          finding(
            "ladder '\(ladder.id)' goes round: step '\(step.id)' escalates from '\(step.actor)' "
              + "to '\(next.actor)' again, as step '\(steps[earlier].id)' did (\(circle) → "
              + "\(next.actor))",
            at: step.source?.location(of: "actor"), element: ladder.id,
            hint: "end the ladder where the case comes back, or escalate to an actor the case "
              + "has not been with"))
      }
    }
    return findings
  }
}
