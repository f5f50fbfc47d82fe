/// The actors, routes and ladders of one synthetic map file while it is built.
struct MapDraft {
  /// The provision that lets a report of concern pass without consent.
  static let reportProvision = Citation.reportingDuty

  var actors: [Actor] = []
  var routes: [Route] = []
  var ladders: [EscalationLadder] = []

  mutating func add(_ actor: Actor) {
    actors.append(actor)
  }

  /// Adds a route and returns its id, for a ladder step's `escalate`.
  @discardableResult
  mutating func route(
    _ id: String, from: String, to: String, _ channel: Channel, _ sharing: InformationSharing,
    purpose: String, concerns: [Concern] = [], severities: [Severity] = [],
    response: ResponseTime? = nil
  ) -> String {
    routes.append(
      Route(
        id: id, from: from, to: to, channel: channel, purpose: purpose, concerns: concerns,
        severities: severities, sharing: sharing, response: response))
    return id
  }

  /// Adds `from`'s report of concern to social services: no consent, at once (domain.md rule 2).
  mutating func reportOfConcern(from: String, staff: String) {
    route(
      "\(from)-orosanmalan", from: from, to: SharedActor.socialServices, .reportOfConcern,
      .provision(Self.reportProvision),
      purpose: "Orosanmälan när \(staff) får kännedom om eller misstänker att ett barn far illa",
      concerns: [.harm], response: .immediately)
  }

  mutating func add(_ ladder: EscalationLadder) {
    ladders.append(ladder)
  }
}
