extension CaseWalk {
  /// The walk as plain text for municipal staff, in the current language: the report of concern
  /// once, when harm is suspected; numbered steps with indented lines for who acts ("ansvarig:"),
  /// what may be shared ("vidare:"), the SIP, where the case stalls ("fastnar:") and what the map
  /// lacks ("kartan saknar:"); whom to contact for the case's other concerns; the outcome.
  ///
  /// Steps, actors and maps are shown by name; ids appear only in what the map lacks, where
  /// whoever keeps the map needs them. The text is in the walk's `language`, the language its
  /// explanations were made in.
  public var text: String {
    Language.$override.withValue(language) { lines.joined(separator: "\n") + "\n" }
  }

  private var lines: [String] {
    var lines = header
    if let reportOfConcern {
      lines.append("")
      lines.append(L10n.cases("case.report", reportOfConcern.explanation))
    }
    var shownSIP: (number: Int, note: SIPNote)?
    for step in steps {
      lines.append("")
      lines += describe(step, shownSIP: &shownSIP)
    }
    if !notReached.isEmpty {
      lines.append("")
      lines.append(
        L10n.cases(
          "case.not-reached",
          notReached.map { "\($0.number). \($0.name)" }.joined(separator: ", ")))
    }
    if !contacts.isEmpty {
      lines.append("")
      lines.append(L10n.cases("case.contacts"))
      lines += contacts.map { "  - \($0.concern.name): \($0.explanation)" }
    }
    if !gaps.isEmpty {
      lines.append("")
      lines.append(L10n.cases("case.gaps"))
      lines += gaps.map { "  - \($0.message)" }
    }
    lines.append("")
    lines.append(L10n.cases("case.outcome", outcome.summary))
    return lines
  }

  private var header: [String] {
    var lines = [L10n.cases("case.heading", pupil.title)]
    var facts = [
      L10n.cases(
        "case.facts.age-severity", L10n.values("age", String(pupil.age)), pupil.severity.name),
      L10n.cases("case.facts.concerns", pupil.concerns.map(\.name).joined(separator: ", ")),
      L10n.cases("case.facts.guardians-consent", yesNo(pupil.consent)),
    ]
    if pupil.pupilConsent { facts.append(L10n.cases("case.facts.pupil-consent", yesNo(true))) }
    facts.append(L10n.cases("case.facts.harm", yesNo(pupil.harmSuspected)))
    lines.append("  " + facts.joined(separator: "; "))
    if !pupil.absence.isEmpty {
      let weeks = pupil.absence.map {
        L10n.cases("case.absence.week", String($0.week), String($0.percent))
      }
      lines.append("  " + L10n.cases("case.absence", weeks.joined(separator: ", ")))
    }
    if !pupil.tried.isEmpty {
      lines.append("  " + L10n.cases("case.tried", pupil.tried.joined(separator: "; ")))
    }
    lines.append(L10n.cases("case.map", map.name))
    if let ladder {
      let why =
        switch ladder.chosen {
        case .named: L10n.cases("case.ladder.named")
        case .concern: L10n.cases("case.ladder.concern")
        case .first: L10n.cases("case.ladder.first")
        }
      lines.append(L10n.cases("case.ladder", ladder.name, ladder.concern.name, why))
    }
    return lines
  }

  private func yesNo(_ value: Bool) -> String {
    value ? L10n.values("yes") : L10n.values("no")
  }

  private func describe(_ step: Step, shownSIP: inout (number: Int, note: SIPNote)?) -> [String] {
    let indent = "   "
    let more = indent + "  "
    var lines = ["\(step.number). \(step.name)"]
    if let trigger = step.trigger {
      lines.append(indent + L10n.cases("case.step.trigger", trigger))
    }
    let mandate =
      step.mandate.covered
      ? L10n.cases("case.step.mandate", step.mandate.basis ?? "")
      : L10n.cases("case.step.no-mandate")
    lines.append(indent + L10n.cases("case.step.acts", step.actor.name, mandate))
    let uncovered = step.mandate.concerns.filter { $0.basis == nil }.map(\.concern.name)
    if step.mandate.covered, !uncovered.isEmpty {
      lines.append(more + L10n.cases("case.step.uncovered", uncovered.joined(separator: ", ")))
    }
    if let contact = step.actor.contact {
      lines.append(more + L10n.cases("case.step.contact", contact))
    }
    if let escalation = step.escalation {
      lines.append(
        indent
          + L10n.cases(
            "case.step.shares", escalation.to.name, escalation.channel.name,
            escalation.response.map { L10n.cases("case.step.response", $0.walkText) } ?? "",
            escalation.sharing.explanation))
    }
    if let sip = step.sip {
      if let shown = shownSIP, shown.note == sip {
        lines.append(indent + L10n.cases("case.step.sip-as-before", String(shown.number)))
      } else {
        lines.append(indent + L10n.cases("case.step.sip", sip.explanation))
        shownSIP = (step.number, sip)
      }
    }
    if let stall = step.stall {
      lines.append(indent + L10n.cases("case.step.stalls", stall.explanation))
    }
    lines += step.gaps.map { indent + L10n.cases("case.step.gap", $0.message) }
    return lines
  }
}
