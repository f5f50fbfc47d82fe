/// "Vem kontaktar jag?": one page per map that tells school staff whom to contact for each
/// concern and severity, the structured successor of the regions' matrices "ansvarsfördelning
/// första linjen – BUP" (seed 000, 002: people ask for "processkartor" so they know "vem man ska
/// kontakta").
///
/// Every cell is an answer of `CollaborationMap.whoToContact`, asked from the school, so the sheet
/// never says anything `samverkan who` would not: the first answer for the concern and severity
/// that is not a duty. The duties and the acute way hold whatever the concern and are shown once,
/// as rules: the report of concern (harm), the acute way (suicide risk, a life in danger) and SIP.
///
/// The school is the actor of the first step of the map's absence ladder (else its first ladder)
/// when that actor is in the school sector, else the map's first active school-sector actor: the
/// unit a teacher, mentor or rektor works in. Answers never name the asker's own unit, so the
/// pupil-health team of that school is the school's own; a concern only the school's own units
/// take is shown as such (`Cell.ownUnits`).
public struct ContactSheet: Sendable, Hashable {
  /// One concern and severity: whom the school contacts.
  public struct Cell: Sendable, Hashable {
    public var concern: Concern
    public var severity: Severity
    /// `whoToContact`'s first answer that is not a duty; nil when it gives none.
    public var answer: WhoAnswer?
    /// How to reach the answer's actor (`contactSummary(of:)`).
    public var contact: String?
    /// The way from the school, in the current language: "möte, med vårdnadshavares samtycke;
    /// via Elevhälsoteamet: remiss, …", or that the answer is the school's own organisation, or
    /// that the map shows no way from the school and who has one.
    public var route: String?
    /// Whose consent the way there needs for a pupil of each of `ContactSheet.consentAges`, asked
    /// with that age; nil where the answer at that age is another actor, or none.
    public var consent: [ConsentNeed?]
    /// The actor the next severity's cell names, when it is another one.
    public var next: Actor?
    /// When there is no answer: the school's own units whose mandate covers the concern.
    public var ownUnits: [Actor]
  }

  /// One concern's cells, mild to severe.
  public struct Row: Sendable, Hashable {
    public var concern: Concern
    public var cells: [Cell]

    /// The cells as a printed table shows them: neighbours that say the same (but where the next
    /// severity goes) as one cell over `count` columns, the last of them standing for all.
    public var spans: [(count: Int, cell: Cell)] {
      var spans: [(count: Int, cell: Cell)] = []
      for cell in cells {
        if let last = spans.last, last.cell.sameAnswer(as: cell) {
          spans[spans.count - 1] = (last.count + 1, cell)
        } else {
          spans.append((1, cell))
        }
      }
      return spans
    }
  }

  /// A rule that holds at every step, whatever the concern: its title and what it says.
  public struct Rule: Sendable, Hashable {
    public var title: String
    public var text: String
  }

  /// The concerns that matter for absence work and have a row; harm and suicide risk are rules.
  public static let concerns: [Concern] = [
    .absence, .mentalHealth, .neuropsychiatric, .substanceUse, .parenting, .learning,
    .somaticHealth,
  ]

  /// "Lindrig", "Psykisk ohälsa": a name as a table heading, its first letter upper case.
  public static func heading(_ name: String) -> String {
    name.prefix(1).uppercased() + name.dropFirst()
  }

  /// The ages whose consent a cell names: a pupil of 13 (grundskolan) and one of 16.
  public static let consentAges = [13, 16]

  /// The map's name.
  public let mapName: String
  /// When the map was last reviewed.
  public let reviewed: ReviewDate
  /// The school the questions are asked from.
  public let school: Actor
  public let rows: [Row]
  /// The report of concern, the acute way and SIP, in the current language.
  public let rules: [Rule]

  /// The sheet of `map`, its texts in the current language; nil when the map has no school.
  public init?(map: CollaborationMap) {
    guard let school = Self.school(of: map) else { return nil }
    mapName = map.name
    reviewed = map.reviewed
    self.school = school
    rows = Self.concerns.map { concern in
      var cells = Severity.allCases.map { severity in
        Self.cell(concern, severity, from: school, in: map)
      }
      for index in cells.indices.dropLast() {
        let next = cells[index + 1].answer?.actor
        if let next, next.id != cells[index].answer?.actor.id { cells[index].next = next }
      }
      return Row(concern: concern, cells: cells)
    }
    rules = Self.rules(from: school, in: map)
  }

  /// The actor of the first step of the absence ladder (else the first ladder) when it is in the
  /// school sector; else the first active school-sector actor.
  static func school(of map: CollaborationMap) -> Actor? {
    let ladder = map.ladders.first { $0.concern == .absence } ?? map.ladders.first
    if let first = ladder?.steps.first.flatMap({ map.actor($0.actor) }), first.sector == .school {
      return first
    }
    return map.actors.first { $0.sector == .school && $0.status == .active }
  }

