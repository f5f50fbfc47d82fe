/// Walks a fictitious case through a map's escalation ladder. Pure and deterministic.
///
///     let walk = CaseWalker(map: map).walk(pupil)   // or map.walk(pupil)
public struct CaseWalker: Sendable {
  public var map: CollaborationMap

  public init(map: CollaborationMap) {
    self.map = map
  }

  /// The ladder a case climbs: the one it names, else the map's first ladder whose concern is
  /// among the case's concerns, else the map's first ladder.
  public func ladder(for pupil: FictitiousCase) -> EscalationLadder? {
    chooseLadder(for: pupil)?.ladder
  }

  /// Walks the case step by step until it reaches the last step or stalls.
  public func walk(_ pupil: FictitiousCase) -> CaseWalk {
    let mapReference = CaseWalk.MapReference(id: map.id, name: map.name)
    var caseGaps = gaps(for: pupil)
    guard let (ladder, choice) = chooseLadder(for: pupil) else {
      let message =
        pupil.ladder.map { L10n.cases("case.gap.no-ladder.named", $0) }
        ?? L10n.cases("case.gap.no-ladder")
      caseGaps.insert(
        CaseWalk.Gap(kind: .noLadder, element: pupil.ladder, message: message), at: 0)
      return CaseWalk(
        pupil: pupil, map: mapReference, ladder: nil, steps: [], notReached: [], gaps: caseGaps,
        outcome: .init(
          result: .noLadder, step: nil, reason: nil,
          summary: L10n.cases("case.outcome.not-walked", message)))
    }
    let ladderReference = CaseWalk.LadderReference(
      id: ladder.id, name: ladder.name, concern: ladder.concern, chosen: choice)
    var state = WalkState()
    var steps: [CaseWalk.Step] = []
    var unneeded: EscalationLadder.Step?
    for (index, step) in ladder.steps.enumerated() {
      var next = ladder.steps.indices.contains(index + 1) ? ladder.steps[index + 1] : nil
      if let candidate = next, !admits(candidate, pupil) {
        unneeded = candidate
        next = nil
      }
      let walked = walkStep(
        step, number: index + 1, next: next, ladder: ladder, pupil: pupil, state: &state)
      steps.append(walked)
      if walked.stall != nil || unneeded != nil { break }
    }
    let notReached = ladder.steps.enumerated().dropFirst(steps.count).map { index, step in
      CaseWalk.StepReference(number: index + 1, id: step.id, name: step.name)
    }
    var report: CaseWalk.ReportOfConcern?
    if pupil.harmSuspected, let first = steps.first.flatMap({ map.actor($0.actor.id) }) {
      let (note, reportGaps) = reportOfConcern(by: first)
      report = note
      caseGaps += reportGaps
    }
    let needsMet = steps.last?.stall == nil ? unneeded : nil
    return CaseWalk(
      pupil: pupil, map: mapReference, ladder: ladderReference, steps: steps,
      notReached: notReached, gaps: caseGaps, reportOfConcern: report,
      contacts: contacts(for: pupil, on: ladder),
      outcome: outcome(of: steps, pupil: pupil, report: report, needsMetBefore: needsMet))
  }

  /// Whether the case has what a step is for (`EscalationLadder.Step.admits`).
  private func admits(_ step: EscalationLadder.Step, _ pupil: FictitiousCase) -> Bool {
    step.admits(
      severity: pupil.severity, highestAbsence: pupil.absence.map(\.percent).max(),
      harmSuspected: pupil.harmSuspected)
  }

  /// For each of the case's concerns beyond the ladder's, the first answer `who` gives from the
  /// school where the case starts (the acute way, or the first reachable mandate).
  private func contacts(for pupil: FictitiousCase, on ladder: EscalationLadder) -> [CaseWalk
    .Contact]
  {
    let school =
      ladder.steps.lazy.compactMap { self.map.actor($0.actor) }.first { $0.sector == .school }
      ?? ladder.steps.first.flatMap { map.actor($0.actor) }
    guard let school else { return [] }
    return pupil.concerns.filter { $0 != ladder.concern && $0 != .harm }.compactMap { concern in
      let answers = map.whoToContact(
        WhoQuery(concerns: [concern], from: school.id, age: pupil.age, severity: pupil.severity))
      let chosen =
        answers.first { if case .acute = $0.reason { true } else { false } }
        ?? answers.first { $0.isReachable == true } ?? answers.first
      guard let chosen else { return nil }
      let kind =
        switch chosen.reason {
        case .duty: "duty"
        case .acute: "acute"
        case .mandate: "mandate"
        case .convenesSIP: "sip"
        }
      let actor = reference(chosen.actor)
      let path = chosen.path ?? []
      let hops = path.map {
        L10n.cases("case.contact.hop", $0.channel.name, reference($0.to).name)
      }
      let way =
        hops.isEmpty ? "" : L10n.cases("case.contact.route", hops.joined(separator: ", "))
      return CaseWalk.Contact(
        concern: concern, actor: actor, kind: kind, route: path.map(\.id),
        consent: chosen.consent, explanation: "\(actor.name)\(way); \(chosen.consent.name)")
    }
  }

