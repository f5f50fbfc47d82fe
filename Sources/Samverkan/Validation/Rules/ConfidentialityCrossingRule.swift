/// Information about a pupil crosses a confidentiality domain only with consent or under a named
/// provision.
///
/// Checks every route that is not ended between two actors of different confidentiality domains,
/// among school, social services and health care, for `consent: not-applicable`: such a route
/// claims that no information about a pupil crosses, which only an anonymous consultation can
/// claim, so `consultation` routes are exempt. Domains are `ConfidentialityDomain`'s (the school
/// nurse, doctor and psychologist belong to health care). Routes to or from the family and
/// `other` sectors are exempt.
///
/// Source: the separate domains of pupil health and special support (OSL 23 kap. 2 §), health
/// care (OSL 25 kap. 1 §) and social services (OSL 26 kap. 1 §); information passes with consent
/// (OSL 12 kap. 2 §) or a provision such as OSL 10 kap. 2 §, 10 kap. 28 § or 25 kap. 12 §;
/// domain.md rule 3; seed 002 (confidentiality and missing consent are a main obstacle).
public struct ConfidentialityCrossingRule: MapRule {
  public let id = "confidentiality-crossing"
  public var summary: String { L10n.rules("confidentiality-crossing.summary") }
  public let source =
    ConfidentialityDomain.allCases.map(\.secrecy).joined(separator: ", ") + "; domain.md rule 3"
  public let kind = RuleKind.statutory
  public let defaultSeverity = Diagnostic.Severity.error

  public init() {}

  public func check(_ map: CollaborationMap) -> [Diagnostic] {
    var findings: [Diagnostic] = []
    for route in map.routes
    where route.status != .ended && route.sharing == .notApplicable
      && route.channel != .consultation
    {
      guard let sender = map.actor(route.from), let receiver = map.actor(route.to),
        sender.status != .ended, receiver.status != .ended,
        let from = ConfidentialityDomain(of: sender), let to = ConfidentialityDomain(of: receiver),
        from != to
      else { continue }
      findings.append(
        finding(
          L10n.rules("confidentiality-crossing.message", route.id, from.name, to.name),
          at: route.source?.fields["consent"] ?? route.source?.location(of: "from"),
          element: route.id, hint: L10n.rules("confidentiality-crossing.hint")))
    }
    return findings
  }
}
