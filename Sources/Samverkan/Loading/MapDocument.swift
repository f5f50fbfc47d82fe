/// One map file as written, before its includes are merged in.
struct MapDocument: Decodable {
  static let supportedFormat = 1

  var id: String
  var name: String
  var kind: CollaborationMap.Kind
  var reviewed: ReviewDate
  var sources: [MapSource]
  var include: [String]
  var agreements: Agreements
  var actors: [Actor]
  var routes: [Route]
  var ladders: [EscalationLadder]
  var rules: RuleSettings

  enum CodingKeys: String, CodingKey, CaseIterable {
    case format, id, name, kind, reviewed, sources, include, agreements, actors, routes, ladders
    case rules
  }

  init(from decoder: any Decoder) throws {
    let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
    let format = try c.decode(Int.self, forKey: .format)
    guard format == Self.supportedFormat else {
      throw c.invalid(
        .format,
        L10n.diagnostics(
          "load.format-unsupported", String(format), String(Self.supportedFormat)))
    }
    id = try c.decodeID(forKey: .id)
    name = try c.decodeText(forKey: .name)
    kind = try c.decode(CollaborationMap.Kind.self, forKey: .kind, default: .municipality)
    reviewed = try c.decode(ReviewDate.self, forKey: .reviewed)
    sources = try c.decode([MapSource].self, forKey: .sources, default: [])
    include = try c.decode([String].self, forKey: .include, default: [])
    agreements = try c.decode(Agreements.self, forKey: .agreements, default: Agreements())
    actors = try c.decode([Actor].self, forKey: .actors, default: [])
    routes = try c.decode([Route].self, forKey: .routes, default: [])
    ladders = try c.decode([EscalationLadder].self, forKey: .ladders, default: [])
    rules = try c.decode(RuleSettings.self, forKey: .rules, default: RuleSettings())
  }
}
