/// One check over a loaded map.
public protocol MapRule: Sendable {
  /// Kebab-case id shown with each finding, e.g. `unknown-reference`.
  var id: String { get }
  /// One line on what the rule checks.
  var summary: String { get }
  /// The findings for `map`.
  func check(_ map: CollaborationMap) -> [Diagnostic]
}
