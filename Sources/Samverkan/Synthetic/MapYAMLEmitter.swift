import Yams

/// Writes a map file's content as YAML in the layout of `Maps/README.md`: keys in the documented
/// order, defaults left out, short lists and contact points in flow style.
///
/// libyaml picks a style that keeps each text intact (quoting `: `, a leading `#` and the like);
/// text that YAML could read as another type (a date, a number, `yes`) is quoted here, without
/// Yams' per-scalar regular expressions.
struct MapYAMLEmitter {
  // Explicit tags, made once: an implicit tag is resolved (and a `Tag` built, with Yams'
  // default constructor tables) for every node, which would make a national model take seconds.
  private let stringTag = Tag(.str)
  private let mappingTag = Tag(.map)
  private let sequenceTag = Tag(.seq)
  private let intTag = Tag(.int)
  private let boolTag = Tag(.bool)

  func yaml(of file: SyntheticMapFile) throws -> String {
    try Yams.serialize(node: document(file), indent: 2, width: -1, allowUnicode: true)
  }

  private func document(_ file: SyntheticMapFile) -> Node {
    let map = file.map
    return mapping([
      ("format", Node("\(MapDocument.supportedFormat)", Tag(.int))),
      ("id", text(map.id)),
      ("name", text(map.name)),
      ("kind", map.kind == .municipality ? nil : text(map.kind.rawValue)),
      ("reviewed", text(map.reviewed.description)),
      ("sources", map.sources.isEmpty ? nil : sequence(map.sources.map(source))),
      ("include", file.include.isEmpty ? nil : list(file.include, flow: false)),
      ("agreements", agreements(map.agreements)),
      ("actors", map.actors.isEmpty ? nil : sequence(map.actors.map(actor))),
      ("routes", map.routes.isEmpty ? nil : sequence(map.routes.map(route))),
      ("ladders", map.ladders.isEmpty ? nil : sequence(map.ladders.map(ladder))),
    ])
  }

  private func agreements(_ agreements: Agreements) -> Node? {
    let pairs: [(String, Node?)] = [
      ("school-may-convene-sip", agreements.schoolMayConveneSIP.map(flag)),
      ("direct-care-request-to-bup", agreements.directCareRequestToBUP.map(flag)),
    ]
    return pairs.contains { $0.1 != nil } ? mapping(pairs) : nil
  }

  private func actor(_ actor: Actor) -> Node {
    mapping([
      ("id", text(actor.id)),
      ("name", text(actor.name)),
      ("kind", text(actor.kind.rawValue)),
      ("sector", text(actor.sector.rawValue)),
      ("parent", actor.parent.map(text)),
      ("laws", actor.laws.isEmpty ? nil : list(actor.laws)),
      ("status", actor.status == .active ? nil : text(actor.status.rawValue)),
      ("acute", actor.acute.map { text($0.rawValue) }),
      ("contact", actor.contact.map(contact)),
      ("mandates", actor.mandates.isEmpty ? nil : sequence(actor.mandates.map(mandate))),
      ("note", actor.note.map(text)),
    ])
  }

  private func contact(_ contact: ContactPoint) -> Node {
    mapping(
      [
        ("role", contact.role.map(text)),
        ("phone", contact.phone.map(text)),
        ("email", contact.email.map(text)),
        ("web-form", contact.webForm.map(text)),
        ("url", contact.url.map(text)),
        ("hours", contact.hours.map(text)),
        ("languages", contact.languages.isEmpty ? nil : list(contact.languages)),
      ], flow: true)
  }

  private func mandate(_ mandate: Mandate) -> Node {
    mapping([
      ("concerns", list(mandate.concerns.map(\.rawValue))),
      (
        "severities",
        mandate.severities == Severity.allCases ? nil : list(mandate.severities.map(\.rawValue))
      ),
      ("ages", mandate.ages == .all ? nil : text(mandate.ages.description)),
      ("basis", text(mandate.basis)),
      ("description", mandate.description.map(text)),
    ])
  }

