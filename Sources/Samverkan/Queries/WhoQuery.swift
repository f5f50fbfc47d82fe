/// "Who do I contact for this?": a concern, and optionally who asks, the pupil's age and severity.
public struct WhoQuery: Sendable, Hashable {
  public var concerns: [Concern]
  /// The actor asking; answers then come with the routes from it.
  public var from: String?
  public var age: Int?
  public var severity: Severity?
  /// The question is who convenes a SIP (samordnad individuell plan).
  public var asksForSIP: Bool

  public init(
    concerns: [Concern], from: String? = nil, age: Int? = nil, severity: Severity? = nil,
    asksForSIP: Bool = false
  ) {
    self.concerns = concerns
    self.from = from
    self.age = age
    self.severity = severity
    self.asksForSIP = asksForSIP
  }
}

extension WhoQuery {
  /// Whether a route can carry this question: it opens a contact (not a report of concern, a
  /// notice or a SIP call), and where it says which concerns and severities it is for, they fit.
  func canTake(_ route: Route) -> Bool {
    route.channel.opensContact
      && (route.concerns.isEmpty || route.concerns.contains(where: concerns.contains))
      && (route.severities.isEmpty || severity.map(route.severities.contains) ?? true)
  }
}

/// One answer to a `WhoQuery`: whom to contact, why they are the one, and how to get there.
public struct WhoAnswer: Sendable, Hashable {
  /// Why this answer is given.
  public enum Reason: Sendable, Hashable {
    /// A duty that must not wait: a report of concern when a child may be harmed.
    case duty(law: String)
    /// The actor's mandate covers the concern.
    case mandate(Mandate)
    /// The actor convenes a SIP, always with consent (SoL 2 kap. 7 §, HSL 16 kap. 4 §).
    case convenesSIP
  }

  public var actor: Actor
  public var reason: Reason
  /// The routes from the asking actor, if one was given and routes that can carry the question
  /// lead there (see `WhoQuery.canTake`).
  public var path: [Route]?
  /// The ladder step after this actor's, for the first ladder of a query concern.
  public var nextStep: EscalationLadder.Step?
  /// Notes a person must not miss, e.g. that BUP takes acute cases the same day.
  public var notes: [String]
}

extension CollaborationMap {
  /// Answers a `WhoQuery`, best first: duties first (a report of concern when harm is suspected),
  /// then actors whose mandate fits the severity most closely (the first line before BUP for mild
  /// concerns, BUP before pupil health for severe ones), then those covering more of the concerns,
  /// then those nearest the asking actor.
  public func whoToContact(_ query: WhoQuery) -> [WhoAnswer] {
    let reachable = query.from.map { shortestPaths(from: $0, following: query.canTake) }
    var answers = duties(for: query)
    if query.asksForSIP { answers += sipConveners(for: query) }
    let ladder = ladders.first { query.concerns.contains($0.concern) }
    var ranked: [(answer: WhoAnswer, key: [Int])] = []
    for (position, actor) in actors.enumerated()
    where actor.status == .active && actor.id != query.from {
      let fitting = actor.mandates.filter { mandate in
        query.concerns.contains { mandate.covers($0, severity: query.severity, age: query.age) }
      }
      guard
        let best = fitting.min(by: { specificity($0, query) < specificity($1, query) })
      else { continue }
      let path = reachable?[actor.id]
      let covered = query.concerns.filter { concern in
        fitting.contains { $0.concerns.contains(concern) }
      }
      let answer = WhoAnswer(
        actor: actor, reason: .mandate(best), path: path,
        nextStep: nextStep(after: actor.id, on: ladder),
        notes: notes(for: actor, query))
      // Lowest severity first breaks ties: at `moderate` the first line comes before BUP.
      let lowest = best.severities.min().map { Severity.allCases.firstIndex(of: $0) ?? 0 } ?? 0
      ranked.append(
        (
          answer,
          [specificity(best, query), lowest, -covered.count, path?.count ?? 1_000, position]
        ))
    }
    answers += ranked.sorted { $0.key.lexicographicallyPrecedes($1.key) }.map(\.answer)
    return answers
  }

