/// Ids are unique among actors, among routes, among ladders, and among the steps of a ladder.
///
/// Source: the map format; an id that names two things makes every reference to it ambiguous.
public struct DuplicateIDRule: MapRule {
  public let id = "duplicate-id"
  public var summary: String { L10n.rules("duplicate-id.summary") }
  public var source: String { L10n.rules("duplicate-id.source") }
  public let kind = RuleKind.structural
  public let defaultSeverity = Diagnostic.Severity.error

  public init() {}

  public func check(_ map: CollaborationMap) -> [Diagnostic] {
    var findings = duplicates(map.actors.map { ($0.id, $0.source) }) {
      L10n.rules("duplicate-id.actor", $0, $1)
    }
    findings += duplicates(map.routes.map { ($0.id, $0.source) }) {
      L10n.rules("duplicate-id.route", $0, $1)
    }
    findings += duplicates(map.ladders.map { ($0.id, $0.source) }) {
      L10n.rules("duplicate-id.ladder", $0, $1)
    }
    for ladder in map.ladders {
      findings += duplicates(ladder.steps.map { ($0.id, $0.source) }) {
        L10n.rules("duplicate-id.step", ladder.id, $0, $1)
      }
    }
    return findings
  }

  /// Findings for the ids used twice; `message` makes one from the id and where it was first.
  private func duplicates(
    _ elements: [(String, SourceAnchor?)], message: (String, String) -> String
  ) -> [Diagnostic] {
    var first: [String: SourceAnchor?] = [:]
    var findings: [Diagnostic] = []
    for (elementID, source) in elements {
      if let earlier = first[elementID] {
        let where_ = earlier.map { L10n.rules("duplicate-id.first-at", "\($0.element)") } ?? ""
        findings.append(
          finding(
            message(elementID, where_), at: source?.location(of: "id"), element: elementID,
            hint: L10n.rules("duplicate-id.hint")))
      } else {
        first[elementID] = source
      }
    }
    return findings
  }
}
