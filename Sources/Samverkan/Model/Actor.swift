/// An organisation, unit or function that takes part in the collaboration around a pupil.
public struct Actor: Sendable, Hashable, Codable, Identifiable {
  public var id: String
  public var name: String
  public var kind: ActorKind
  public var sector: Sector
  public var parent: String?
  public var laws: [String]
  public var status: Status
  public var contact: ContactPoint?
  public var mandates: [Mandate]
  public var note: String?
  /// The actor's part in the acute way, if it has one.
  public var acute: AcuteRole?
  /// Where the actor was written; nil for actors built in code.
  public var source: SourceAnchor?

  public init(
    id: String, name: String, kind: ActorKind, sector: Sector, parent: String? = nil,
    laws: [String] = [], status: Status = .active, contact: ContactPoint? = nil,
    mandates: [Mandate] = [], note: String? = nil, acute: AcuteRole? = nil,
    source: SourceAnchor? = nil
  ) {
    self.id = id
    self.name = name
    self.kind = kind
    self.sector = sector
    self.parent = parent
    self.laws = laws
    self.status = status
    self.contact = contact
    self.mandates = mandates
    self.note = note
    self.acute = acute
    self.source = source
  }

  enum CodingKeys: String, CodingKey, CaseIterable {
    case id, name, kind, sector, parent, laws, status, contact, mandates, note, acute
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
    id = try c.decodeID(forKey: .id)
    name = try c.decodeText(forKey: .name)
    kind = try c.decode(ActorKind.self, forKey: .kind)
    sector = try c.decode(Sector.self, forKey: .sector)
    parent = try c.decodeIfPresent(String.self, forKey: .parent)
    laws = try c.decode([String].self, forKey: .laws, default: [])
    status = try c.decode(Status.self, forKey: .status, default: .active)
    contact = try c.decodeIfPresent(ContactPoint.self, forKey: .contact)
    mandates = try c.decode([Mandate].self, forKey: .mandates, default: [])
    note = try c.decodeIfPresent(String.self, forKey: .note)
    acute = try c.decodeIfPresent(AcuteRole.self, forKey: .acute)
    source = nil
  }
}
