import Foundation
import Samverkan

/// Who-answers as text for people.
enum AnswerText {
  static func render(_ answers: [WhoAnswer], for query: WhoQuery, in map: CollaborationMap)
    -> String
  {
    var context = [query.severity.map(\.rawValue), query.age.map { "age \($0)" }].compactMap { $0 }
    if let from = query.from.flatMap(map.actor) { context.append("asked from \(from.name)") }
    var topics = query.concerns.map(\.name)
    if query.asksForSIP { topics.insert("SIP (samordnad individuell plan)", at: 0) }
    var lines = [
      "\(map.name): who to contact for \(topics.joined(separator: ", "))"
        + (context.isEmpty ? "" : " (\(context.joined(separator: ", ")))")
    ]
    if answers.isEmpty { lines.append("  No active actor in this map has a mandate for that.") }
    for (number, answer) in answers.enumerated() {
      lines.append("")
      lines.append("\(number + 1). \(answer.actor.name) (\(answer.actor.id))")
      lines.append("   " + reasonLine(answer.reason))
      switch answer.reach {
      case .notAsked: break
      case .route(let path):
        lines.append("   route:    " + describe(path, in: map))
        if let response = path.last?.response { lines.append("   response: \(response)") }
      case .ownOrganisation:
        lines.append("   route:    inside your own organisation")
      case .through(let senders):
        lines.append(
          "   route:    none from you; reached through "
            + senders.map(\.name).joined(separator: ", "))
      case .noRoute:
        lines.append("   route:    no route — the map lacks one (samverkan validate reports it)")
      }
      if answer.consent != .none, answer.isReachable != nil {
        lines.append("   consent:  " + consent(answer.consent, age: query.age))
      }
      if let contact = contactLine(answer.actor, in: map) {
        lines.append("   contact:  \(contact)")
      }
      if let next = answer.nextStep { lines.append("   next:     \(next.name) (\(next.actor))") }
      for note in answer.notes { lines.append("   note:     \(note)") }
    }
    return lines.joined(separator: "\n")
  }

  private static func reasonLine(_ reason: WhoAnswer.Reason) -> String {
    switch reason {
    case .duty(let law):
      "must:     report of concern (orosanmälan), no consent needed — \(law)"
    case .acute(let role):
      switch role {
      case .emergencyCall: "acute:    call 112 when a life is in danger"
      case .emergencyEntry: "acute:    child psychiatry's emergency entry, the same day"
      case .adviceLine: "acute:    advice day and night"
      }
    case .convenesSIP:
      "why:      convenes a SIP (\(Citation.sip.text)), with consent"
    case .mandate(let mandate):
      "why:      mandate for " + mandate.concerns.map(\.name).joined(separator: ", ")
        + " (\(mandate.severities.map(\.rawValue).joined(separator: "/")), "
        + "\(ages(mandate.ages))) — \(mandate.basis)"
    }
  }

  /// "ages 6-17", or "every age".
  static func ages(_ range: AgeRange) -> String {
    range.isEveryAge ? "every age" : "ages \(range)"
  }

  /// Whose consent, said for the pupil's age.
  static func consent(_ need: ConsentNeed, age: Int?) -> String {
    switch need {
    case .none: "none needed"
    case .guardians where age == nil:
      "the guardians' (a mature pupil's own from 15 in health care and social services; "
        + "the pupil's alone from 18)"
    case .guardians: "the guardians'"
    case .guardiansOrPupil: "the guardians' or the pupil's own, if mature enough"
    case .pupil: "the pupil's own (18 or older)"
    }
  }

  /// `Skolkurator → Elevhälsoteamet (EHT) (meeting, no pupil data) → UPH (referral, with consent)`.
  static func describe(_ path: [Route], in map: CollaborationMap) -> String {
    guard let first = path.first else { return "(you are there)" }
    func name(_ id: String) -> String { map.actor(id)?.name ?? id }
    return
      ([name(first.from)]
      + path.map { "\(name($0.to)) (\($0.channel.rawValue), \(sharing($0.sharing)))" })
      .joined(separator: " → ")
  }

  static func sharing(_ sharing: InformationSharing) -> String {
    switch sharing {
    case .consentRequired: "with consent"
    case .provision(let law): "no consent needed: \(law)"
    case .notApplicable: "no pupil data"
    }
  }

  /// Whom to ask for, from the actor or the nearest unit above it that names a role, and how to
  /// reach them, from the nearest that has a phone, mailbox, form, page or address:
  /// `Mottagningen barn och unga · via Mölndals stad: 031-315 10 00 · kontakt@molndal.se`.
  private static func contactLine(_ actor: Actor, in map: CollaborationMap) -> String? {
    let chain = map.ancestry(of: actor)
    let role = chain.lazy.compactMap { $0.contact?.role }.first
    var parts = role.map { [$0] } ?? []
    if let holder = chain.first(where: { $0.contact?.isReachable == true }),
      let contact = holder.contact
    {
      let reach = [
        contact.phone, contact.email, contact.webForm, contact.url, contact.address, contact.hours,
      ].compactMap { $0 }.joined(separator: " · ")
      parts.append(holder.id == actor.id ? reach : "via \(holder.name): \(reach)")
    }
    return parts.isEmpty ? nil : parts.joined(separator: " · ")
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
