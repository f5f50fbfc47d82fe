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
    let asker = try from.map { try TypedArgument.actor($0, option: "--from", in: map) }
    return WhoQuery(
      concerns: concerns, from: asker?.id, age: age, severity: severity, asksForSIP: asksForSIP)
  }
}