  // MARK: - Ladder and case-level gaps

  private func chooseLadder(
    for pupil: FictitiousCase
  ) -> (ladder: EscalationLadder, choice: CaseWalk.LadderReference.Choice)? {
    if let id = pupil.ladder {
      return map.ladders.first { $0.id == id }.map { ($0, .named) }
    }
    if let ladder = map.ladders.first(where: { pupil.concerns.contains($0.concern) }) {
      return (ladder, .concern)
    }
    return map.ladders.first.map { ($0, .first) }
  }

  /// What the map lacks for the case as a whole: mandates for its concerns and the first line.
  private func gaps(for pupil: FictitiousCase) -> [CaseWalk.Gap] {
    var gaps: [CaseWalk.Gap] = []
    for concern in pupil.concerns
    where map.mandateHolders(for: concern, severity: pupil.severity, age: pupil.age).isEmpty {
      gaps.append(
        CaseWalk.Gap(
          kind: .noMandateHolder, element: nil,
          message: L10n.cases(
            "case.gap.no-mandate-holder", concern.name, pupil.severity.name, age(pupil))))
    }
    if pupil.concerns.contains(.mentalHealth), pupil.severity != .severe {
      let firstLine = map.mandateHolders(
        for: .mentalHealth, severity: pupil.severity, age: pupil.age
      ).filter { map.isFirstLine($0.actor) }
      if firstLine.isEmpty {
        gaps.append(
          CaseWalk.Gap(
            kind: .noFirstLine, element: nil,
            message: L10n.cases("case.gap.no-first-line", pupil.severity.name, age(pupil))))
      }
    }
    return gaps
  }

  // MARK: - One step

  /// What the walk has seen so far: the actors of the steps reached and every actor in reach.
  private struct WalkState {
    var inReach: [Actor] = []
    var inReachIDs: Set<String> = []

    mutating func add(_ actors: [Actor]) {
      for actor in actors where inReachIDs.insert(actor.id).inserted { inReach.append(actor) }
    }
  }

