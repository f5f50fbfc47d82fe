/// Every reference (parent, route ends, ladder step actor and route) names an element of the map.
///
/// Source: the map format. In a template, references to actors that an including municipality
/// is expected to define (such as `socialtjanst`) are reported as info, not as errors.
public struct UnknownReferenceRule: MapRule {
  public let id = "unknown-reference"
  public let summary = "every actor and route a map refers to exists"

  public init() {}

  public func check(_ map: CollaborationMap) -> [Diagnostic] {
    let actorIDs = map.actors.map(\.id)
    let routeIDs = map.routes.map(\.id)
    var findings: [Diagnostic] = []

    func expect(_ reference: String?, in ids: [String], noun: String, field: String,
                of owner: String, at source: SourceAnchor?) {
      guard let reference, !ids.contains(reference) else { return }
      let suggestion = reference.closestMatch(in: ids).map { "did you mean '\($0)'?" }
      let severity: Diagnostic.Severity = map.kind == .template && noun == "actor" ? .info : .error
      let message = severity == .info
        ? "\(owner) refers to actor '\(reference)', which the including map must define"
        : "\(owner) refers to unknown \(noun) '\(reference)' in '\(field)'"
      findings.append(
        Diagnostic(
          severity, rule: id, message: message, location: source?.location(of: field),
          hint: suggestion ?? "define \(noun) '\(reference)' or correct the id"))
    }

    for actor in map.actors {
      expect(actor.parent, in: actorIDs, noun: "actor", field: "parent",
             of: "actor '\(actor.id)'", at: actor.source)
    }
    for route in map.routes {
      expect(route.from, in: actorIDs, noun: "actor", field: "from",
             of: "route '\(route.id)'", at: route.source)
      expect(route.to, in: actorIDs, noun: "actor", field: "to",
             of: "route '\(route.id)'", at: route.source)
    }
    for ladder in map.ladders {
      for step in ladder.steps {
        let owner = "step '\(step.id)' of ladder '\(ladder.id)'"
        expect(step.actor, in: actorIDs, noun: "actor", field: "actor", of: owner, at: step.source)
        expect(step.escalate, in: routeIDs, noun: "route", field: "escalate", of: owner,
               at: step.source)
      }
    }
    return findings
  }
}
