extension CollaborationMap {
  /// Whose consent the route needs for a pupil of `age` (nil: unknown): none when nothing about
  /// the pupil passes or a provision lets it pass; else by the confidentiality domains at its ends.
  public func consentNeed(for route: Route, age: Int?) -> ConsentNeed {
    guard route.sharing == .consentRequired else { return .none }
    let domains = [route.from, route.to].compactMap {
      actor($0).flatMap(ConfidentialityDomain.init)
    }
    return ConsentNeed.forConsentRoute(between: domains, age: age)
  }

  /// The most a chain of routes asks: the strictest consent any of its routes needs.
  public func consentNeed(for path: [Route], age: Int?) -> ConsentNeed {
    path.map { consentNeed(for: $0, age: age) }.max() ?? .none
  }
}