  private func walkStep(
    _ step: EscalationLadder.Step, number: Int, next: EscalationLadder.Step?,
    ladder: EscalationLadder, pupil: FictitiousCase, state: inout WalkState
  ) -> CaseWalk.Step {
    var gaps: [CaseWalk.Gap] = []
    var stall: CaseWalk.Stall?
    func stop(_ reason: CaseWalk.Stall.Reason, route: String? = nil, _ explanation: String) {
      guard stall == nil else { return }
      stall = CaseWalk.Stall(reason: reason, route: route, explanation: explanation)
    }
    let actor = map.actor(step.actor)
    let mandate =
      actor.map { mandateCheck($0, ladder: ladder, pupil: pupil) }
      ?? CaseWalk.MandateCheck(
        covered: false, basis: nil, description: nil,
        concerns: pupil.concerns.map { CaseWalk.ConcernCoverage(concern: $0, basis: nil) })
    if let actor {
      if actor.status != .active {
        let message = L10n.cases(
          "case.gap.actor-not-in-place", actor.name, actor.id, actor.status.name)
        gaps.append(.init(kind: .actorNotInPlace, element: actor.id, message: message))
        stop(.actorNotInPlace, L10n.cases("case.stall.actor-not-in-place", message))
      }
      if !mandate.covered {
        let concerns = checkedConcerns(ladder: ladder, pupil: pupil).map(\.name)
        let message = L10n.cases(
          "case.gap.no-mandate", actor.name, actor.id, alternatives(concerns),
          pupil.severity.name, age(pupil))
        gaps.append(.init(kind: .noMandate, element: actor.id, message: message))
        stop(.noMandate, L10n.cases("case.stall.no-mandate", message))
      }
      state.add(reach(from: actor))
    } else {
      let message = L10n.cases("case.gap.unknown-actor", step.name, step.id, step.actor)
      gaps.append(.init(kind: .unknownActor, element: step.actor, message: message))
      stop(.unknownActor, L10n.cases("case.stall.unknown-actor", message))
    }

    var escalation: CaseWalk.Escalation?
    if let next {
      if let routeID = step.escalate {
        if let route = map.route(routeID) {
          let built = self.escalation(route, pupil: pupil)
          escalation = built
          if !map.isUsable(route) {
            let message = L10n.cases("case.gap.route-not-in-use", route.id)
            gaps.append(.init(kind: .routeNotInUse, element: route.id, message: message))
            stop(
              .routeNotInUse, route: route.id, L10n.cases("case.stall.cannot-move-on", message))
          }
          if route.to != next.actor {
            gaps.append(
              .init(
                kind: .routeLeadsElsewhere, element: route.id,
                message: L10n.cases(
                  "case.gap.route-leads-elsewhere", route.id, built.to.name, route.to,
                  reference(next.actor).name, next.actor)))
          }
          if let target = map.actor(route.to), target.contact.flatMap(describe) == nil {
            let fallback =
              built.to.contact.map { L10n.cases("case.gap.no-contact-point.fallback", $0) } ?? ""
            gaps.append(
              .init(
                kind: .noContactPoint, element: route.to,
                message: L10n.cases(
                  "case.gap.no-contact-point", built.to.name, route.to, fallback)))
          }
          if !built.sharing.passes {
            stop(
              .noConsent, route: route.id, noConsentExplanation(route, to: built.to, pupil: pupil))
          }
        } else {
          let message = L10n.cases("case.gap.unknown-route", step.name, step.id, routeID)
          gaps.append(.init(kind: .unknownRoute, element: routeID, message: message))
          stop(.unknownRoute, route: routeID, L10n.cases("case.stall.cannot-move-on", message))
        }
      } else {
        let message = L10n.cases(
          "case.gap.no-route-onward", step.name, step.id, reference(next.actor).name, next.actor)
        gaps.append(.init(kind: .noRouteOnward, element: step.id, message: message))
        stop(.noRouteOnward, L10n.cases("case.stall.no-route-onward", message))
      }
    }

    var sip: CaseWalk.SIPNote?
    if let actor {
      let (note, sipGaps) = sipNote(at: actor, inReach: state.inReach, pupil: pupil)
      sip = note
      gaps += sipGaps
    }
    return CaseWalk.Step(
      number: number, id: step.id, name: step.name, trigger: step.trigger,
      actor: actor.map(reference) ?? .init(id: step.actor, name: step.actor),
      mandate: mandate, escalation: escalation, sip: sip, stall: stall,
      gaps: gaps)
  }

  // MARK: - Mandates

  /// The concerns a step's actor must answer for: the ladder's, or the case's own when the case
  /// lacks the ladder's concern.
  private func checkedConcerns(ladder: EscalationLadder, pupil: FictitiousCase) -> [Concern] {
    pupil.concerns.contains(ladder.concern) ? [ladder.concern] : pupil.concerns
  }

  private func mandateCheck(
    _ actor: Actor, ladder: EscalationLadder, pupil: FictitiousCase
  ) -> CaseWalk.MandateCheck {
    func mandate(for concern: Concern) -> Mandate? {
      actor.mandates.first { $0.covers(concern, severity: pupil.severity, age: pupil.age) }
    }
    let covering = checkedConcerns(ladder: ladder, pupil: pupil).lazy.compactMap(mandate).first
    return CaseWalk.MandateCheck(
      covered: covering != nil, basis: covering?.basis, description: covering?.description,
      concerns: pupil.concerns.map { .init(concern: $0, basis: mandate(for: $0)?.basis) })
  }

  // MARK: - Routes and sharing

  private func escalation(_ route: Route, pupil: FictitiousCase) -> CaseWalk.Escalation {
    CaseWalk.Escalation(
      route: route.id, channel: route.channel, purpose: route.purpose,
      from: reference(route.from), to: reference(route.to), status: route.status,
      response: route.response, sharing: sharing(route, pupil: pupil))
  }