  /// How closely a mandate fits: the fewer severities it spans beyond the one asked, the better.
  private func specificity(_ mandate: Mandate, _ query: WhoQuery) -> Int {
    query.severity == nil ? 0 : mandate.severities.count
  }

  /// A report of concern to social services when the query names harm: it comes first, needs no
  /// consent and waits for no ladder (SoL 14 kap. 1 §, OSL 10 kap. 28 §).
  private func duties(for query: WhoQuery) -> [WhoAnswer] {
    guard query.concerns.contains(.harm) else { return [] }
    let reports = routes.filter { $0.channel == .reportOfConcern && isUsable($0) }
    let senders = query.from.map { from in
      [from] + (actor(from).map { ancestry(of: $0).dropFirst().map(\.id) } ?? [])
    }
    let chosen = reports.filter { senders?.contains($0.from) ?? true }
    var seen: Set<String> = []
    return chosen.compactMap { route -> WhoAnswer? in
      guard seen.insert(route.to).inserted, let receiver = actor(route.to) else { return nil }
      let law: String
      if case .provision(let provision) = route.sharing {
        law = provision
      } else {
        law = "SoL 14 kap. 1 §, OSL 10 kap. 28 §"
      }
      return WhoAnswer(
        actor: receiver, reason: .duty(law: law), path: senders == nil ? nil : [route],
        nextStep: nil,
        notes: [
          "Report at once when you know of or suspect that a child is harmed: the duty is "
            + "personal, needs no consent and never waits for a step of the ladder."
        ])
    }
  }

  /// The actors that convene a SIP, social services first: the senders of SIP invitations, with
  /// the asking actor's route to request one. A school convenes only where the map's local
  /// agreement says it may (seed 002: "vi får inte kalla").
  private func sipConveners(for query: WhoQuery) -> [WhoAnswer] {
    let invitations = routes.filter { $0.channel == .sipInvitation && isUsable($0) }
    let senders = invitations.compactMap { actor($0.from) }.filter { sender in
      sender.sector == .socialServices || sender.sector == .healthCare
        || (sender.sector == .school && agreements.schoolMayConveneSIP == true)
    }
    var seen: Set<String> = []
    let ordered = senders.filter { $0.sector == .socialServices } + senders
    return ordered.compactMap { convener -> WhoAnswer? in
      guard seen.insert(convener.id).inserted, convener.id != query.from else { return nil }
      let request = query.from.flatMap { from in
        routes(from: from).first { $0.to == convener.id && $0.channel == .sipRequest }
      }
      var notes = [
        "A SIP needs the guardians' consent and is never set up against their will."
      ]
      if let from = query.from, let asker = actor(from), asker.sector == .school,
        agreements.schoolMayConveneSIP != true
      {
        notes.append("The school may request a SIP and take part, but not convene one here.")
      }
      return WhoAnswer(
        actor: convener, reason: .convenesSIP, path: request.map { [$0] }, nextStep: nil,
        notes: notes)
    }
  }

  private func nextStep(after actorID: String, on ladder: EscalationLadder?) -> EscalationLadder
    .Step?
  {
    guard let ladder, let index = ladder.steps.firstIndex(where: { $0.actor == actorID }),
      index + 1 < ladder.steps.count
    else { return nil }
    return ladder.steps[index + 1]
  }

  private func notes(for actor: Actor, _ query: WhoQuery) -> [String] {
    var notes: [String] = []
    if actor.contact == nil { notes.append("The map names no contact point for this actor.") }
    if query.severity == .severe,
      query.concerns.contains(where: { $0 == .suicideRisk || $0 == .mentalHealth }),
      actor.sector == .healthCare
    {
      notes.append("If a life is in danger, call 112.")
    }
    return notes
  }
}