  private static func cell(
    _ concern: Concern, _ severity: Severity, from school: Actor, in map: CollaborationMap
  ) -> Cell {
    func first(age: Int?) -> WhoAnswer? {
      map.whoToContact(WhoQuery(concerns: [concern], from: school.id, age: age, severity: severity))
        .first { if case .duty = $0.reason { false } else { true } }
    }
    let answer = first(age: nil)
    let consent = consentAges.map { age -> ConsentNeed? in
      guard let answer, let atAge = first(age: age), atAge.actor.id == answer.actor.id
      else { return nil }
      return atAge.consent
    }
    let own = map.ownUnit(of: school)
    let ownUnits =
      answer == nil
      ? map.actors.filter { actor in
        own.contains(actor.id) && actor.status == .active
          && actor.mandates.contains { $0.covers(concern, severity: severity) }
      } : []
    return Cell(
      concern: concern, severity: severity, answer: answer,
      contact: answer.flatMap { map.contactSummary(of: $0.actor) },
      route: answer.flatMap { route(of: $0, in: map) }, consent: consent, next: nil,
      ownUnits: ownUnits)
  }

  private static func route(of answer: WhoAnswer, in map: CollaborationMap) -> String? {
    switch answer.reach {
    case .notAsked: return nil
    case .ownOrganisation: return L10n.report("sheet.route.own")
    case .noRoute: return L10n.report("sheet.route.none")
    case .through(let senders):
      return L10n.report("sheet.route.through", ProcessRules.names(senders))
    case .route(let routes):
      return routes.enumerated().map { index, route in
        index == 0
          ? L10n.report("sheet.route.first", route.channel.name, route.sharing.name)
          : L10n.report(
            "sheet.route.then", map.actor(route.from)?.name ?? route.from, route.channel.name,
            route.sharing.name)
      }.joined()
    }
  }

  /// The rules of the process view's key (`process.rule.*`), with whom the school reports to and
  /// how to reach the acute way, and the age rule of consent.
  private static func rules(from school: Actor, in map: CollaborationMap) -> [Rule] {
    var rules: [Rule] = []
    var report = L10n.report("process.rule.report", Citation.reportOfConcern.text)
    let receiver = map.whoToContact(WhoQuery(concerns: [.harm], from: school.id)).first {
      if case .duty = $0.reason { true } else { false }
    }
    if let receiver {
      report +=
        " "
        + L10n.report(
          "sheet.rule.report.receiver",
          reached(receiver.actor, contact: map.contactSummary(of: receiver.actor)))
    }
    rules.append(Rule(title: L10n.report("process.rule.report.title"), text: report))
    let acute = map.acuteWay.map { reached($0, contact: map.contactSummary(of: $0)) }
    if !acute.isEmpty {
      rules.append(
        Rule(
          title: L10n.report("process.rule.acute.title"),
          text: L10n.report("sheet.rule.acute", acute.joined(separator: " · "))))
    }
    let conveners = map.whoToContact(
      WhoQuery(concerns: [.absence], from: school.id, asksForSIP: true)
    ).compactMap { answer -> Actor? in
      if case .convenesSIP = answer.reason { answer.actor } else { nil }
    }
    if !conveners.isEmpty {
      rules.append(
        Rule(
          title: L10n.report("process.rule.sip.title"),
          text: L10n.report("process.rule.sip", ProcessRules.names(conveners), Citation.sip.text)))
    }
    rules.append(
      Rule(
        title: L10n.report("sheet.rule.consent.title"),
        text: L10n.report(
          "sheet.rule.consent", consentAges.map(String.init).joined(separator: " / "),
          ConsentNeed.law)))
    return rules
  }

  /// "BUP (BUP-mottagningen …)": a name with its contact when the map gives one.
  private static func reached(_ actor: Actor, contact: String?) -> String {
    contact.map { L10n.report("sheet.reached", actor.name, $0) } ?? actor.name
  }
}

extension ContactSheet.Cell {
  /// Whose consent, in the current language: one need for every age of `consentAges`, else
  /// "13 år: … · 16 år: …".
  public var consentText: String? {
    guard answer != nil else { return nil }
    let needs = consent.map { $0?.name ?? L10n.report("sheet.consent.other") }
    if Set(needs).count == 1 { return L10n.report("sheet.consent", needs[0]) }
    return L10n.report(
      "sheet.consent",
      zip(ContactSheet.consentAges, needs).map {
        L10n.report("sheet.consent.age", String($0), $1)
      }.joined(separator: " · "))
  }

  /// "Vid måttlig: BUP": where the next severity goes, when that is another actor.
  public var nextText: String? {
    guard let next, let index = Severity.allCases.firstIndex(of: severity),
      index + 1 < Severity.allCases.count
    else { return nil }
    return L10n.report("sheet.next", Severity.allCases[index + 1].name, next.name)
  }

  /// The cell's text, in order: whom (the actor's name, or what `emptyText` says), then how to
  /// reach them, the way from the school, whose consent and where the next severity goes.
  public var lines: (whom: String, details: [String]) {
    (
      answer?.actor.name ?? emptyText ?? "",
      [contact, route, consentText, nextText].compactMap { $0 }
    )
  }

  /// Whether two cells say the same but for where the next severity goes.
  func sameAnswer(as other: Self) -> Bool {
    answer?.actor.id == other.answer?.actor.id && contact == other.contact
      && route == other.route && consent == other.consent && ownUnits == other.ownUnits
  }

  /// What the cell says when `whoToContact` names nobody: the school's own units that take it,
  /// else that the map names nobody.
  public var emptyText: String? {
    guard answer == nil else { return nil }
    return ownUnits.isEmpty
      ? L10n.report("sheet.nobody")
      : L10n.report("sheet.own-units", ProcessRules.names(ownUnits))
  }
}
