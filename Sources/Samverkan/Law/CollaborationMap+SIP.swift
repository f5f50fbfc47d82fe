/// The coordinated individual plan (SIP): who convenes, who may only request one.
///
/// When a child needs efforts from both social services and health care, the municipality and
/// the region must take the initiative, with consent, at once (SoL 10 kap. 8 §, HSL 16 kap. 4 §).
/// The school has no duty to convene; it may request a SIP and take part, and whether it may
/// convene is a local agreement (seed 002: "vi får inte kalla"; domain.md rule 4).
extension CollaborationMap {
  /// Whether the actor may convene a SIP: social services and health care by law, a school only
  /// where the map's local agreement says so.
  public func mayConveneSIP(_ actor: Actor) -> Bool {
    switch actor.sector {
    case .socialServices, .healthCare: true
    case .school: agreements.schoolMayConveneSIP == true
    case .family, .other: false
    }
  }

  /// Whether the actor is one the law obliges to take the initiative (social services or health
  /// care), as opposed to a school that may by agreement.
  public func mustTakeSIPInitiative(_ actor: Actor) -> Bool {
    actor.sector == .socialServices || actor.sector == .healthCare
  }

  /// The usable SIP invitations sent by actors who may convene, in map order.
  public var sipInvitations: [Route] {
    routes.filter { route in
      route.channel == .sipInvitation && isUsable(route)
        && actor(route.from).map(mayConveneSIP) == true
    }
  }

  /// The nearest of the actor and the units it belongs to with a usable invitation it may send,
  /// preferring one that leads to an actor in `towards` (ids).
  public func sipInvitation(from actor: Actor, towards: Set<String> = []) -> Route? {
    for member in ancestry(of: actor) where mayConveneSIP(member) {
      let invitations = routes(from: member.id).filter {
        $0.channel == .sipInvitation && isUsable($0)
      }
      if let route = invitations.first(where: { towards.contains($0.to) }) ?? invitations.first {
        return route
      }
    }
    return nil
  }

  /// The route by which the actor, or a unit it belongs to, asks for a SIP.
  public func sipRequestRoute(for actor: Actor) -> Route? {
    for member in ancestry(of: actor) {
      if let route = routes(from: member.id).first(where: {
        $0.channel == .sipRequest && isUsable($0)
      }) {
        return route
      }
    }
    return nil
  }
}
