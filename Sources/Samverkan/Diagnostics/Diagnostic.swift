/// A finding about a map, printed like a compiler's: severity, rule, message, position and a fix hint.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
  public enum Severity: String, Sendable, Hashable, Codable, Comparable, CaseIterable {
    case info
    case warning
    case error

    public static func < (lhs: Self, rhs: Self) -> Bool {
      allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
  }

  public var severity: Severity
  /// The id of the rule or load check that found it, e.g. `unknown-reference`.
  public var rule: String
  public var message: String
  public var location: SourceLocation?
  /// What to do about it.
  public var hint: String?
  /// The id of the actor, route or ladder the finding is about, used to suppress it.
  public var element: String?

  public init(
    _ severity: Severity, rule: String, message: String, location: SourceLocation? = nil,
    hint: String? = nil, element: String? = nil
  ) {
    self.severity = severity
    self.rule = rule
    self.message = message
    self.location = location
    self.hint = hint
    self.element = element
  }

  /// One line: `file:line:column: error[rule]: message`.
  ///
  /// The severity stays `error`, `warning` or `info` in every language, as the rule id does:
  /// editors, CI logs and scripts find findings by these compiler-like tokens. Only the message
  /// (and the hint) is in the current language.
  public var description: String {
    let position = location.map { "\($0): " } ?? ""
    return "\(position)\(severity.rawValue)[\(rule)]: \(message)"
  }
}

/// Loading a map failed; the diagnostic says where and why.
public struct MapLoadError: Error, Sendable, CustomStringConvertible {
  public var diagnostic: Diagnostic

  public init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic }

  public var description: String { diagnostic.description }
}
