/// A question or argument a person typed that names nothing usable: the message says why and
/// what would do (the command line prints it and exits with 2; the web page shows it).
public struct QuestionError: Error, CustomStringConvertible, Sendable {
  public var description: String
  public init(_ description: String) { self.description = description }
}

/// A who-question typed on the command line or in the web page's form, turned into a `WhoQuery` for a map.
public enum WhoQuestion {
  /// Resolves free text to concerns (or a SIP question) and checks the asking actor; throws a
  /// `QuestionError` when the text names no concern or the actor is unknown.
  public static func query(
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

  /// What the text names; when it names no concern, a `QuestionError` lists every concern with
  /// examples, after the nearest terms if there are any.
  public static func reading(_ text: String) throws -> ConcernVocabulary.Reading {
    switch ConcernVocabulary.resolve(text) {
    case .matched(let reading): return reading
    case .noMatch(let suggestions): throw QuestionError(noMatchMessage(text, suggestions))
    }
  }

  /// The typed words the text was read as other words: "ångst" as "ångest".
  public static func interpretations(_ text: String) -> [ConcernVocabulary.Interpretation] {
    guard case .matched(let reading) = ConcernVocabulary.resolve(text) else { return [] }
    return reading.interpretations
  }

  /// "Inget område passar 'xyzzy'." followed by the concerns there are, one a line, each with
  /// Swedish examples: `  psykisk ohälsa: "mår dåligt", …`.
  public static func noMatchMessage(_ text: String, _ suggestions: [String]) -> String {
    var heading = [L10n.answers("who.no-match", text)]
    if !suggestions.isEmpty {
      heading.append(L10n.answers("who.no-match.near", suggestions.joined(separator: ", ")))
    }
    heading.append(L10n.answers("who.no-match.concerns"))
    let concerns = Concern.allCases.map { concern in
      let examples = ConcernVocabulary.examples(for: concern).map { "\"\($0)\"" }
      return "  \(concern.name): \(examples.joined(separator: ", "))"
    }
    return ([heading.joined(separator: " ")] + concerns).joined(separator: "\n")
  }
}
