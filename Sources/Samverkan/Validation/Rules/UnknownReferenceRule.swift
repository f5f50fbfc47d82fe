/// Every reference (parent, route ends, ladder step actor and route) names an element of the map.
///
/// Source: the map format. In a template, references to actors that an including municipality
/// is expected to define (such as `socialtjanst`) are reported as info, not as errors.
public struct UnknownReferenceRule: MapRule {
  public let id = "unknown-reference"
  public let summary = "every actor and route a map refers to exists"
  public let source = "Maps/README.md (the map format)"
  public let kind = RuleKind.structural
  public let defaultSeverity = Diagnostic.Severity.error

  public init() {}

  public func check(_ map: CollaborationMap) -> [Diagnostic] {
    let actorIDs = Set(map.actors.map(\.id))
    let routeIDs = Set(map.routes.map(\.id))
    var findings: [Diagnostic] = []
    var expectedFromIncluder: [String: (count: Int, first: SourceLocation?)] = [:]

    func expect(
      _ reference: String?, in ids: Set<String>, noun: String, field: String,
      of owner: String, element: String, at source: SourceAnchor?
    ) {
      guard let reference, !ids.contains(reference) else { return }
      let location = source?.location(of: field)
      if map.kind == .template && noun == "actor" {
        let seen = expectedFromIncluder[reference]
        expectedFromIncluder[reference] = ((seen?.count ?? 0) + 1, seen?.first ?? location)
        return
      }
      let suggestion = reference.closestMatch(in: ids.sorted()).map { "did you mean '\($0)'?" }
      findings.append(
        finding(
          "\(owner) refers to unknown \(noun) '\(reference)' in '\(field)'", at: location,
          element: element, hint: suggestion ?? "define \(noun) '\(reference)' or correct the id"))
    }

    for actor in map.actors {
      expect(
        actor.parent, in: actorIDs, noun: "actor", field: "parent",
        of: "actor '\(actor.id)'", element: actor.id, at: actor.source)
    }
    for route in map.routes {
      expect(
        route.from, in: actorIDs, noun: "actor", field: "from",
        of: "route '\(route.id)'", element: route.id, at: route.source)
      expect(
        route.to, in: actorIDs, noun: "actor", field: "to",
        of: "route '\(route.id)'", element: route.id, at: route.source)
    }
    for ladder in map.ladders {
      for step in ladder.steps {
        let owner = "step '\(step.id)' of ladder '\(ladder.id)'"
        expect(
          step.actor, in: actorIDs, noun: "actor", field: "actor", of: owner, element: ladder.id,
          at: step.source)
        expect(
          step.escalate, in: routeIDs, noun: "route", field: "escalate", of: owner,
          element: ladder.id, at: step.source)
      }
    }
    for (actor, use) in expectedFromIncluder.sorted(by: { $0.key < $1.key }) {
      findings.append(
        Diagnostic(
          .info, rule: id,
          message:
            "actor '\(actor)' is referred to \(use.count) time(s); every map that includes this template must define it",
          location: use.first, element: actor))
    }
    return findings
  }
}
