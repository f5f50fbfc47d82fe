/// The acute way: suicide risk with a plan, or a life in danger.
///
/// Domain.md: "call 112; BUP's emergency entry (akut) sees children the same day; 1177 gives advice
/// day and night. Every map must show the acute way, and a query about suicide or self-harm must
/// put it first whatever severity is given."
extension CollaborationMap {
  /// The active actors of the acute way, in the order to take them: 112, the emergency entry,
  /// 1177; within a role, map order.
  public var acuteWay: [Actor] {
    actors.filter { $0.acute != nil && $0.status == .active }
      .enumerated()
      .sorted {
        ($0.element.acute ?? .adviceLine, $0.offset) < ($1.element.acute ?? .adviceLine, $1.offset)
      }
      .map(\.element)
  }

  /// The acute roles the map lacks.
  public var missingAcuteRoles: [AcuteRole] {
    let present = Set(acuteWay.compactMap(\.acute))
    return AcuteRole.allCases.filter { !present.contains($0) }
  }

  /// Whether concerns call for the acute way first: suicide risk (self-harm reads as it).
  public static func callsForAcuteWay(_ concerns: [Concern]) -> Bool {
    concerns.contains(.suicideRisk)
  }
}
