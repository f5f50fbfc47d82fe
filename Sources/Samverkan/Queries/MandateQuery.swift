/// An actor together with the mandate that makes it answer for a concern.
public struct MandateHolder: Sendable, Hashable {
  public var actor: Actor
  public var mandate: Mandate
}

extension CollaborationMap {
  /// The active actors whose mandate covers a concern, in map order.
  ///
  ///     map.mandateHolders(for: .mentalHealth, severity: .mild, age: 13)
  public func mandateHolders(
    for concern: Concern, severity: Severity? = nil, age: Int? = nil
  ) -> [MandateHolder] {
    actors.filter { $0.status == .active }.flatMap { actor in
      actor.mandates
        .filter { $0.covers(concern, severity: severity, age: age) }
        .prefix(1)
        .map { MandateHolder(actor: actor, mandate: $0) }
    }
  }
}
