import Foundation
import Samverkan

/// Who-answers as text for people.
enum AnswerText {
  static func render(_ answers: [WhoAnswer], for query: WhoQuery, in map: CollaborationMap)
    -> String
  {
    var context = [query.severity.map(\.rawValue), query.age.map { "age \($0)" }].compactMap { $0 }
    if let from = query.from { context.append("asked from \(from)") }
    var topics = query.concerns.map(\.swedishName)
    if query.asksForSIP { topics.insert("SIP (samordnad individuell plan)", at: 0) }
    var lines = [
      "\(map.name): who to contact for \(topics.joined(separator: ", "))"
        + (context.isEmpty ? "" : " (\(context.joined(separator: ", ")))")
    ]
    if answers.isEmpty { lines.append("  No active actor in this map has a mandate for that.") }
    for (number, answer) in answers.enumerated() {
      lines.append("")
      lines.append("\(number + 1). \(answer.actor.name) (\(answer.actor.id))")
      switch answer.reason {
      case .duty(let law):
        lines.append("   must:     report of concern (orosanmälan), no consent needed — \(law)")
      case .convenesSIP:
        lines.append("   why:      convenes a SIP (SoL 2 kap. 7 §, HSL 16 kap. 4 §), with consent")
      case .mandate(let mandate):
        let severities = mandate.severities.map(\.rawValue).joined(separator: "/")
        let mandated = mandate.concerns.map(\.swedishName).joined(separator: ", ")
        lines.append(
          "   why:      mandate for \(mandated) (\(severities), ages \(mandate.ages)) — \(mandate.basis)"
        )
      }
      if let path = answer.path {
        lines.append("   route:    " + describe(path))
        if let response = path.last?.response { lines.append("   response: \(response)") }
      } else if query.from != nil {
        lines.append("   route:    none in this map from \(query.from ?? "")")
      }
      if let contact = contactLine(answer.actor.contact) { lines.append("   contact:  \(contact)") }
      if let next = answer.nextStep { lines.append("   next:     \(next.name) (\(next.actor))") }
      for note in answer.notes { lines.append("   note:     \(note)") }
    }
    return lines.joined(separator: "\n")
  }

  /// `skola → elevhalsa (meeting, no pupil data) → uph (referral, with consent)`.
  static func describe(_ path: [Route]) -> String {
    guard let first = path.first else { return "(you are there)" }
    return ([first.from] + path.map { "\($0.to) (\($0.channel.rawValue), \(sharing($0.sharing)))" })
      .joined(separator: " → ")
  }

  static func sharing(_ sharing: InformationSharing) -> String {
    switch sharing {
    case .consentRequired: "with the guardians' consent"
    case .provision(let law): "no consent needed: \(law)"
    case .notApplicable: "no pupil data"
    }
  }

  private static func contactLine(_ contact: ContactPoint?) -> String? {
    guard let contact else { return nil }
    let parts = [
      contact.role, contact.phone, contact.email, contact.webForm, contact.url, contact.hours,
    ]
    .compactMap { $0 }
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
    var from: String?
    var age: Int?
    var severity: Severity?
  }

  private struct Answer: Encodable {
    var actor: String
    var name: String
    var duty: String?
    var mandate: Mandate?
    var route: [Route]?
    var contact: ContactPoint?
    var next: String?
    var notes: [String]
  }

  static func encode(_ answers: [WhoAnswer], for query: WhoQuery) throws -> Data {
    let document = Document(
      query: Query(
        concerns: query.concerns, sip: query.asksForSIP, from: query.from, age: query.age,
        severity: query.severity),
      answers: answers.map { answer in
        var duty: String?
        var mandate: Mandate?
        switch answer.reason {
        case .duty(let law): duty = "report-of-concern: \(law)"
        case .convenesSIP: duty = "convenes-sip: SoL 2 kap. 7 §, HSL 16 kap. 4 §"
        case .mandate(let held): mandate = held
        }
        return Answer(
          actor: answer.actor.id, name: answer.actor.name, duty: duty, mandate: mandate,
          route: answer.path, contact: answer.actor.contact, next: answer.nextStep?.id,
          notes: answer.notes)
      })
    return try JSONEncoder.stable.encode(document) + Data("\n".utf8)
  }
}
