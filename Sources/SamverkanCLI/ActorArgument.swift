import Samverkan

/// Actors and severities typed on the command line, resolved or refused with "did you mean".
enum TypedArgument {
  /// The actor `text` names in `map` (id, name or short name); a `ConsoleError` that lists what
  /// is near, or the actors it could mean, otherwise.
  static func actor(_ text: String, option: String, in map: CollaborationMap) throws -> Actor {
    switch map.lookUpActor(text) {
    case .found(let actor):
      return actor
    case .ambiguous(let actors):
      let listing = actors.map { "'\($0.id)' (\($0.name))" }.joined(separator: ", ")
      throw ConsoleError("\(option) '\(text)' could mean \(listing) in \(map.id); give the id.")
    case .notFound(let suggestions):
      let near =
        suggestions.isEmpty
        ? " The map's actors: \(map.actors.map(\.id).joined(separator: ", "))."
        : " Did you mean " + suggestions.map { "'\($0)'" }.joined(separator: " or ") + "?"
      throw ConsoleError("\(option): no actor '\(text)' in \(map.id).\(near)")
    }
  }

  /// The severity `text` names, Swedish or English; a `ConsoleError` with the choices otherwise.
  static func severity(_ text: String?) throws -> Severity? {
    guard let text else { return nil }
    if let severity = Severity(typed: text) { return severity }
    let near = text.lowercased().closestMatch(in: Severity.typedWords).map {
      " Did you mean '\($0)'?"
    }
    throw ConsoleError(
      "--severity '\(text)' is not a severity.\(near ?? "") Write lindrig, måttlig or allvarlig "
        + "(mild, moderate or severe).")
  }
}
