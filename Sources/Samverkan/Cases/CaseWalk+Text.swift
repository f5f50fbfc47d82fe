extension CaseWalk {
  /// The walk as plain text for municipal staff: the report of concern once, when harm is
  /// suspected; numbered steps with indented lines "acts:", "shares:", "SIP:", "stalls:" and "map
  /// lacks:"; whom to contact for the case's other concerns; the outcome.
  public var text: String {
    var lines = header
    if let reportOfConcern {
      lines.append("")
      lines.append("Report of concern, at every step: \(reportOfConcern.explanation)")
    }
    var shownSIP: (number: Int, note: SIPNote)?
    for step in steps {
      lines.append("")
      lines += describe(step, shownSIP: &shownSIP)
    }
    if !notReached.isEmpty {
      lines.append("")
      lines.append(
        "Not reached: "
          + notReached.map { "\($0.number) \($0.name) (\($0.id))" }
          .joined(separator: ", "))
    }
    if !contacts.isEmpty {
      lines.append("")
      lines.append("For the case's other concerns:")
      for contact in contacts {
        let route = contact.route.isEmpty ? "" : " by \(contact.route.joined(separator: " → "))"
        lines.append(
          "  - \(contact.concern.rawValue): \(contact.actor.name) (\(contact.actor.id))\(route); "
            + "consent: \(contact.consent.rawValue)")
      }
    }
    if !gaps.isEmpty {
      lines.append("")
      lines.append("The map lacks, for the case as a whole:")
      lines += gaps.map { "  - \($0.message)" }
    }
    lines.append("")
    lines.append("Outcome: \(outcome.summary)")
    return lines.joined(separator: "\n") + "\n"
  }

  private var header: [String] {
    var lines = ["Case \(pupil.id): \(pupil.title)"]
    lines.append(
      "  age \(pupil.age), \(pupil.severity.rawValue); concerns: "
        + pupil.concerns.map(\.rawValue).joined(separator: ", ")
        + "; guardians consent: \(pupil.consent ? "yes" : "no")"
        + (pupil.pupilConsent ? "; the pupil consents: yes" : "")
        + "; harm suspected: \(pupil.harmSuspected ? "yes" : "no")")
    if !pupil.absence.isEmpty {
      lines.append(
        "  absence: "
          + pupil.absence.map { "week \($0.week) \($0.percent) %" }.joined(separator: ", "))
    }
    if !pupil.tried.isEmpty {
      lines.append("  tried: " + pupil.tried.joined(separator: "; "))
    }
    lines.append("Map: \(map.name) (\(map.id))")
    if let ladder {
      let why =
        switch ladder.chosen {
        case .named: "named by the case"
        case .concern: "the map's first ladder for the case's concerns"
        case .first: "none matches the case's concerns; the map's first ladder"
        }
      lines.append(
        "Ladder: \(ladder.name) (\(ladder.id)), concern \(ladder.concern.rawValue) — \(why)")
    }
    return lines
  }

  private func describe(_ step: Step, shownSIP: inout (number: Int, note: SIPNote)?) -> [String] {
    let indent = "   "
    var lines = ["\(step.number). \(step.name) (\(step.id))"]
    if let trigger = step.trigger { lines.append("\(indent)trigger: \(trigger)") }
    let mandate =
      step.mandate.covered
      ? "mandate: \(step.mandate.basis ?? "")" : "NO mandate for this case"
    lines.append("\(indent)acts: \(step.actor.name) (\(step.actor.id)) — \(mandate)")
    let uncovered = step.mandate.concerns.filter { $0.basis == nil }.map(\.concern.rawValue)
    if step.mandate.covered, !uncovered.isEmpty {
      lines.append("\(indent)      no mandate for: \(uncovered.joined(separator: ", "))")
    }
    if let contact = step.actor.contact {
      lines.append("\(indent)      contact: \(contact)")
    }
    if let escalation = step.escalation {
      let response = escalation.response.map { ", response \($0)" } ?? ""
      lines.append(
        "\(indent)shares: → \(escalation.to.name) (\(escalation.to.id)) by "
          + "\(escalation.channel.rawValue), route '\(escalation.route)'\(response): "
          + escalation.sharing.explanation)
    }
    if let sip = step.sip {
      if let shown = shownSIP, shown.note == sip {
        lines.append("\(indent)SIP: as at step \(shown.number)")
      } else {
        lines.append("\(indent)SIP: \(sip.explanation)")
        shownSIP = (step.number, sip)
      }
    }
    if let stall = step.stall {
      lines.append("\(indent)stalls: \(stall.explanation)")
    }
    lines += step.gaps.map { "\(indent)map lacks: \($0.message)" }
    return lines
  }
}
