/// On what ground information about a pupil may pass along a route.
public enum InformationSharing: Sendable, Hashable {
  /// The guardians (or a mature pupil) must consent.
  case consentRequired
  /// The named legal provision lets the information pass without consent.
  case provision(String)
  /// No information about a pupil crosses, e.g. an anonymous consultation or the family's own contact.
  case notApplicable

  /// Whether guardian consent is needed.
  public var needsConsent: Bool { self == .consentRequired }
}
