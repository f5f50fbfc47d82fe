/// Actors and severities typed on the command line or in a form, resolved or refused with "did you mean".
public enum TypedArgument {
  /// The actor `text` names in `map` (id, name or short name); a `QuestionError` that lists what
  /// is near, or the actors it could mean, otherwise.
  public static func actor(_ text: String, option: String, in map: CollaborationMap) throws -> Actor
  {
    switch map.lookUpActor(text) {
    case .found(let actor):
      return actor
    case .ambiguous(let actors):
      let listing = actors.map { "\($0.name) (\($0.id))" }.joined(separator: ", ")
      throw QuestionError(L10n.answers("actor.ambiguous", option, text, listing, map.name))
    case .notFound(let suggestions):
      let near =
        suggestions.isEmpty
        ? L10n.answers("actor.all", map.actors.map(\.name).joined(separator: ", "))
        : L10n.answers("actor.near", alternatives(suggestions.map { "'\($0)'" }))
      throw QuestionError(L10n.answers("actor.unknown", option, text, map.name) + " " + near)
    }
  }

  /// "'a', 'b' eller 'c'", or "'a', 'b' or 'c'".
  private static func alternatives(_ items: [String]) -> String {
    guard let last = items.last, items.count > 1 else { return items.joined() }
    return items.dropLast().joined(separator: ", ") + " \(L10n.answers("actor.or")) \(last)"
  }

  /// The severity `text` names, Swedish or English; a `QuestionError` with the choices otherwise.
  public static func severity(_ text: String?) throws -> Severity? {
    guard let text else { return nil }
    if let severity = Severity(mapWord: text) { return severity }
    let words = Severity.allAliases + Severity.allCases.map(\.rawValue)
    let near = text.lowercased().closestMatch(in: words).map {
      L10n.answers("who.severity.near", $0)
    }
    throw QuestionError(
      [L10n.answers("who.severity.unknown", text), near, L10n.answers("who.severity.choices")]
        .compactMap { $0 }.joined(separator: " "))
  }
}
