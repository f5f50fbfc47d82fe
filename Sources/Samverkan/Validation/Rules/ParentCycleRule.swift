/// Following `parent` from any actor ends at a top-level actor; it never comes back.
///
/// Source: the map format; organisations contain units, so a cycle has no drawing as nested clusters.
public struct ParentCycleRule: MapRule {
  public let id = "parent-cycle"
  public var summary: String { L10n.rules("parent-cycle.summary") }
  public var source: String { L10n.rules("parent-cycle.source") }
  public let kind = RuleKind.structural
  public let defaultSeverity = Diagnostic.Severity.error

  public init() {}

  public func check(_ map: CollaborationMap) -> [Diagnostic] {
    let parents = Dictionary(map.actors.map { ($0.id, $0.parent) }, uniquingKeysWith: { a, _ in a })
    var findings: [Diagnostic] = []
    // Actors whose chain of parents ends at a root; a walk that meets one can stop, so the
    // whole check stays linear in the actors even for chains thousands deep.
    var endsAtRoot: Set<String> = []
    for actor in map.actors {
      var chain: [String] = [actor.id]
      var seen: Set<String> = [actor.id]
      var current = actor.parent
      var reachedRoot = true
      while let next = current, parents[next] != nil, !endsAtRoot.contains(next) {
        if next == actor.id {
          findings.append(
            finding(
              L10n.rules(
                "parent-cycle.message", actor.id, chain.joined(separator: " → "), next),
              at: actor.source?.location(of: "parent"), element: actor.id,
              hint: L10n.rules("parent-cycle.hint")))
          reachedRoot = false
          break
        }
        if !seen.insert(next).inserted {
          reachedRoot = false
          break
        }
        chain.append(next)
        current = parents[next] ?? nil
      }
      if reachedRoot { endsAtRoot.formUnion(chain) }
    }
    return findings
  }
}
