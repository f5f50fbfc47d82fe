/// A contact route: who contacts whom, through which channel, and on what ground information passes.
public struct Route: Sendable, Hashable, Codable, Identifiable {
  public var id: String
  public var from: String
  public var to: String
  public var channel: Channel
  public var purpose: String?
  /// The concerns the route is used for; empty when the map does not say.
  public var concerns: [Concern]
  /// The severities the route is used for; empty when the map does not say.
  public var severities: [Severity]
  public var sharing: InformationSharing
  public var response: ResponseTime?
  public var status: Status
  /// Where the route was written; nil for routes built in code.
  public var source: SourceAnchor?

  public init(
    id: String, from: String, to: String, channel: Channel, purpose: String? = nil,
    concerns: [Concern] = [], severities: [Severity] = [], sharing: InformationSharing,
    response: ResponseTime? = nil, status: Status = .active,
    source: SourceAnchor? = nil
  ) {
    self.id = id
    self.from = from
    self.to = to
    self.channel = channel
    self.purpose = purpose
    self.concerns = concerns
    self.severities = severities
    self.sharing = sharing
    self.response = response
    self.status = status
    self.source = source
  }

  enum CodingKeys: String, CodingKey, CaseIterable {
    case id, from, to, channel, purpose, concerns, severities, consent, provision, response, status
  }

  /// How `consent:` is written in a map file.
  enum Consent: String, StrictEnum {
    case required
    case notRequired = "not-required"
    case notApplicable = "not-applicable"
    static var noun: String { L10n.diagnostics("enum.noun.consent") }

    static let aliases: [Self: [String]] = [
      .required: ["samtycke", "med samtycke"], .notRequired: ["utan samtycke", "ej samtycke"],
      .notApplicable: ["ej tillämpligt", "inga elevuppgifter"],
    ]
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
    id = try c.decodeID(forKey: .id)
    from = try c.decode(String.self, forKey: .from)
    to = try c.decode(String.self, forKey: .to)
    channel = try c.decode(Channel.self, forKey: .channel)
    purpose = try c.decodeIfPresent(String.self, forKey: .purpose)
    concerns = try c.decode([Concern].self, forKey: .concerns, default: [])
    severities = try c.decode([Severity].self, forKey: .severities, default: [])
    let provision = try c.decodeIfPresent(String.self, forKey: .provision)
    let consent = try c.decode(Consent.self, forKey: .consent)
    if consent != .notRequired, provision != nil {
      throw c.invalid(.provision, L10n.diagnostics("load.provision-without-not-required"))
    }
    switch consent {
    case .required: sharing = .consentRequired
    case .notApplicable: sharing = .notApplicable
    case .notRequired:
      guard let provision, !provision.isEmpty else {
        throw c.invalid(
          .consent, L10n.diagnostics("load.not-required-without-provision"))
      }
      sharing = .provision(provision)
    }
    response = try c.decodeIfPresent(ResponseTime.self, forKey: .response)
    status = try c.decode(Status.self, forKey: .status, default: .active)
    source = nil
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(from, forKey: .from)
    try c.encode(to, forKey: .to)
    try c.encode(channel, forKey: .channel)
    try c.encodeIfPresent(purpose, forKey: .purpose)
    if !concerns.isEmpty { try c.encode(concerns, forKey: .concerns) }
    if !severities.isEmpty { try c.encode(severities, forKey: .severities) }
    switch sharing {
    case .consentRequired: try c.encode(Consent.required, forKey: .consent)
    case .notApplicable: try c.encode(Consent.notApplicable, forKey: .consent)
    case .provision(let law):
      try c.encode(Consent.notRequired, forKey: .consent)
      try c.encode(law, forKey: .provision)
    }
    try c.encodeIfPresent(response, forKey: .response)
    try c.encode(status, forKey: .status)
  }
}
