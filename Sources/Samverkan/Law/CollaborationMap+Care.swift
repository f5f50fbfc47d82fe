/// Which care takes which mental ill-health: the first line before child psychiatry.
///
/// The first line (vårdcentral, UPH) is the entry for mild to moderate mental ill-health; BUP
/// takes moderate-to-severe and severe (seed 000: "första linjen är ingång vid psykisk ohälsa ...
/// BUP:s uppdrag är att ta emot och samverka kring barn och unga med allvarligare besvär";
/// domain.md rule 5). A local rule: the region's organisation of care, not a paragraph of law.
extension CollaborationMap {
  /// Whether the actor is health care for mental ill-health that takes mild cases: the first line.
  public func isFirstLine(_ actor: Actor) -> Bool {
    actor.sector == .healthCare && actor.acute == nil
      && actor.mandates.contains { $0.covers(.mentalHealth, severity: .mild) }
  }

  /// The ages of the actor's mental-health mandates if it is a specialist: health care with a
  /// mental-health mandate, none of which covers mild (BUP). Nil for everyone else.
  public func specialistAges(_ actor: Actor) -> [AgeRange]? {
    let mandates = actor.mandates.filter { $0.concerns.contains(.mentalHealth) }
    guard actor.sector == .healthCare, actor.acute == nil, !mandates.isEmpty,
      !mandates.contains(where: { $0.severities.contains(.mild) })
    else { return nil }
    return mandates.map(\.ages)
  }
}
