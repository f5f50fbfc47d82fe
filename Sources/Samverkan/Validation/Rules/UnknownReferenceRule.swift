/// Every reference (parent, route ends, ladder step actor and route) names an element of the map.
///
/// Source: the map format. In a template, references to actors that an including municipality
/// is expected to define (such as `socialtjanst`) are reported as info, not as errors.
public struct UnknownReferenceRule: MapRule {
  public let id = "unknown-reference"
  public var summary: String { L10n.rules("unknown-reference.summary") }
  public var source: String { L10n.rules("unknown-reference.source") }
  public let kind = RuleKind.structural
  public let defaultSeverity = Diagnostic.Severity.error

  public init() {}

  public func check(_ map: CollaborationMap) -> [Diagnostic] {
    let actorIDs = Set(map.actors.map(\.id))
    let routeIDs = Set(map.routes.map(\.id))
    var findings: [Diagnostic] = []
    var expectedFromIncluder: [String: (count: Int, first: SourceLocation?)] = [:]

    // The owner's words are looked up only for a reference that names nothing.
    func expect(
      _ reference: String?, isRoute: Bool = false, field: String,
      of owner: @autoclosure () -> String, element: String, at source: SourceAnchor?
    ) {
      let ids = isRoute ? routeIDs : actorIDs
      guard let reference, !ids.contains(reference) else { return }
      let location = source?.location(of: field)
      if map.kind == .template && !isRoute {
        let seen = expectedFromIncluder[reference]
        expectedFromIncluder[reference] = ((seen?.count ?? 0) + 1, seen?.first ?? location)
        return
      }
      let suggestion = reference.closestMatch(in: ids.sorted()).map {
        L10n.rules("unknown-reference.did-you-mean", $0)
      }
      let message =
        isRoute
        ? L10n.rules("unknown-reference.unknown-route", owner(), reference, field)
        : L10n.rules("unknown-reference.unknown-actor", owner(), reference, field)
      let define =
        isRoute
        ? L10n.rules("unknown-reference.define-route", reference)
        : L10n.rules("unknown-reference.define-actor", reference)
      findings.append(
        finding(message, at: location, element: element, hint: suggestion ?? define))
    }

    for actor in map.actors {
      expect(
        actor.parent, field: "parent", of: L10n.rules("unknown-reference.actor-owner", actor.id),
        element: actor.id, at: actor.source)
    }
    for route in map.routes {
      let owner = { L10n.rules("unknown-reference.route-owner", route.id) }
      expect(route.from, field: "from", of: owner(), element: route.id, at: route.source)
      expect(route.to, field: "to", of: owner(), element: route.id, at: route.source)
    }
    for ladder in map.ladders {
      for step in ladder.steps {
        let owner = { L10n.rules("unknown-reference.step-owner", step.id, ladder.id) }
        expect(step.actor, field: "actor", of: owner(), element: ladder.id, at: step.source)
        expect(
          step.escalate, isRoute: true, field: "escalate", of: owner(), element: ladder.id,
          at: step.source)
      }
    }
    for (actor, use) in expectedFromIncluder.sorted(by: { $0.key < $1.key }) {
      findings.append(
        Diagnostic(
          .info, rule: id,
          message: use.count == 1
            ? L10n.rules("unknown-reference.template-once", actor)
            : L10n.rules("unknown-reference.template", actor, String(use.count)),
          location: use.first, element: actor))
    }
    return findings
  }
}
