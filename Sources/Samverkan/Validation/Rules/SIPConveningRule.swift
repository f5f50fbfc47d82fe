/// Social services and health care convene a SIP; a school only where a local agreement says so.
///
/// Checks the sender of every route of channel `sip-invitation` that is not ended: it must be a
/// social-services or health-care actor. A school-sector sender passes only when the map's
/// `agreements` set `school-may-convene-sip: true` (then there is no finding); family and `other`
/// senders never pass. A school's `sip-request` (asking social services or health care to
/// convene) is always fine here; its consent is `sip-consent`.
///
/// Source: the duty to take the initiative lies with the municipality's social services and the
/// region's health care (SoL (2025:400) 10 kap. 8 §, HSL (2017:30) 16 kap. 4 §); the school has no duty to convene, and whether it may is a local
/// agreement (seed 002: "vi kan ju säga att vi vill ha, men vi får inte kalla"; domain.md
/// rule 4). A local rule, since the map's agreement decides it.
public struct SIPConveningRule: MapRule {
  public let id = "sip-convening"
  public var summary: String { L10n.rules("sip-convening.summary") }
  public let source =
    "seeds/002_c3f0d06f0ac63a12.txt (\"vi får inte kalla\"); \(Citation.sip.text); "
    + "domain.md rule 4"
  public let kind = RuleKind.local
  public let defaultSeverity = Diagnostic.Severity.error

  public init() {}

  public func check(_ map: CollaborationMap) -> [Diagnostic] {
    var findings: [Diagnostic] = []
    for route in map.routes where route.status != .ended && route.channel == .sipInvitation {
      guard let sender = map.actor(route.from) else { continue }
      let location = route.source?.location(of: "from")
      if map.mayConveneSIP(sender) { continue }
      switch sender.sector {
      case .socialServices, .healthCare:
        continue
      case .school:
        findings.append(
          finding(
            L10n.rules("sip-convening.school", sender.id, route.id), at: location,
            element: route.id, hint: L10n.rules("sip-convening.school.hint")))
      case .family, .other:
        findings.append(
          finding(
            L10n.rules(
              "sip-convening.other", sender.id, sender.sector.name.lowercased(), route.id),
            at: location, element: route.id, hint: L10n.rules("sip-convening.other.hint")))
      }
    }
    return findings
  }
}
