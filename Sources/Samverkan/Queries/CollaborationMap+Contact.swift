extension CollaborationMap {
  /// Whom to ask for and how to reach them: the role from the actor or the nearest unit above it
  /// that names one, the ways in (phone, mailbox, form, page, address, hours) from the nearest
  /// that has any: `Mottagningen barn och unga · via Mölndals stad: 031-315 10 00`. Nil when
  /// the map says neither.
  public func contactSummary(of actor: Actor) -> String? {
    let chain = ancestry(of: actor)
    let role = chain.lazy.compactMap { $0.contact?.role }.first
    var parts = role.map { [$0] } ?? []
    if let holder = chain.first(where: { $0.contact?.isReachable == true }),
      let contact = holder.contact
    {
      let reach = [
        contact.phone, contact.email, contact.webForm, contact.url, contact.address, contact.hours,
      ].compactMap { $0 }.joined(separator: " · ")
      parts.append(holder.id == actor.id ? reach : L10n.values("contact.via", holder.name, reach))
    }
    return parts.isEmpty ? nil : parts.joined(separator: " · ")
  }
}
