/// Collaboration runs both ways: where one sector reaches another, the other reaches back.
///
/// Checks every pair of the sectors school, social services, health care and family: when usable
/// routes that reach their receiver (`Channel.reachesReceiver`: not a report of concern or a SIP
/// call, which have their own occasions) lead from one sector to the other but none leads back,
/// the map shows collaboration one way only. The finding is at the first route of the one
/// direction there is. Templates are not checked alone: the way back may lead to actors the
/// including municipality defines.
///
/// Source: seed 002 (the school depends more on the others' information than they on the
/// school's); domain.md "Collaboration runs both ways".
public struct OneWayCollaborationRule: MapRule {
  public let id = "one-way-collaboration"
  public var summary: String { L10n.rules("one-way-collaboration.summary") }
  public let source = "seeds/002_c3f0d06f0ac63a12.txt; domain.md \"Collaboration runs both ways\""
  public let kind = RuleKind.local
  public let defaultSeverity = Diagnostic.Severity.warning

  public init() {}

  private static let sectors: [Sector] = [.school, .socialServices, .healthCare, .family]

  public func check(_ map: CollaborationMap) -> [Diagnostic] {
    var first: [[Sector]: Route] = [:]
    for route in map.routes where route.channel.reachesReceiver && map.isUsable(route) {
      guard let from = map.actor(route.from)?.sector, let to = map.actor(route.to)?.sector,
        from != to, Self.sectors.contains(from), Self.sectors.contains(to),
        first[[from, to]] == nil
      else { continue }
      first[[from, to]] = route
    }
    var findings: [Diagnostic] = []
    for (index, a) in Self.sectors.enumerated() {
      for b in Self.sectors.dropFirst(index + 1) {
        let there = first[[a, b]]
        let back = first[[b, a]]
        guard let one = there ?? back, (there == nil) != (back == nil),
          let from = map.actor(one.from)?.sector, let to = map.actor(one.to)?.sector
        else { continue }
        let fromName = from.name.lowercased()
        let toName = to.name.lowercased()
        findings.append(
          finding(
            L10n.rules("one-way-collaboration.message", fromName, toName, one.id),
            at: one.source?.location(of: "from"), element: one.id,
            hint: L10n.rules("one-way-collaboration.hint", toName, fromName)))
      }
    }
    return findings
  }
}
