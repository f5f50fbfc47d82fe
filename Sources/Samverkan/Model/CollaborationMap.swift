/// A municipality's process map: actors, their mandates, the routes between them, escalation ladders.
///
/// A map loaded from a file already holds everything its included templates hold.
public struct CollaborationMap: Sendable, Hashable, Codable, Identifiable {
  /// Whether a file is a municipality's map or a template meant to be included.
  public enum Kind: String, StrictEnum {
    case municipality
    case template
    public static var noun: String { L10n.diagnostics("enum.noun.map-kind") }

    public static let aliases: [Self: [String]] = [.municipality: ["kommun"], .template: ["mall"]]
  }

  public var id: String
  public var name: String
  public var kind: Kind
  public var reviewed: ReviewDate
  /// The documents the map rests on.
  public var sources: [MapSource]
  public var agreements: Agreements
  /// The map's own rule settings, its includes' laid under them.
  public var rules: RuleSettings
  public var actors: [Actor] { didSet { indexCache = MapIndexCache() } }
  public var routes: [Route] { didSet { indexCache = MapIndexCache() } }
  public var ladders: [EscalationLadder]
  /// The files this map was loaded from, the map's own first, then its includes.
  public var files: [String]
  /// Lookups by id, built on first use (see `CollaborationMap+Index.swift`).
  var indexCache = MapIndexCache()

  enum CodingKeys: String, CodingKey {
    case id, name, kind, reviewed, sources, agreements, rules, actors, routes, ladders, files
  }

  public static func == (lhs: Self, rhs: Self) -> Bool {
    (lhs.id, lhs.name, lhs.kind, lhs.reviewed, lhs.sources, lhs.files)
      == (rhs.id, rhs.name, rhs.kind, rhs.reviewed, rhs.sources, rhs.files)
      && lhs.agreements == rhs.agreements && lhs.rules == rhs.rules && lhs.actors == rhs.actors
      && lhs.routes == rhs.routes && lhs.ladders == rhs.ladders
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(id)
    hasher.combine(actors)
    hasher.combine(routes)
    hasher.combine(ladders)
  }

  public init(
    id: String, name: String, kind: Kind = .municipality, reviewed: ReviewDate,
    sources: [MapSource] = [], agreements: Agreements = Agreements(),
    rules: RuleSettings = RuleSettings(), actors: [Actor] = [],
    routes: [Route] = [], ladders: [EscalationLadder] = [], files: [String] = []
  ) {
    self.id = id
    self.name = name
    self.kind = kind
    self.reviewed = reviewed
    self.sources = sources
    self.agreements = agreements
    self.rules = rules
    self.actors = actors
    self.routes = routes
    self.ladders = ladders
    self.files = files
  }
}
