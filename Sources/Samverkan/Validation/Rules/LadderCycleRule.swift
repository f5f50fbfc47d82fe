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
  public var summary: String { L10n.rules("ladder-cycle.summary") }
  public var source: String { L10n.rules("ladder-cycle.source") }
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
              L10n.rules("ladder-cycle.same-actor", previous.id, step.id, ladder.id, step.actor),
              at: step.source?.location(of: "actor"), element: ladder.id,
              hint: L10n.rules("ladder-cycle.same-actor.hint", step.id)))
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
            L10n.rules(
              "ladder-cycle.circle", ladder.id, step.id, step.actor, next.actor,
              steps[earlier].id, circle),
            at: step.source?.location(of: "actor"), element: ladder.id,
            hint: L10n.rules("ladder-cycle.circle.hint")))
      }
    }
    return findings
  }
}
