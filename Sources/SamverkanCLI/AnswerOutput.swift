import Foundation
import Samverkan

/// Who-answers, paths and actors as text for people, in the current language; ids only when
/// asked for.
enum AnswerText {
  static func render(
    _ answers: [WhoAnswer], for query: WhoQuery, in map: CollaborationMap, ids: Bool = false
  ) -> String {
    var context = [query.severity.map(\.name), query.age.map { L10n.values("age", String($0)) }]
      .compactMap { $0 }
    if let from = query.from.flatMap(map.actor) {
      context.append(L10n.answers("who.context.from", label(from, ids: ids)))
    }
    var topics = query.concerns.map(\.name)
    if query.asksForSIP { topics.insert(L10n.answers("who.topic.sip"), at: 0) }
    var lines = [
      L10n.answers("who.heading", map.name, topics.joined(separator: ", "))
        + (context.isEmpty ? "" : " (\(context.joined(separator: ", ")))")
    ]
    if answers.isEmpty { lines.append("  " + L10n.answers("who.none")) }
    for (number, answer) in answers.enumerated() {
      lines.append("")
      lines.append("\(number + 1). \(label(answer.actor, ids: ids))")
      lines.append(reasonLine(answer.reason))
      switch answer.reach {
      case .notAsked: break
      case .route(let path):
        lines.append(line(L10n.answers("who.label.route"), describe(path, in: map, ids: ids)))
        if let response = path.last?.response {
          lines.append(line(L10n.answers("who.label.response"), response.name))
        }
      case .ownOrganisation:
        lines.append(line(L10n.answers("who.label.route"), L10n.answers("who.route.own")))
      case .through(let senders):
        let names = senders.map { label($0, ids: ids) }.joined(separator: ", ")
        lines.append(
          line(L10n.answers("who.label.route"), L10n.answers("who.route.through", names)))
      case .noRoute:
        lines.append(line(L10n.answers("who.label.route"), L10n.answers("who.route.none")))
      }
      if answer.consent != .none, answer.isReachable != nil {
        lines.append(
          line(L10n.answers("who.label.consent"), consent(answer.consent, age: query.age)))
      }
      if let contact = map.contactSummary(of: answer.actor) {
        lines.append(line(L10n.answers("who.label.contact"), contact))
      }
      if let next = answer.nextStep {
        let actor = map.actor(next.actor).map { label($0, ids: ids) } ?? next.actor
        lines.append(line(L10n.answers("who.label.next"), "\(next.name) (\(actor))"))
      }
      for note in answer.notes { lines.append(line(L10n.answers("who.label.note"), note)) }
    }
    return lines.joined(separator: "\n")
  }

  /// `   route:    text`: the label and its colon padded so that the texts line up.
  private static func line(_ label: String, _ text: String) -> String {
    "   " + "\(label):".padding(toLength: max(10, label.count + 2), withPad: " ", startingAt: 0)
      + text
  }

  /// The actor's name, with its id in brackets when `ids` asks for it.
  static func label(_ actor: Actor, ids: Bool) -> String {
    ids ? "\(actor.name) (\(actor.id))" : actor.name
  }

  private static func reasonLine(_ reason: WhoAnswer.Reason) -> String {
    switch reason {
    case .duty(let law):
      return line(L10n.answers("who.label.must"), L10n.answers("who.reason.duty", law))
    case .acute(let role):
      let text =
        switch role {
        case .emergencyCall: L10n.answers("who.reason.acute.emergency-call")
        case .emergencyEntry: L10n.answers("who.reason.acute.emergency-entry")
        case .adviceLine: L10n.answers("who.reason.acute.advice-line")
        }
      return line(L10n.answers("who.label.acute"), text)
    case .convenesSIP:
      return line(L10n.answers("who.label.why"), L10n.answers("who.reason.sip", Citation.sip.text))
    case .mandate(let mandate):
      return line(
        L10n.answers("who.label.why"),
        L10n.answers(
          "who.reason.mandate", mandate.concerns.map(\.name).joined(separator: ", "),
          severities(mandate), mandate.ages.name, mandate.basis))
    }
  }

  /// "6-17 år", or "ages 6-17" (`samverkan diff` names a mandate's ages with it).
  /// "lindrig/måttlig", or "mild/moderate".
  static func severities(_ mandate: Mandate) -> String {
    mandate.severities.map(\.name).joined(separator: "/")
  }

  /// Whose consent, said for the pupil's age.
  static func consent(_ need: ConsentNeed, age: Int?) -> String {
    switch need {
    case .none: L10n.answers("who.consent.none")
    case .guardians where age == nil: L10n.answers("who.consent.guardians.any-age")
    case .guardians: L10n.answers("who.consent.guardians")
    case .guardiansOrPupil: L10n.answers("who.consent.guardians-or-pupil")
    case .pupil: L10n.answers("who.consent.pupil")
    }
  }

  /// `Skolkurator → Elevhälsoteamet (EHT) (möte, inga elevuppgifter) → UPH (remiss, med
  /// vårdnadshavares samtycke)`; each actor with its id too when `ids` asks for it.
  static func describe(_ path: [Route], in map: CollaborationMap, ids: Bool = false) -> String {
    guard let first = path.first else { return L10n.answers("path.here") }
    func name(_ id: String) -> String { map.actor(id).map { label($0, ids: ids) } ?? id }
    return
      ([name(first.from)]
      + path.map { "\(name($0.to)) (\($0.channel.name), \($0.sharing.name))" })
      .joined(separator: " → ")
  }
}

/// Who-answers as JSON for programs: `{"query": {...}, "answers": [...]}`.
enum AnswerJSON {
  private struct Document: Encodable {
    var query: Query
    var answers: [Answer]
  }

  private struct Query: Encodable {
    var concerns: [Concern]
    var sip: Bool
    var acute: Bool
    var from: String?
    var age: Int?
    var severity: Severity?
  }

  private struct Step: Encodable {
    var id: String
    var from: String
    var to: String
    var channel: Channel
  }

  private struct Answer: Encodable {
    var actor: String
    var name: String
    /// duty, acute, sip or mandate.
    var kind: String
    var law: String?
    var mandate: Mandate?
    var reachable: Bool?
    var route: [Step]?
    /// The actors with a contact-opening route in, when the asker has none.
    var through: [String]?
    var consent: ConsentNeed
    var contact: ContactPoint?
    var next: String?
    var notes: [String]
  }

  static func encode(_ answers: [WhoAnswer], for query: WhoQuery) throws -> Data {
    let document = Document(
      query: Query(
        concerns: query.concerns, sip: query.asksForSIP, acute: query.namesAcuteDanger,
        from: query.from, age: query.age, severity: query.severity),
      answers: answers.map { answer in
        var kind = "mandate"
        var law: String?
        var mandate: Mandate?
        switch answer.reason {
        case .duty(let provision):
          kind = "duty"
          law = provision
        case .acute: kind = "acute"
        case .convenesSIP:
          kind = "sip"
          law = Citation.sip.text
        case .mandate(let held): mandate = held
        }
        var through: [String]?
        if case .through(let senders) = answer.reach { through = senders.map(\.id) }
        return Answer(
          actor: answer.actor.id, name: answer.actor.name, kind: kind, law: law,
          mandate: mandate, reachable: answer.isReachable,
          route: answer.path?.map {
            Step(id: $0.id, from: $0.from, to: $0.to, channel: $0.channel)
          },
          through: through, consent: answer.consent, contact: answer.actor.contact,
          next: answer.nextStep?.id, notes: answer.notes)
      })
    return try JSONEncoder.stable.encode(document) + Data("\n".utf8)
  }
}
