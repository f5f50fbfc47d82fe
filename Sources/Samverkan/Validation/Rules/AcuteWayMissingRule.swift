/// Every municipality's map shows the acute way: 112, BUP's emergency entry and 1177.
///
/// Checks that a municipality's map (its templates included) has an active actor for each
/// `AcuteRole`: `emergency-call` (112), `emergency-entry` (BUP akut, the same day) and
/// `advice-line` (1177). Without them a question about suicide or self-harm cannot put the acute
/// way first. The finding is at line 1 of the map's own file, element the map's id.
///
/// Source: domain.md "Consent, age and the acute way" ("Every map must show the acute way, and a
/// query about suicide or self-harm must put it first whatever severity is given").
public struct AcuteWayMissingRule: MapRule {
  public let id = "acute-way-missing"
  public var summary: String { L10n.rules("acute-way-missing.summary") }
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
        L10n.rules("acute-way-missing.message", map.id, names), at: location, element: map.id,
        hint: L10n.rules("acute-way-missing.hint"))
    ]
  }
}
