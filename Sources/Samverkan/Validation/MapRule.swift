/// One check over a loaded map: one rule, one type, one file under `Validation/Rules/`.
public protocol MapRule: Sendable {
  /// Kebab-case id shown with each finding, e.g. `unknown-reference`.
  var id: String { get }
  /// One line on what the rule checks, in the current language.
  var summary: String { get }
  /// Where the rule comes from: a seed document, a paragraph of law, or the map format; any prose
  /// in it is in the current language.
  var source: String { get }
  /// Whether the law demands it, a local routine or agreement, or the map's own structure.
  var kind: RuleKind { get }
  /// The severity of its findings unless a map or a run says otherwise.
  var defaultSeverity: Diagnostic.Severity { get }
  /// The findings for `map`, each at `defaultSeverity` and naming the element it is about.
  func check(_ map: CollaborationMap) -> [Diagnostic]
}

/// What a rule rests on.
public enum RuleKind: String, Sendable, CaseIterable {
  /// The map cannot be read as meant without it (references, ids).
  case structural
  /// Swedish law demands it.
  case statutory
  /// A routine, an agreement or a known failure pattern from the sources.
  case local
}

extension MapRule {
  /// A finding of this rule at its default severity.
  func finding(
    _ message: String, at location: SourceLocation?, element: String?, hint: String? = nil
  ) -> Diagnostic {
    Diagnostic(
      defaultSeverity, rule: id, message: message, location: location, hint: hint,
      element: element)
  }

  /// Words as a list in the current language: `a`, `a och b`, `a, b och c`.
  static func listed(_ words: [String]) -> String {
    guard let last = words.last, words.count > 1 else { return words.first ?? "" }
    return L10n.rules("validate.and", words.dropLast().joined(separator: ", "), last)
  }
}
