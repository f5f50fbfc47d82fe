/// A municipality's process map: actors, their mandates, the routes between them, escalation ladders.
///
/// A map loaded from a file already holds everything its included templates hold.
public struct CollaborationMap: Sendable, Hashable, Codable, Identifiable {
  /// Whether a file is a municipality's map or a template meant to be included.
  public enum Kind: String, StrictEnum {
    case municipality
    case template
    public static let noun = "map kind"
  }

  public var id: String
  public var name: String
  public var kind: Kind
  public var reviewed: ReviewDate
  public var sources: [String]
  public var agreements: Agreements
  /// The map's own rule settings, its includes' laid under them.
  public var rules: RuleSettings
  public var actors: [Actor]
  public var routes: [Route]
  public var ladders: [EscalationLadder]
  /// The files this map was loaded from, the map's own first, then its includes.
  public var files: [String]

  public init(
    id: String, name: String, kind: Kind = .municipality, reviewed: ReviewDate,
    sources: [String] = [], agreements: Agreements = Agreements(),
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

  /// The first actor with this id.
  public func actor(_ id: String) -> Actor? { actors.first { $0.id == id } }

  /// The first route with this id.
  public func route(_ id: String) -> Route? { routes.first { $0.id == id } }

  /// The actors whose `parent` is `id`, in map order.
  public func children(of id: String) -> [Actor] { actors.filter { $0.parent == id } }
}
