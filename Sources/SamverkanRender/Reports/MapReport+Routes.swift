import Samverkan

extension MapReport {
  /// The routes a reader looks up, grouped by the sender's organisation: every route in use but
  /// the report of concern and SIP, which hold at every step and have their own section.
  struct RouteGroup {
    /// The organisation the senders belong to (the top of their ancestry).
    var organisation: String
    var routes: [Route]
  }

  /// Channels that are a duty or a meeting the law sets, not a way to ask: shown in the section
  /// on the report of concern and SIP.
  static let duties: Set<Channel> = [.reportOfConcern, .sipInvitation, .sipRequest]

  /// The usable routes that are not duties, grouped by the sender's organisation, in map order.
  var routeGroups: [RouteGroup] {
    var groups: [RouteGroup] = []
    for route in map.routes where map.isUsable(route) && !Self.duties.contains(route.channel) {
      let organisation = organisation(of: route.from)
      if let index = groups.firstIndex(where: { $0.organisation == organisation }) {
        groups[index].routes.append(route)
      } else {
        groups.append(RouteGroup(organisation: organisation, routes: [route]))
      }
    }
    return groups
  }

  /// The name of the organisation actor `id` belongs to: the top of its ancestry, or its own
  /// name (its id when the map lacks it).
  private func organisation(of id: String) -> String {
    guard let actor = map.actor(id) else { return id }
    let chain = map.ancestry(of: actor)
    return (chain.last { $0.kind == .organisation } ?? chain.last ?? actor).name
  }

  static var routeHeader: [String] {
    [
      L10n.report("report.page.column.from"), L10n.report("report.page.column.to"),
      L10n.report("report.page.column.channel"), L10n.report("report.page.column.sharing"),
      L10n.report("report.page.column.response"), L10n.report("report.page.column.purpose"),
    ]
  }

  /// One row of the routes table: names, channel, consent or law, response time, purpose.
  func routeRow(_ route: Route) -> [String] {
    [
      map.actor(route.from)?.name ?? route.from, map.actor(route.to)?.name ?? route.to,
      route.channel.name, route.sharing.name, route.response?.name ?? "", route.purpose ?? "",
    ]
  }

  /// The rules on the report of concern, SIP and the acute way, as the process view draws them;
  /// none for a map without a ladder.
  var dutyLines: [ProcessRules.Line] {
    ProcessView(map: map).map { ProcessRules($0, map: map).lines } ?? []
  }

  static var reachHeader: [String] {
    [L10n.report("report.column.actor"), L10n.report("report.page.column.reach")]
  }

  /// Each actor in place the map tells how to reach, with `contactSummary(of:)`.
  var reachRows: [[String]] {
    map.actors.filter { $0.status != .ended }.compactMap { actor in
      map.contactSummary(of: actor).map { [actor.name, $0] }
    }
  }
}
