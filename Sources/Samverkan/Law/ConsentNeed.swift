/// Whose consent a route needs for a pupil of a given age.
///
/// Domain.md, "Consent, age and the acute way": for a young child the guardians consent; a child
/// of about 12 and mature enough may decide on pupil-health conversations; in health care a
/// mature teenager can consent alone from about 15 (BUP alone only exceptionally earlier); from 15
/// a child speaks for themself in SoL matters; at 18 the pupil alone decides. Maturity is judged
/// case by case, so below 18 the guardians' consent always suffices and the pupil's own suffices
/// from the age the domain allows. OSL 12 kap. 2–3 §§, SoL 3 kap. 2–4 §§, FB 6 kap. 11 §.
public enum ConsentNeed: String, Sendable, Hashable, Codable, Comparable, CaseIterable {
  /// Nothing about the pupil passes, or a provision lets it pass: nobody's consent is needed.
  case none
  /// The guardians' consent, or the pupil's own if the pupil is mature enough for this domain.
  case guardiansOrPupil = "guardians-or-pupil"
  /// The guardians' consent.
  case guardians
  /// The pupil's own consent: the pupil is 18 or older.
  case pupil

  public static func < (lhs: ConsentNeed, rhs: ConsentNeed) -> Bool {
    allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
  }

  /// The consent needed to pass information into or out of `domains` about a pupil of `age`;
  /// `age` nil means the map cannot tell, and the guardians' consent is named.
  public static func forConsentRoute(between domains: [ConfidentialityDomain], age: Int?)
    -> ConsentNeed
  {
    guard let age else { return .guardians }
    if age >= 18 { return .pupil }
    let from = domains.map(ownConsentAge).max() ?? 18
    return age >= from ? .guardiansOrPupil : .guardians
  }

  /// From which age a mature pupil may consent alone in a domain.
  private static func ownConsentAge(_ domain: ConfidentialityDomain) -> Int {
    switch domain {
    case .school: 12
    case .healthCare, .socialServices: 15
    }
  }

  /// Whether consent given by the guardians and by the pupil, as a case says, meets this need.
  public func isMet(guardians: Bool, pupil ownConsent: Bool) -> Bool {
    switch self {
    case .none: true
    case .guardians: guardians
    case .guardiansOrPupil: guardians || ownConsent
    case .pupil: ownConsent
    }
  }

  /// The law that decides whose consent it is.
  public static let law = Citation.joined(.consentOfMinors, .childsVoice, .guardiansSay)
}
