import Samverkan

/// A who-question typed on the command line, turned into a `WhoQuery` for a map.
enum WhoQuestion {
  /// Resolves free text to concerns (or a SIP question) and checks the asking actor; throws a
  /// `ConsoleError` when the text names no concern or the actor is unknown.
  static func query(
    _ text: String, from: String?, age: Int?, severity: Severity?, in map: CollaborationMap
  ) throws -> WhoQuery {
    let asksForSIP = ConcernVocabulary.asksForSIP(text)
    let read: ConcernVocabulary.Reading
    if asksForSIP, case .noMatch = ConcernVocabulary.resolve(text) {
      read = ConcernVocabulary.Reading(concerns: [], interpretations: [], namesAcuteDanger: false)
    } else {
      read = try reading(text)
    }
    let asker = try from.map { try TypedArgument.actor($0, option: "--from", in: map) }
    return WhoQuery(
      concerns: read.concerns, from: asker?.id, age: age, severity: severity,
      asksForSIP: asksForSIP, namesAcuteDanger: read.namesAcuteDanger)
  }

  /// What the text names; when it names no concern, a `ConsoleError` lists every concern with
  /// examples, after the nearest terms if there are any.
  static func reading(_ text: String) throws -> ConcernVocabulary.Reading {
    switch ConcernVocabulary.resolve(text) {
    case .matched(let reading): return reading
    case .noMatch(let suggestions): throw ConsoleError(noMatchMessage(text, suggestions))
    }
  }

  /// The typed words the text was read as other words: "ångst" as "ångest".
  static func interpretations(_ text: String) -> [ConcernVocabulary.Interpretation] {
    guard case .matched(let reading) = ConcernVocabulary.resolve(text) else { return [] }
    return reading.interpretations
  }

  /// "no concern matches 'xyzzy'." followed by the concerns there are, one a line.
  static func noMatchMessage(_ text: String, _ suggestions: [String]) -> String {
    let near =
      suggestions.isEmpty ? "" : " Did you mean: \(suggestions.joined(separator: ", "))?"
    let concerns = Concern.allCases.map { concern in
      let examples = ConcernVocabulary.examples(for: concern).map { "\"\($0)\"" }
      return "  \(concern.rawValue) (\(concern.name)): \(examples.joined(separator: ", "))"
    }
    return (["no concern matches '\(text)'.\(near) The concerns, with examples:"] + concerns)
      .joined(separator: "\n")
  }
}
