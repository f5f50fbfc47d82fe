/// A confidentiality domain under OSL: information about a pupil crosses between domains only
/// with consent or under a provision.
///
/// The school's medical and psychological part (nurse, doctor, psychologist) works under HSL and
/// its records fall under OSL 25 kap., so a school actor under `HSL` belongs to health care; the
/// kurator and the rektor never do (domain.md rule 3).
public enum ConfidentialityDomain: Sendable, Hashable, CaseIterable {
  /// Pupil health and special support (OSL 23 kap. 2 §).
  case school
  /// Social services (OSL 26 kap. 1 §).
  case socialServices
  /// Health care, the school nurse and doctor included (OSL 25 kap. 1 §).
  case healthCare

  /// The domain an actor's information about a pupil falls under; nil for the family and others.
  public init?(of actor: Actor) {
    switch actor.sector {
    case .school: self = actor.laws.contains("HSL") ? .healthCare : .school
    case .socialServices: self = .socialServices
    case .healthCare: self = .healthCare
    case .family, .other: return nil
    }
  }

  /// The provision that makes the domain's information secret.
  public var secrecy: String {
    switch self {
    case .school: Citation.pupilHealthSecrecy.text
    case .socialServices: "OSL 26 kap. 1 §"
    case .healthCare: "OSL 25 kap. 1 §"
    }
  }

  /// The domain's name with its provision in the current language, for messages:
  /// "hälso- och sjukvården (OSL 25 kap. 1 §)", or "health care (OSL 25 kap. 1 §)".
  public var name: String {
    switch self {
    case .school: L10n.values("confidentiality-domain.school", secrecy)
    case .socialServices: L10n.values("confidentiality-domain.social-services", secrecy)
    case .healthCare: L10n.values("confidentiality-domain.health-care", secrecy)
    }
  }
}
