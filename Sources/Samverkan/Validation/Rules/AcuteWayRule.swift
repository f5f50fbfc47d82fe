/// Every municipality's map shows the acute way: 112, BUP's emergency entry and 1177.
///
/// Checks that a municipality's map (its templates included) has an active actor for each
/// `AcuteRole`: `emergency-call` (112), `emergency-entry` (BUP akut, the same day) and
/// `advice-line` (1177). Without them a question about suicide or self-harm cannot put the acute
/// way first. The finding is at line 1 of the map's own file, element the map's id.
///
/// Source: domain.md "Consent, age and the acute way" ("Every map must show the acute way, and a
/// query about suicide or self-harm must put it first whatever severity is given").
public struct AcuteWayRule: MapRule {
  public let id = "acute-way"
  public let summary = "the map shows the acute way: 112, BUP's emergency entry and 1177"
  public let source = "domain.md \"Consent, age and the acute way\""
  public let kind = RuleKind.local
  public let defaultSeverity = Diagnostic.Severity.warning

  public init() {}

  public func check(_ map: CollaborationMap) -> [Diagnostic] {
    let missing = map.missingAcuteRoles
    guard map.kind == .municipality, !missing.isEmpty else { return [] }
    let location = SourceLocation(file: map.files.first ?? map.id, line: 1, column: 1)
    let names = missing.map(\.rawValue).joined(separator: ", ")
    return [
      finding(
        "map '\(map.id)' does not show the acute way: no active actor with 'acute: \(names)'",
        at: location, element: map.id,
        hint:
          "add the acute way to the map or its regional template: an actor with 'acute: "
          + "emergency-call' (112), one with 'acute: emergency-entry' (BUP akut) and one with "
          + "'acute: advice-line' (1177)")
    ]
  }
}
