/// Mild (and, where the first line takes it, moderate) mental ill-health goes to the first line
/// before the specialist psychiatry (BUP).
///
/// Checks every route that is not ended from a school-sector or social-services actor to a
/// specialist mental-health actor: a health-care actor with a `mental-health` mandate, none of
/// whose mental-health mandates covers `mild` (BUP: moderate and severe). When the map also has an
/// active first-line actor for overlapping ages (health care, a mental-health mandate covering
/// `mild`, e.g. UPH or a vårdcentral), the route is flagged if its `severities` include `mild`, or
/// `moderate` where the first line covers moderate; a route for `[severe]` passes. A route that
/// states no `severities` is flagged too, asking the map to say what it is for. Routes whose
/// `concerns` leave out `mental-health`, and SIP invitations and requests (they convene the actors
/// already giving efforts rather than open a way in) are not checked.
///
/// Source: seed 000 ("första linjen är ingång vid psykisk ohälsa ... BUP:s uppdrag är att ta emot
/// och samverka kring barn och unga med allvarligare besvär"; schools and social services name BUP
/// as their primary partner); domain.md rule 5. A local rule: the split between first line and
/// BUP is the region's organisation of care, not a paragraph of law.
public struct FirstLineBeforeBUPRule: MapRule {
  public let id = "first-line-before-bup"
  public var summary: String { L10n.rules("first-line-before-bup.summary") }
  public var source: String { L10n.rules("first-line-before-bup.source") }
  public let kind = RuleKind.local
  public let defaultSeverity = Diagnostic.Severity.warning

  public init() {}

  public func check(_ map: CollaborationMap) -> [Diagnostic] {
    var findings: [Diagnostic] = []
    for route in map.routes where route.status != .ended {
      guard route.channel != .sipInvitation, route.channel != .sipRequest,
        route.concerns.isEmpty || route.concerns.contains(.mentalHealth),
        let sender = map.actor(route.from), sender.status != .ended,
        sender.sector == .school || sender.sector == .socialServices,
        let receiver = map.actor(route.to), receiver.status != .ended,
        let specialistAges = map.specialistAges(receiver)
      else { continue }
      let firstLines = Self.firstLines(in: map, overlapping: specialistAges, besides: receiver.id)
      guard let firstLine = firstLines.first else { continue }
      let covered = Set(firstLines.flatMap(\.severities)).intersection([.mild, .moderate])
      let firstLineText = L10n.rules(
        "first-line-before-bup.first-line", firstLine.actor.id, Self.list(firstLine.severities),
        firstLine.ages.name)
      let keep = covered.contains(.moderate) ? "[severe]" : "[moderate, severe]"
      let location = route.source?.location(of: "to")
      if route.severities.isEmpty {
        findings.append(
          finding(
            L10n.rules(
              "first-line-before-bup.no-severities", route.id, sender.id, receiver.id,
              firstLineText),
            at: location, element: route.id,
            hint: L10n.rules("first-line-before-bup.no-severities.hint", keep, firstLine.actor.id)
          ))
        continue
      }
      let wrong = route.severities.filter { covered.contains($0) }
      guard !wrong.isEmpty else { continue }
      findings.append(
        finding(
          L10n.rules(
            "first-line-before-bup.message", route.id, Self.list(wrong), sender.id, receiver.id,
            firstLineText),
          at: location, element: route.id,
          hint: L10n.rules(
            "first-line-before-bup.hint", Self.list(wrong), firstLine.actor.id, keep)))
    }
    return findings
  }

  /// A first-line actor and the ages and severities of its mental-health mandate.
  private struct FirstLine {
    var actor: Actor
    var ages: AgeRange
    var severities: [Severity]
  }

  /// The active first-line actors whose mild mental-health mandate overlaps one of `ages`.
  private static func firstLines(
    in map: CollaborationMap, overlapping ages: [AgeRange], besides specialist: String
  ) -> [FirstLine] {
    map.actors.filter { $0.status == .active && map.isFirstLine($0) && $0.id != specialist }
      .compactMap { actor in
        let mandate = actor.mandates.first { mandate in
          mandate.covers(.mentalHealth, severity: .mild)
            && ages.contains { $0.lower <= mandate.ages.upper && mandate.ages.lower <= $0.upper }
        }
        return mandate.map { FirstLine(actor: actor, ages: $0.ages, severities: $0.severities) }
      }
  }

  /// "lindrig", "lindrig och måttlig", ... in the order of severity.
  private static func list(_ severities: [Severity]) -> String {
    listed(Severity.allCases.filter(severities.contains).map(\.name))
  }
}
