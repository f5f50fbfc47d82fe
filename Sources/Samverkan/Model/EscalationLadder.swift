/// The ordered steps a case climbs for one concern, e.g. problematic absence.
public struct EscalationLadder: Sendable, Hashable, Codable, Identifiable {
  public var id: String
  public var name: String
  public var concern: Concern
  public var steps: [Step]
  /// Where the ladder was written; nil for ladders built in code.
  public var source: SourceAnchor?

  /// One step: what brings a case here, who is responsible, and the route to the next step.
  public struct Step: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var name: String
    public var trigger: String?
    /// The case's absence and severity from which the step applies; nil: every case that climbs.
    public var entry: StepEntry?
    /// Whether the step is an exercise of authority: a child-protection investigation or an order
    /// under a fine, which a case reaches only as the law allows (see `CollaborationLaw`).
    public var authority: Bool
    public var actor: String
    /// The id of the route from this step's actor to the next step's actor; nil on the last step.
    public var escalate: String?
    public var source: SourceAnchor?

    public init(
      id: String, name: String, trigger: String? = nil, entry: StepEntry? = nil,
      authority: Bool = false, actor: String, escalate: String? = nil, source: SourceAnchor? = nil
    ) {
      self.id = id
      self.name = name
      self.trigger = trigger
      self.entry = entry
      self.authority = authority
      self.actor = actor
      self.escalate = escalate
      self.source = source
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
      case id, name, trigger, entry, authority, actor, escalate
    }

    public init(from decoder: any Decoder) throws {
      let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
      id = try c.decodeID(forKey: .id)
      name = try c.decodeText(forKey: .name)
      trigger = try c.decodeIfPresent(String.self, forKey: .trigger)
      entry = try c.decodeIfPresent(StepEntry.self, forKey: .entry)
      authority = try c.decode(Bool.self, forKey: .authority, default: false)
      actor = try c.decode(String.self, forKey: .actor)
      escalate = try c.decodeIfPresent(String.self, forKey: .escalate)
      source = nil
    }
  }

  public init(
    id: String, name: String, concern: Concern, steps: [Step], source: SourceAnchor? = nil
  ) {
    self.id = id
    self.name = name
    self.concern = concern
    self.steps = steps
    self.source = source
  }

  enum CodingKeys: String, CodingKey, CaseIterable {
    case id, name, concern, steps
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
    id = try c.decodeID(forKey: .id)
    name = try c.decodeText(forKey: .name)
    concern = try c.decode(Concern.self, forKey: .concern)
    steps = try c.decode([Step].self, forKey: .steps)
    if steps.isEmpty { throw c.invalid(.steps, L10n.diagnostics("load.ladder-without-steps")) }
    source = nil
  }
}
