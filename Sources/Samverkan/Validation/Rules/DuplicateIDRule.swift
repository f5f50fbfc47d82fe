/// Ids are unique among actors, among routes, among ladders, and among the steps of a ladder.
///
/// Source: the map format; an id that names two things makes every reference to it ambiguous.
public struct DuplicateIDRule: MapRule {
  public let id = "duplicate-id"
  public let summary = "ids of actors, routes, ladders and ladder steps are unique"
  public let source = "Maps/README.md (the map format)"
  public let kind = RuleKind.structural
  public let defaultSeverity = Diagnostic.Severity.error

  public init() {}

  public func check(_ map: CollaborationMap) -> [Diagnostic] {
    var findings = duplicates(map.actors.map { ($0.id, $0.source) }, of: "actor")
    findings += duplicates(map.routes.map { ($0.id, $0.source) }, of: "route")
    findings += duplicates(map.ladders.map { ($0.id, $0.source) }, of: "ladder")
    for ladder in map.ladders {
      findings += duplicates(
        ladder.steps.map { ($0.id, $0.source) }, of: "step of ladder '\(ladder.id)'")
    }
    return findings
  }

  private func duplicates(_ elements: [(String, SourceAnchor?)], of noun: String) -> [Diagnostic] {
    var first: [String: SourceAnchor?] = [:]
    var findings: [Diagnostic] = []
    for (elementID, source) in elements {
      if let earlier = first[elementID] {
        let where_ = earlier.map { " (first at \($0.element))" } ?? ""
        findings.append(
          finding(
            "\(noun) id '\(elementID)' is used twice\(where_)", at: source?.location(of: "id"),
            element: elementID, hint: "rename one of them"))
      } else {
        first[elementID] = source
      }
    }
    return findings
  }
}
