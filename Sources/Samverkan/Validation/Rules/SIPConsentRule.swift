/// A SIP is never set up without consent.
///
/// Checks that every route of channel `sip-invitation` or `sip-request` that is not ended has
/// `consent: required`: a coordinated individual plan (SIP) needs the consent of the person, for
/// a child the guardians' (the child's view weighed by maturity), and can never be set up against
/// their will. This holds for the school's request for a SIP as well. Who may send the invitation
/// is `sip-convening`; whether the map has one at all is `sip-initiative`.
///
/// Source: SoL (2025:400) 10 kap. 8 § and HSL (2017:30) 16 kap. 4 §; domain.md rule 4.
public struct SIPConsentRule: MapRule {
  public let id = "sip-consent"
  public var summary: String { L10n.rules("sip-consent.summary") }
  public let source = "\(Citation.sip.text); domain.md rule 4"
  public let kind = RuleKind.statutory
  public let defaultSeverity = Diagnostic.Severity.error

  public init() {}

  public func check(_ map: CollaborationMap) -> [Diagnostic] {
    map.routes.filter {
      $0.status != .ended && ($0.channel == .sipInvitation || $0.channel == .sipRequest)
        && $0.sharing != .consentRequired
    }.map { route in
      let message =
        route.channel == .sipInvitation
        ? L10n.rules("sip-consent.invitation", route.id)
        : L10n.rules("sip-consent.request", route.id)
      return finding(
        message, at: route.source?.location(of: "consent"), element: route.id,
        hint: L10n.rules("sip-consent.hint"))
    }
  }
}