  private func sharing(_ route: Route, pupil: FictitiousCase) -> CaseWalk.Sharing {
    let need = map.consentNeed(for: route, age: pupil.age)
    switch route.sharing {
    case .notApplicable:
      return .init(
        basis: .notApplicable, provision: nil, consent: need, passes: true,
        explanation: L10n.cases("case.sharing.not-applicable"))
    case .provision(let law):
      return .init(
        basis: .provision, provision: law, consent: need, passes: true,
        explanation: L10n.cases("case.sharing.provision", law))
    case .consentRequired:
      let passes = need.isMet(guardians: pupil.consent, pupil: pupil.pupilConsent)
      let given = passes ? consentGiven(need, pupil) : consentMissing(need)
      return .init(
        basis: .consent, provision: nil, consent: need, passes: passes,
        explanation: L10n.cases("case.sharing.consent", given, Citation.consent))
    }
  }

  /// "får lämnas med vårdnadshavarnas samtycke", "... med elevens eget samtycke".
  private func consentGiven(_ need: ConsentNeed, _ pupil: FictitiousCase) -> String {
    switch need {
    case .pupil: L10n.cases("case.consent.given.pupil")
    case .guardiansOrPupil where !pupil.consent:
      L10n.cases("case.consent.given.mature-pupil", String(pupil.age))
    default: L10n.cases("case.consent.given.guardians")
    }
  }

  /// "kräver vårdnadshavarnas samtycke, som de inte har gett", ...
  private func consentMissing(_ need: ConsentNeed) -> String {
    switch need {
    case .pupil: L10n.cases("case.consent.missing.pupil")
    case .guardiansOrPupil: L10n.cases("case.consent.missing.guardians-or-pupil")
    default: L10n.cases("case.consent.missing.guardians")
    }
  }

  private func noConsentExplanation(
    _ route: Route, to: CaseWalk.ActorReference, pupil: FictitiousCase
  ) -> String {
    let need = map.consentNeed(for: route, age: pupil.age)
    var text = L10n.cases(
      "case.stall.no-consent", to.name, route.channel.name, consentMissing(need))
    if to.sector == .socialServices {
      text += L10n.cases("case.stall.no-consent.social-services")
    }
    return text
  }

  // MARK: - Report of concern

  private func reportOfConcern(
    by actor: Actor
  ) -> (CaseWalk.ReportOfConcern, [CaseWalk.Gap]) {
    let reporter = reference(actor)
    switch actor.sector {
    case .socialServices:
      return (
        .init(
          reporter: reporter, route: nil, to: nil, provision: Citation.reportingDuty,
          consentNeeded: false,
          explanation: L10n.cases("case.report.social-services", actor.name)),
        []
      )
    case .family:
      return (
        .init(
          reporter: reporter, route: nil, to: nil, provision: Citation.reportingDuty,
          consentNeeded: false,
          explanation: L10n.cases("case.report.family")),
        []
      )
    case .school, .healthCare, .other:
      break
    }
    guard let route = map.reportRoute(for: actor) else {
      let gap = CaseWalk.Gap(
        kind: .noReportRoute, element: actor.id,
        message: L10n.cases("case.gap.no-report-route", actor.name, actor.id))
      return (
        .init(
          reporter: reporter, route: nil, to: nil, provision: Citation.reportingDuty,
          consentNeeded: false,
          explanation: L10n.cases("case.report.no-route", actor.name, Citation.reportingDuty)),
        [gap]
      )
    }
    var gaps: [CaseWalk.Gap] = []
    let provision = map.reportProvision(of: route)
    if route.sharing == .consentRequired {
      gaps.append(
        .init(
          kind: .reportNeedsConsent, element: route.id,
          message: L10n.cases(
            "case.gap.report-needs-consent", route.id, Citation.reportingDuty)))
    }
    let to = reference(route.to)
    let via =
      route.from == actor.id ? "" : L10n.cases("case.report.via", reference(route.from).name)
    let reach =
      (to.contact.map { L10n.cases("case.report.contact", $0) } ?? "")
      + (route.response.map { L10n.cases("case.step.response", $0.walkText) } ?? "")
    return (
      .init(
        reporter: reporter, route: route.id, to: to, provision: provision, consentNeeded: false,
        explanation: L10n.cases(
          "case.report.route", actor.name, to.name, via, reach, provision)),
      gaps
    )
  }

  // MARK: - SIP