  private func route(_ route: Route) -> Node {
    let consent: String
    var provision: String?
    switch route.sharing {
    case .consentRequired: consent = "required"
    case .notApplicable: consent = "not-applicable"
    case .provision(let law):
      consent = "not-required"
      provision = law
    }
    return mapping([
      ("id", text(route.id)),
      ("from", text(route.from)),
      ("to", text(route.to)),
      ("channel", text(route.channel.rawValue)),
      ("purpose", route.purpose.map(text)),
      ("concerns", route.concerns.isEmpty ? nil : list(route.concerns.map(\.rawValue))),
      ("severities", route.severities.isEmpty ? nil : list(route.severities.map(\.rawValue))),
      ("consent", text(consent)),
      ("provision", provision.map(text)),
      ("response", route.response.map { text($0.description) }),
      ("status", route.status == .active ? nil : text(route.status.rawValue)),
    ])
  }

  private func ladder(_ ladder: EscalationLadder) -> Node {
    mapping([
      ("id", text(ladder.id)),
      ("name", text(ladder.name)),
      ("concern", text(ladder.concern.rawValue)),
      (
        "steps",
        sequence(
          ladder.steps.map { step in
            mapping([
              ("id", text(step.id)),
              ("name", text(step.name)),
              ("trigger", step.trigger.map(text)),
              ("authority", step.authority ? flag(true) : nil),
              ("entry", step.entry.map(entry)),
              ("actor", text(step.actor)),
              ("escalate", step.escalate.map(text)),
            ])
          })
      ),
    ])
  }

  /// A step's entry in flow style, as the real maps write it: `{absence-percent: 10}`,
  /// `{severities: [severe]}`.
  private func entry(_ entry: StepEntry) -> Node {
    mapping(
      [
        ("absence-percent", entry.absencePercent.map { Node("\($0)", intTag) }),
        (
          "severities",
          entry.severities.isEmpty ? nil : list(entry.severities.map(\.rawValue))
        ),
      ], flow: true)
  }

  /// A source as the file alone, or as `{file, title}` when it has a title.
  private func source(_ source: MapSource) -> Node {
    guard let title = source.title else { return text(source.file) }
    return mapping([("file", text(source.file)), ("title", text(title))], flow: true)
  }

  /// A mapping of the pairs whose value is present, in the order given.
  private func mapping(_ pairs: [(String, Node?)], flow: Bool = false) -> Node {
    let present = pairs.compactMap { key, value in value.map { (text(key), $0) } }
    return Node(present, mappingTag, flow ? .flow : .block)
  }

  private func sequence(_ nodes: [Node]) -> Node {
    Node(nodes, sequenceTag, .block)
  }

  private func list(_ values: [String], flow: Bool = true) -> Node {
    Node(values.map(text), sequenceTag, flow ? .flow : .block)
  }

  private func flag(_ value: Bool) -> Node {
    Node("\(value)", boolTag)
  }

  /// A text scalar, quoted when YAML could read it as another type.
  private func text(_ value: String) -> Node {
    Node(value, stringTag, Self.mightReadAsOtherType(value) ? .singleQuoted : .any)
  }

  /// Plain scalars that Yams reads as a boolean, null, a merge key or a value key.
  private static let reservedWords: Set<String> = [
    "yes", "no", "true", "false", "on", "off", "null", "~", "", "<<", "=",
  ]

  /// Whether a plain scalar could resolve to a number, date, boolean or null: it starts like a
  /// number, date or `.inf` (a digit, sign or dot) or is a reserved word, in any case.
  static func mightReadAsOtherType(_ value: String) -> Bool {
    guard let first = value.unicodeScalars.first else { return true }
    return ("0"..."9").contains(first) || "+-.".unicodeScalars.contains(first)
      || (value.utf8.count <= 5 && reservedWords.contains(value.lowercased()))
  }
}
