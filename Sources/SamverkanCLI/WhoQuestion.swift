import Samverkan

/// A who-question typed on the command line, turned into a `WhoQuery` for a map.
enum WhoQuestion {
  /// Resolves free text to concerns (or a SIP question) and checks the asking actor; throws a
  /// `ConsoleError` with a "did you mean" when either names nothing.
  static func query(
    _ text: String, from: String?, age: Int?, severity: Severity?, in map: CollaborationMap
  ) throws -> WhoQuery {
    let asksForSIP = ConcernVocabulary.asksForSIP(text)
    let concerns: [Concern]
    switch ConcernVocabulary.resolve(text) {
    case .matched(let found): concerns = found
    case .noMatch where asksForSIP: concerns = []
    case .noMatch(let suggestions):
      let near = suggestions.isEmpty ? "" : " Did you mean: \(suggestions.joined(separator: ", "))?"
      throw ConsoleError("no concern matches '\(text)'.\(near)")
    }
    if let from, map.actor(from) == nil {
      let near = from.closestMatch(in: map.actors.map(\.id)).map { " Did you mean '\($0)'?" }
      throw ConsoleError("no actor '\(from)' in \(map.id).\(near ?? "")")
    }
    return WhoQuery(
      concerns: concerns, from: from, age: age, severity: severity, asksForSIP: asksForSIP)
  }
}
