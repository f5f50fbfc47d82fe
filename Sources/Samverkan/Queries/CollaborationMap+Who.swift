extension CollaborationMap {
  /// Answers a `WhoQuery` as a coordinator would, best first.
  ///
  /// 1. Duties: a report of concern to social services whenever harm is named, by the asker's own
  ///    report route (SoL 19 kap. 1 §, OSL 10 kap. 28 §).
  /// 2. The acute way whenever suicide, self-harm or a life in danger is named, whatever the
  ///    severity: 112, BUP's emergency entry, 1177.
  /// 3. With a SIP question, those who convene one, social services first.
  /// 4. Actors whose mandate fits: those the asker can reach by a lawful path before every one it
  ///    cannot; then by fit (more of the concerns, the severity most closely, the first line before
  ///    BUP); then by the asker's position (the next step of the ladder from where the asker
  ///    stands, the shortest path). The asker's own unit and its sub-units, the family, forums and
  ///    the acute way are never mandate answers, nor an actor already named above.
  public func whoToContact(_ query: WhoQuery) -> [WhoAnswer] {
    let asker = query.from.flatMap(actor)
    var answers = duties(for: query, asker: asker)
    if query.namesAcuteDanger { answers += acuteAnswers(for: query) }
    if query.asksForSIP { answers += sipConveners(for: query, asker: asker) }
    let named = Set(answers.map(\.actor.id))
    answers += mandateAnswers(for: query, asker: asker).filter { !named.contains($0.actor.id) }
    return answers
  }

  // MARK: - Duties

  /// The report of concern when the query names harm: from the asker's report route, or to every
  /// social-services receiver of one when nobody asks.
  private func duties(for query: WhoQuery, asker: Actor?) -> [WhoAnswer] {
    guard query.concerns.contains(.harm) else { return [] }
    let note = L10n.answers("who.note.report-duty")
    if let asker {
      let route = reportRoute(for: asker)
      let receiver =
        route.flatMap { actor($0.to) }
        ?? routes.first(where: isReportOfConcern).flatMap { actor($0.to) }
        ?? actors.first { $0.sector == .socialServices && $0.status == .active }
      guard let receiver else { return [] }
      var notes = [note]
      if route == nil {
        notes.append(
          asker.sector == .socialServices
            ? L10n.answers("who.note.social-services")
            : L10n.answers("who.note.no-report-route", asker.name))
      }
      if !mustReport(asker) {
        notes[0] = L10n.answers("who.note.report-others", Citation.reportOfConcernOthers.text)
      }
      return [
        WhoAnswer(
          actor: receiver,
          reason: .duty(law: route.map(reportProvision) ?? reportingLaw(for: asker)),
          reach: route.map { .route([$0]) } ?? .notAsked, consent: .none, nextStep: nil,
          notes: notes)
      ]
    }
    var seen: Set<String> = []
    return routes.filter(isReportOfConcern).compactMap { route -> WhoAnswer? in
      guard seen.insert(route.to).inserted, let receiver = actor(route.to) else { return nil }
      return WhoAnswer(
        actor: receiver, reason: .duty(law: reportProvision(of: route)), reach: .notAsked,
        consent: .none, nextStep: nil, notes: [note])
    }
  }

  // MARK: - The acute way

  private func acuteAnswers(for query: WhoQuery) -> [WhoAnswer] {
    acuteWay.compactMap { actor -> WhoAnswer? in
      guard let role = actor.acute else { return nil }
      if role == .emergencyEntry, let age = query.age,
        !actor.mandates.contains(where: { $0.ages.contains(age) })
      {
        return nil
      }
      let note =
        switch role {
        case .emergencyCall: L10n.answers("who.note.emergency-call")
        case .emergencyEntry: L10n.answers("who.note.emergency-entry")
        case .adviceLine: L10n.answers("who.note.advice-line")
        }
      return WhoAnswer(
        actor: actor, reason: .acute(role), reach: .notAsked, consent: .none, nextStep: nil,
        notes: [note])
    }
  }

  // MARK: - SIP

  /// Those who convene a SIP, social services first, each with the asker's route to request one.
  private func sipConveners(for query: WhoQuery, asker: Actor?) -> [WhoAnswer] {
    let senders = sipInvitations.compactMap { actor($0.from) }
    let ordered = senders.filter { $0.sector == .socialServices } + senders
    var seen: Set<String> = []
    let request = asker.flatMap(sipRequestRoute)
    return ordered.compactMap { convener -> WhoAnswer? in
      guard seen.insert(convener.id).inserted, convener.id != asker?.id else { return nil }
      var notes = [L10n.answers("who.note.sip-consent")]
      if let asker, asker.sector == .school, !mayConveneSIP(asker) {
        notes.append(L10n.answers("who.note.sip-school"))
      }
      let reach: WhoAnswer.Reach =
        if let request, request.to == convener.id { .route([request]) } else { .notAsked }
      return WhoAnswer(
        actor: convener, reason: .convenesSIP, reach: reach,
        consent: ConsentNeed.forConsentRoute(
          between: [ConfidentialityDomain(of: convener)].compactMap { $0 }, age: query.age),
        nextStep: nil, notes: notes)
    }
  }

  // MARK: - Mandates

  private func mandateAnswers(for query: WhoQuery, asker: Actor?) -> [WhoAnswer] {
    let excluded = asker.map { ownUnit(of: $0) } ?? []
    let ladder = ladders.first { query.concerns.contains($0.concern) }
    var candidates: [(actor: Actor, mandate: Mandate, fit: [Int], position: Int)] = []
    for (position, actor) in actors.enumerated()
    where actor.status == .active && actor.sector != .family && actor.kind != .forum
      && actor.acute == nil && !excluded.contains(actor.id)
    {
      let fitting = actor.mandates.filter { mandate in
        query.concerns.contains { mandate.covers($0, severity: query.severity, age: query.age) }
      }
      guard
        let best = fitting.min(by: { fit($0, query).lexicographicallyPrecedes(fit($1, query)) })
      else { continue }
      let covered = query.concerns.filter { concern in
        fitting.contains { $0.concerns.contains(concern) }
      }
      let firstNamed = query.concerns.first.map(covered.contains) == true ? 0 : 1
      candidates.append((actor, best, [firstNamed, -covered.count] + fit(best, query), position))
    }
    let paths =
      asker.map { asker in
        bestPaths(from: asker.id, to: candidates.map(\.actor.id)) {
          $0.channel.reachesReceiver && query.canTake($0)
        }
      } ?? [:]
    let askerStep = asker.flatMap { ladderPosition(of: $0, on: ladder) }
    let ranked = candidates.map { candidate -> (answer: WhoAnswer, key: [Int]) in
      let path = paths[candidate.actor.id]
      let reach: WhoAnswer.Reach
      let isAbove = asker.map { ancestry(of: $0).contains { $0.id == candidate.actor.id } } ?? false
      if asker == nil {
        reach = .notAsked
      } else if isAbove {
        reach = .ownOrganisation
      } else if let path {
        reach = .route(path)
      } else {
        let senders = routes(to: candidate.actor.id).filter {
          $0.channel.reachesReceiver && isUsable($0)
        }.compactMap { actor($0.from) }
        reach = senders.isEmpty ? .noRoute : .through(senders)
      }
      let step = ladderPosition(of: candidate.actor, on: ladder, after: askerStep)
      let ahead = step.map { step in askerStep.map { step > $0 ? step - $0 : 50 + step } ?? step }
      let answer = WhoAnswer(
        actor: candidate.actor, reason: .mandate(candidate.mandate), reach: reach,
        consent: isAbove
          ? .none
          : path.map { consentNeed(for: $0, age: query.age) }
            ?? ConsentNeed.forConsentRoute(
              between: [ConfidentialityDomain(of: candidate.actor)].compactMap { $0 },
              age: query.age),
        nextStep: nextStep(after: candidate.actor.id, on: ladder),
        notes: notes(for: candidate.actor, query))
      let unreachable = asker != nil && path == nil && !isAbove ? 1 : 0
      return (
        answer,
        [unreachable] + candidate.fit
          + [ahead ?? 100, isAbove ? 1 : path?.count ?? 1_000, candidate.position]
      )
    }
    return ranked.sorted { $0.key.lexicographicallyPrecedes($1.key) }.map(\.answer)
  }

  /// How closely a mandate fits a query, smaller first: the fewer severities it spans beyond the
  /// one asked, then the lowest severity it takes (at `moderate` the first line before BUP).
  private func fit(_ mandate: Mandate, _ query: WhoQuery) -> [Int] {
    let span = query.severity == nil ? 0 : mandate.severities.count
    let lowest = mandate.severities.min().flatMap { Severity.allCases.firstIndex(of: $0) } ?? 0
    return [span, lowest]
  }

  /// The 1-based step of the ladder whose actor is the actor or a unit it belongs to.
  /// The 1-based step of the ladder whose actor is the actor (else a unit it belongs to): the
  /// first after `after` where it has several, else its first.
  private func ladderPosition(
    of actor: Actor, on ladder: EscalationLadder?, after: Int? = nil
  ) -> Int? {
    guard let ladder else { return nil }
    let chain = ancestry(of: actor).map(\.id)
    var steps = ladder.steps.indices.filter { ladder.steps[$0].actor == actor.id }.map { $0 + 1 }
    if steps.isEmpty {
      steps = ladder.steps.indices.filter { chain.contains(ladder.steps[$0].actor) }.map { $0 + 1 }
    }
    return steps.first { $0 > after ?? 0 } ?? steps.first
  }

  private func nextStep(after actorID: String, on ladder: EscalationLadder?)
    -> EscalationLadder.Step?
  {
    guard let ladder, let index = ladder.steps.firstIndex(where: { $0.actor == actorID }),
      index + 1 < ladder.steps.count
    else { return nil }
    return ladder.steps[index + 1]
  }

  private func notes(for actor: Actor, _ query: WhoQuery) -> [String] {
    var notes: [String] = []
    if ancestry(of: actor).allSatisfy({ $0.contact == nil }) {
      notes.append(L10n.answers("who.note.no-contact"))
    }
    if query.severity == .severe, actor.sector == .healthCare,
      query.concerns.contains(where: { $0 == .suicideRisk || $0 == .mentalHealth })
    {
      notes.append(L10n.answers("who.note.life-danger"))
    }
    return notes
  }
}