  /// Actors in reach of a step's actor: itself, the units it belongs to, and where their usable
  /// routes lead.
  private func reach(from actor: Actor) -> [Actor] {
    let chain = map.ancestry(of: actor)
    let targets = chain.flatMap { member in
      map.routes(from: member.id).filter { map.isUsable($0) }.compactMap { map.actor($0.to) }
    }
    return (chain + targets).filter { $0.status == .active }
  }

  /// Whether the actor, or a unit it belongs to, has a mandate for one of the case's concerns.
  private func isRelevant(_ actor: Actor, to pupil: FictitiousCase) -> Bool {
    map.ancestry(of: actor).contains { member in
      member.mandates.contains { mandate in
        pupil.concerns.contains { mandate.covers($0, severity: pupil.severity, age: pupil.age) }
      }
    }
  }

  private func sipNote(
    at actor: Actor, inReach: [Actor], pupil: FictitiousCase
  ) -> (CaseWalk.SIPNote?, [CaseWalk.Gap]) {
    let relevant = inReach.filter { isRelevant($0, to: pupil) }
    let social = relevant.filter { $0.sector == .socialServices }
    let health = relevant.filter { $0.sector == .healthCare }
    guard !social.isEmpty, !health.isEmpty else { return (nil, []) }
    var gaps: [CaseWalk.Gap] = []
    var convenors: [CaseWalk.Convenor] = []
    for (members, counterpart, missing) in [
      (social, health, L10n.cases("case.gap.no-sip-convenor.social-services", Citation.sip.text)),
      (health, social, L10n.cases("case.gap.no-sip-convenor.health-care", Citation.sip.text)),
    ] {
      let found = members.compactMap { convenor(for: $0, towards: counterpart) }
      if found.isEmpty {
        gaps.append(.init(kind: .noSIPConvenor, element: members.first?.id, message: missing))
      }
      for item in found where !convenors.contains(where: { $0.actor.id == item.actor.id }) {
        convenors.append(item)
      }
    }
    let schoolActors = ([actor] + inReach).filter { $0.sector == .school }
    let mayConvene = schoolActors.first.map(map.mayConveneSIP) ?? false
    let requestRoute = schoolActors.lazy.compactMap(map.sipRequestRoute).first
    if !mayConvene, requestRoute == nil, !schoolActors.isEmpty {
      gaps.append(
        .init(
          kind: .noSIPRequestRoute, element: schoolActors.first?.id,
          message: L10n.cases("case.gap.no-sip-request-route")))
    }
    var text: String
    if convenors.isEmpty {
      text = L10n.cases("case.sip.no-convenor")
    } else {
      text = L10n.cases(
        "case.sip.convenors", alternatives(convenors.map(\.actor.name)), Citation.sip.text)
    }
    if !schoolActors.isEmpty {
      if mayConvene {
        text += L10n.cases("case.sip.school-may")
      } else {
        let flag =
          map.agreements.schoolMayConveneSIP == nil
          ? L10n.cases("case.sip.no-agreement") : "school-may-convene-sip: false"
        text += L10n.cases("case.sip.school-may-not", flag)
        text +=
          requestRoute.map {
            L10n.cases("case.sip.request", reference($0.to).name, $0.channel.name)
          } ?? ""
      }
    }
    let need = ConsentNeed.forConsentRoute(between: [.socialServices, .healthCare], age: pupil.age)
    let consented = need.isMet(guardians: pupil.consent, pupil: pupil.pupilConsent)
    if !consented {
      text += L10n.cases("case.sip.no-consent")
    }
    let note = CaseWalk.SIPNote(
      convenors: convenors, schoolMayConvene: mayConvene, schoolRequestRoute: requestRoute?.id,
      consentNeeded: true, blockedByMissingConsent: !consented, explanation: text)
    return (note, gaps)
  }

  /// The nearest of the actor and the units it belongs to that has a usable SIP invitation route,
  /// preferring one that leads to `counterpart` (or a unit they belong to).
  private func convenor(for actor: Actor, towards counterpart: [Actor]) -> CaseWalk.Convenor? {
    let targets = Set(counterpart.flatMap { map.ancestry(of: $0).map(\.id) })
    return map.sipInvitation(from: actor, towards: targets).map {
      .init(actor: reference($0.from), route: $0.id)
    }
  }

  // MARK: - Outcome

