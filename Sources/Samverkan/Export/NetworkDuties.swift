/// The duties the network view draws once, as a band in its title, instead of as arrows: the
/// reports of concern to social services (`Citation.reportOfConcern`) and the SIP invitations and
/// requests (`Citation.sip`). Drawn as arrows they fan into one box on every map and
/// drown the routes people take; the band names who reports by a route in the map and who
/// convenes a SIP.
///
/// Only routes in use are collapsed, and only those the band names: a planned or ended one, a
/// report to someone outside social services, an invitation from an actor that may not convene a
/// SIP, and a request to one are drawn as arrows, where a reader sees them.
public struct NetworkDuties: Sendable {
  /// The routes the band stands for, in map order; none of them is drawn as an arrow.
  public let routes: [Route]
  /// The band's rules: the report of concern, and SIP when the map has a convener.
  public let rules: ProcessRules

  /// The duties of `map`, in the current language.
  public init(map: CollaborationMap) {
    let reports = map.routes.filter(map.isReportOfConcern)
    let invitations = map.routes.filter { route in
      route.channel == .sipInvitation && map.isUsable(route)
        && map.actor(route.from).map(map.mayConveneSIP) == true
    }
    let conveners = Set(invitations.map(\.from))
    let requests =
      conveners.isEmpty
      ? []
      : map.routes.filter { route in
        route.channel == .sipRequest && map.isUsable(route)
          && map.actor(route.to).map(map.mayConveneSIP) == true
      }
    let requesters = ProcessRules.names(requests.compactMap { map.actor($0.from) })
    let collapsed = Set((reports + invitations + requests).map(\.id))
    routes = map.routes.filter { collapsed.contains($0.id) }
    rules = ProcessRules(
      reportRoutes: reports, sipConveners: map.actors.filter { conveners.contains($0.id) },
      acuteWay: [], map: map,
      sipNote: requesters.isEmpty ? "" : L10n.report("network.rule.sip.requests", requesters))
  }
}
