import Foundation

/// Who-answers, paths and actors as text for people, in the current language; ids only when
/// asked for.
public enum AnswerText {
  /// The answers in the words `render` prints, for a page to lay out: the heading, then each
  /// answer's title and its labelled lines.
  public struct Document: Sendable, Hashable {
    /// "Mölndals stad: vem kontaktar jag om ångest? (lindrig, 13 år)".
    public var heading: String
    /// What to say when there is no answer; nil when there are answers.
    public var none: String?
    public var answers: [Answer]
  }

  /// One answer: its title (the actor) and the lines below it.
  public struct Answer: Sendable, Hashable {
    public var title: String
    public var lines: [Line]
  }

  /// "Varför: …": a label and its text.
  public struct Line: Sendable, Hashable {
    public var label: String
    public var text: String

    init(_ label: String, _ text: String) {
      self.label = label
      self.text = text
    }
  }

  /// The answers as `samverkan who` prints them: a heading, then each answer with why, the way
  /// there, consent for the pupil's age, contact, next step and notes.
  public static func render(
    _ answers: [WhoAnswer], for query: WhoQuery, in map: CollaborationMap, ids: Bool = false
  ) -> String {
    let document = self.document(answers, for: query, in: map, ids: ids)
    var lines = [document.heading]
    if let none = document.none { lines.append("  " + none) }
    for (number, answer) in document.answers.enumerated() {
      lines.append("")
      lines.append("\(number + 1). \(answer.title)")
      lines += answer.lines.map { line($0.label, $0.text) }
    }
    return lines.joined(separator: "\n")
  }

  /// The answers as a `Document`, in the order and words of `render`.
  public static func document(
    _ answers: [WhoAnswer], for query: WhoQuery, in map: CollaborationMap, ids: Bool = false
  ) -> Document {
    var context = [query.severity.map(\.name), query.age.map { L10n.values("age", String($0)) }]
      .compactMap { $0 }
    if let from = query.from.flatMap(map.actor) {
      context.append(L10n.answers("who.context.from", label(from, ids: ids)))
    }
    var topics = query.concerns.map(\.name)
    if query.asksForSIP { topics.insert(L10n.answers("who.topic.sip"), at: 0) }
    let heading =
      L10n.answers("who.heading", map.name, topics.joined(separator: ", "))
      + (context.isEmpty ? "" : " (\(context.joined(separator: ", ")))")
    let items = answers.map { answer in
      var lines = [reasonLine(answer.reason)]
      switch answer.reach {
      case .notAsked: break
      case .route(let path):
        lines.append(Line(L10n.answers("who.label.route"), describe(path, in: map, ids: ids)))
        if let response = path.last?.response {
          lines.append(Line(L10n.answers("who.label.response"), response.name))
        }
      case .ownOrganisation:
        lines.append(Line(L10n.answers("who.label.route"), L10n.answers("who.route.own")))
      case .through(let senders):
        let names = senders.map { label($0, ids: ids) }.joined(separator: ", ")
        lines.append(
          Line(L10n.answers("who.label.route"), L10n.answers("who.route.through", names)))
      case .noRoute:
        lines.append(Line(L10n.answers("who.label.route"), L10n.answers("who.route.none")))
      }
      if answer.consent != .none, answer.isReachable != nil {
        lines.append(
          Line(L10n.answers("who.label.consent"), consent(answer.consent, age: query.age)))
      }
      if let contact = map.contactSummary(of: answer.actor) {
        lines.append(Line(L10n.answers("who.label.contact"), contact))
      }
      if let next = answer.nextStep {
        let actor = map.actor(next.actor).map { label($0, ids: ids) } ?? next.actor
        lines.append(Line(L10n.answers("who.label.next"), "\(next.name) (\(actor))"))
      }
      for note in answer.notes { lines.append(Line(L10n.answers("who.label.note"), note)) }
      return Answer(title: label(answer.actor, ids: ids), lines: lines)
    }
    return Document(
      heading: heading, none: answers.isEmpty ? L10n.answers("who.none") : nil, answers: items)
  }

  /// `   route:    text`: the label and its colon padded so that the texts line up.
  private static func line(_ label: String, _ text: String) -> String {
    "   " + "\(label):".padding(toLength: max(10, label.count + 2), withPad: " ", startingAt: 0)
      + text
  }

  /// The actor's name, with its id in brackets when `ids` asks for it.
  public static func label(_ actor: Actor, ids: Bool) -> String {
    ids ? "\(actor.name) (\(actor.id))" : actor.name
  }

  private static func reasonLine(_ reason: WhoAnswer.Reason) -> Line {
    switch reason {
    case .duty(let law):
      return Line(L10n.answers("who.label.must"), L10n.answers("who.reason.duty", law))
    case .acute(let role):
      let text =
        switch role {
        case .emergencyCall: L10n.answers("who.reason.acute.emergency-call")
        case .emergencyEntry: L10n.answers("who.reason.acute.emergency-entry")
        case .adviceLine: L10n.answers("who.reason.acute.advice-line")
        }
      return Line(L10n.answers("who.label.acute"), text)
    case .convenesSIP:
      return Line(L10n.answers("who.label.why"), L10n.answers("who.reason.sip", Citation.sip.text))
    case .mandate(let mandate):
      return Line(
        L10n.answers("who.label.why"),
        L10n.answers(
          "who.reason.mandate", mandate.concerns.map(\.name).joined(separator: ", "),
          severities(mandate), mandate.ages.name, mandate.basis)
      )
    }
  }

  /// "6-17 år", or "ages 6-17" (`samverkan diff` names a mandate's ages with it).
  /// "lindrig/måttlig", or "mild/moderate".
  public static func severities(_ mandate: Mandate) -> String {
    mandate.severities.map(\.name).joined(separator: "/")
  }

  /// Whose consent, said for the pupil's age.
  public static func consent(_ need: ConsentNeed, age: Int?) -> String {
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
  public static func describe(
    _ path: some Collection<Route>, in map: CollaborationMap, ids: Bool = false
  ) -> String {
    guard let first = path.first else { return L10n.answers("path.here") }
    func name(_ id: String) -> String { map.actor(id).map { label($0, ids: ids) } ?? id }
    return
      ([name(first.from)]
      + path.map { "\(name($0.to)) (\($0.channel.name), \($0.sharing.name))" })
      .joined(separator: " → ")
  }
}

/// Who-answers as JSON for programs: `{"query": {...}, "answers": [...]}`.
public enum AnswerJSON {
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

  /// The answers and the query as `samverkan who --format json` prints them, with a final line
  /// break.
  public static func encode(_ answers: [WhoAnswer], for query: WhoQuery) throws -> Data {
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