  private func outcome(
    of steps: [CaseWalk.Step], pupil: FictitiousCase, report: CaseWalk.ReportOfConcern?,
    needsMetBefore unneeded: EscalationLadder.Step?
  ) -> CaseWalk.Outcome {
    guard let last = steps.last else {
      return .init(
        result: .noLadder, step: nil, reason: nil, summary: L10n.cases("case.outcome.no-steps"))
    }
    let reference = CaseWalk.StepReference(number: last.number, id: last.id, name: last.name)
    var summary: String
    let result: CaseWalk.Outcome.Result
    let number = String(last.number)
    if let stall = last.stall {
      result = .stalled
      summary = L10n.cases("case.outcome.stalled", number, last.name, stall.explanation)
    } else if let unneeded {
      result = .needsMet
      summary = L10n.cases(
        "case.outcome.needs-met", number, last.name, last.actor.name, unneeded.name,
        whatItIsFor(unneeded))
    } else {
      result = .reachedLastStep
      summary = L10n.cases("case.outcome.last-step", number, last.name, last.actor.name)
    }
    if let report {
      summary += L10n.cases(
        "case.outcome.report", report.to?.name ?? L10n.cases("case.social-services"),
        report.provision)
      if result == .stalled {
        summary += L10n.cases("case.outcome.report-stalled")
      }
    }
    return .init(result: result, step: reference, reason: last.stall?.reason, summary: summary)
  }

  /// "gäller svårighetsgrad allvarlig", "gäller från 15 % frånvaro under en vecka", "är
  /// myndighetsutövning …", joined with "och".
  private func whatItIsFor(_ step: EscalationLadder.Step) -> String {
    var parts: [String] = []
    if let severities = step.entry?.severities, !severities.isEmpty {
      parts.append(L10n.cases("case.next.severities", alternatives(severities.map(\.name))))
    }
    if let percent = step.entry?.absencePercent {
      parts.append(L10n.cases("case.next.absence", String(percent)))
    }
    if step.authority {
      parts.append(L10n.cases("case.next.authority"))
    }
    return parts.isEmpty
      ? L10n.cases("case.next.other") : parts.joined(separator: " \(L10n.cases("case.and")) ")
  }

  // MARK: - Words

  /// "a, b or c" in the current language.
  private func alternatives(_ items: [String]) -> String {
    items.joined(separator: " \(L10n.cases("case.or")) ")
  }

  /// "13 år", "age 13".
  private func age(_ pupil: FictitiousCase) -> String {
    L10n.values("age", String(pupil.age))
  }

  // MARK: - Actors

  private func reference(_ id: String) -> CaseWalk.ActorReference {
    map.actor(id).map(reference) ?? .init(id: id, name: id)
  }

  private func reference(_ actor: Actor) -> CaseWalk.ActorReference {
    let chain = map.ancestry(of: actor)
    let contact = chain.lazy.compactMap { member in
      member.contact.flatMap(self.describe).map { text in
        member.id == actor.id ? text : L10n.cases("case.contact.via-unit", text, member.name)
      }
    }.first
    return .init(id: actor.id, name: actor.name, sector: actor.sector, contact: contact)
  }

  private func describe(_ contact: ContactPoint) -> String? {
    let reach = [contact.phone, contact.email, contact.webForm ?? contact.url].compactMap { $0 }
    switch (contact.role, reach.isEmpty) {
    case (let role?, true): return role
    case (let role?, false): return "\(role) (\(reach.joined(separator: ", ")))"
    case (nil, false): return reach.joined(separator: ", ")
    case (nil, true): return nil
    }
  }
}

extension CaseWalk.ActorReference {
  init(id: String, name: String) {
    self.init(id: id, name: name, sector: nil, contact: nil)
  }
}

extension CollaborationMap {
  /// Walks a fictitious case through this map's escalation ladder: who acts, what they may
  /// share with whom and on what basis, where a SIP can be convened, where the case stalls and
  /// what the map lacks.
  ///
  ///     let walk = map.walk(try CaseLoader().load("Examples/cases/angest-13.yaml", for: map))
  public func walk(_ pupil: FictitiousCase) -> CaseWalk {
    CaseWalker(map: self).walk(pupil)
  }
}

extension ResponseTime {
  /// The response time in the current language, for walks: "samma dag", or "same day".
  var walkText: String {
    Language.current == .swedish ? swedishDescription : description
  }
}
