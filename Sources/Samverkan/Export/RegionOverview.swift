import Foundation

/// A region at a glance: the actors its template shares with every municipality drawn once, each
/// municipality as a small box of its own lanes, and one link per municipality lane, shared
/// actor and kind of contact, with the number of routes it stands for.
///
///     let overview = RegionOverview(template: vgr, municipalities: [molndal, partille])
///     overview.links.first  // Mölndal's social services ← BUP, report of concern, 1 route
public struct RegionOverview: Sendable {
  /// One lane of one municipality: the actors it holds, the busiest of them named.
  public struct Lane: Sendable, Hashable {
    public var lane: ProcessLane
    /// The lane's actors, busiest first (by the number of the municipality's routes that touch
    /// them). Organisations that only hold other actors are left out.
    public var actors: [Actor]
  }

  /// A municipality of the region, as its small multiple shows it.
  public struct Member: Sendable {
    public var map: CollaborationMap
    /// Its lanes in process order; the family lane (the guardians) is its own, never shared.
    public var lanes: [Lane]
    /// The number of its routes between two of its own actors, drawn only as a count.
    public var localRoutes: Int
  }

  /// One drawn line between a municipality's lane and a shared actor: every route of one kind
  /// of contact (`MapStyle.edgeClass`) between the two, in either direction.
  public struct Link: Sendable, Hashable {
    public var municipality: String
    public var lane: ProcessLane
    public var shared: String
    /// The kind of contact: "report-of-concern", "referral", "sip", "consultation", "contact".
    public var group: String
    /// The ids of the routes from the lane to the shared actor.
    public var outgoing: [String]
    /// The ids of the routes from the shared actor to the lane.
    public var incoming: [String]
    /// The number of routes the line stands for.
    public var count: Int { outgoing.count + incoming.count }
  }

  /// A line between two shared actors: the routes of one kind of contact from one to the other.
  public struct SharedLink: Sendable, Hashable {
    public var from: String
    public var to: String
    public var group: String
    public var routes: [String]
  }

  public let template: CollaborationMap
  /// The actors every municipality shares: the template's, except the family (the guardians),
  /// whom each municipality has on its own.
  public let shared: [Actor]
  public let members: [Member]
  public let links: [Link]
  public let sharedLinks: [SharedLink]

  /// - Parameters:
  ///   - template: the region's template (`regions/<id>.yaml`).
  ///   - municipalities: the maps that include it, each with the template's actors and routes.
  public init(template: CollaborationMap, municipalities: [CollaborationMap]) {
    self.template = template
    let shared = template.actors.filter { template.processLane(of: $0) != .family }
    let sharedIDs = Set(shared.map(\.id))
    self.shared = shared
    var members: [Member] = []
    var links: [Link] = []
    var sharedLinks: [String: SharedLink] = [:]
    var sharedOrder: [String] = []
    func addShared(_ route: Route) {
      let key = "\(route.from)\u{1}\(route.to)\u{1}\(MapStyle.edgeClass(route.channel))"
      if sharedLinks[key] == nil {
        sharedOrder.append(key)
        sharedLinks[key] = SharedLink(
          from: route.from, to: route.to, group: MapStyle.edgeClass(route.channel), routes: [])
      }
      if !sharedLinks[key]!.routes.contains(route.id) { sharedLinks[key]!.routes.append(route.id) }
    }
    for route in template.routes
    where sharedIDs.contains(route.from) && sharedIDs.contains(route.to) {
      addShared(route)
    }
    for map in municipalities {
      let containers = Set(map.actors.compactMap(\.parent))
      var lanes: [ProcessLane: [Actor]] = [:]
      var laneOf: [String: ProcessLane] = [:]
      for actor in map.actors where !sharedIDs.contains(actor.id) {
        let lane = map.processLane(of: actor)
        laneOf[actor.id] = lane
        if actor.kind == .organisation && containers.contains(actor.id) { continue }
        lanes[lane, default: []].append(actor)
      }
      func busyness(_ actor: Actor) -> Int {
        map.routes(from: actor.id).count + map.routes(to: actor.id).count
      }
      var local = 0
      var own: [String: Link] = [:]
      var order: [String] = []
      for route in map.routes {
        let group = MapStyle.edgeClass(route.channel)
        switch (laneOf[route.from], laneOf[route.to]) {
        case (.some, .some): local += 1
        case (nil, nil):
          if sharedIDs.contains(route.from) && sharedIDs.contains(route.to) { addShared(route) }
        case (.some(let lane), nil), (nil, .some(let lane)):
          let outgoing = laneOf[route.from] != nil
          let other = outgoing ? route.to : route.from
          guard sharedIDs.contains(other) else { continue }
          let key = "\(lane.rawValue)\u{1}\(other)\u{1}\(group)"
          if own[key] == nil {
            order.append(key)
            own[key] = Link(
              municipality: map.id, lane: lane, shared: other, group: group, outgoing: [],
              incoming: [])
          }
          if outgoing {
            own[key]!.outgoing.append(route.id)
          } else {
            own[key]!.incoming.append(route.id)
          }
        }
      }
      links += order.compactMap { own[$0] }
      members.append(
        Member(
          map: map,
          lanes: lanes.keys.sorted().map { lane in
            Lane(
              lane: lane,
              actors: lanes[lane]!.enumerated().sorted {
                (busyness($0.element), -$0.offset) > (busyness($1.element), -$1.offset)
              }.map(\.element))
          }, localRoutes: local))
    }
    self.members = members
    self.links = links
    self.sharedLinks = sharedOrder.compactMap { sharedLinks[$0] }
  }

  /// The shared actors some municipality has a route with, in the order of `shared`: the columns
  /// of every municipality's table, the same in each so the boxes compare.
  public var columns: [Actor] {
    let linked = Set(links.map(\.shared))
    return shared.filter { linked.contains($0.id) }
  }

  /// A short name for each actor of `columns`, to head its column: the abbreviation its name ends with
  /// ("Barn- och ungdomspsykiatrin (BUP)" → "BUP"), the number it starts with ("1177 –
  /// sjukvårdsrådgivning" → "1177"), the name itself when short, else a letter; never two alike.
  public var keys: [String: String] {
    var keys: [String: String] = [:]
    var used = Set<String>()
    var letters = (UInt8(ascii: "A")...UInt8(ascii: "Z")).map { String(UnicodeScalar($0)) }
      .makeIterator()
    for actor in columns {
      let name = actor.name.trimmingCharacters(in: .whitespaces)
      var candidates: [String] = []
      if name.hasSuffix(")"), let open = name.lastIndex(of: "(") {
        candidates.append(String(name[name.index(after: open)..<name.index(before: name.endIndex)]))
      }
      if let dash = name.range(of: " – ") { candidates.append(String(name[..<dash.lowerBound])) }
      candidates.append(name)
      var key = candidates.first { $0.count <= Self.keyLength && !used.contains($0) }
      while key == nil || used.contains(key!) { key = letters.next() ?? actor.id }
      keys[actor.id] = key
      used.insert(key!)
    }
    return keys
  }

  /// The longest short name `keys` takes from a name.
  static let keyLength = 9

  /// The earliest and latest review dates of the municipalities' maps.
  public var reviewed: ClosedRange<ReviewDate> {
    let dates = members.map(\.map.reviewed)
    return (dates.min() ?? template.reviewed)...(dates.max() ?? template.reviewed)
  }

  /// The overview's name in the current language: "Västra Götalandsregionen: översikt".
  public var name: String { L10n.report("overview.title", template.name) }
}
