/// A map with both social services and health care shows how they take the initiative to a SIP.
///
/// Checks that a map with active social-services and active health-care actors has at least one
/// active `sip-invitation` route sent by an active social-services or health-care actor. Without
/// one, the map does not show who convenes the coordinated individual plan (SIP) when a child
/// needs efforts from both. The finding is at the first active social-services actor.
///
/// Source: the municipality and the region must take the initiative without delay
/// (SoL (2025:400) 10 kap. 8 §, HSL (2017:30) 16 kap. 4 §);
/// domain.md rule 4.
public struct SIPInitiativeRule: MapRule {
  public let id = "sip-initiative"
  public var summary: String { L10n.rules("sip-initiative.summary") }
  public let source = "\(Citation.sip.text); domain.md rule 4"
  public let kind = RuleKind.statutory
  public let defaultSeverity = Diagnostic.Severity.warning

  public init() {}

  public func check(_ map: CollaborationMap) -> [Diagnostic] {
    let active = map.actors.filter { $0.status == .active }
    guard let social = active.first(where: { $0.sector == .socialServices }),
      active.contains(where: { $0.sector == .healthCare })
    else { return [] }
    let conveners = Set(active.filter(map.mustTakeSIPInitiative).map(\.id))
    let convenes = map.routes.contains {
      $0.status == .active && $0.channel == .sipInvitation && conveners.contains($0.from)
    }
    guard !convenes else { return [] }
    return [
      finding(
        L10n.rules("sip-initiative.message"), at: social.source?.location(of: "id"),
        element: social.id, hint: L10n.rules("sip-initiative.hint", social.id))
    ]
  }
}
