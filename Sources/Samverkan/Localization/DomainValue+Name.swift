extension Status {
  /// The name in the current language: "planerad", or "planned".
  public var name: String { L10n.values("status.\(rawValue)") }
}

extension ActorKind {
  /// The name in the current language: "enhet", or "unit".
  public var name: String { L10n.values("actor-kind.\(rawValue)") }
}

extension AcuteRole {
  /// The name in the current language: "larmnummer", or "emergency number".
  public var name: String { L10n.values("acute-role.\(rawValue)") }
}

extension ConsentNeed {
  /// The name in the current language: "vårdnadshavarnas samtycke", or "the guardians' consent".
  public var name: String { L10n.values("consent-need.\(rawValue)") }
}

extension InformationSharing {
  /// How information passes, in the current language: "med vårdnadshavares samtycke", "utan
  /// samtycke — lagstöd: OSL 10 kap. 2 §", "inga elevuppgifter".
  public var name: String {
    switch self {
    case .consentRequired: L10n.values("sharing.consent-required")
    case .provision(let law): L10n.values("sharing.provision", law)
    case .notApplicable: L10n.values("sharing.not-applicable")
    }
  }
}

extension AgeRange {
  /// The range in the current language: "6-17 år", or "alla åldrar".
  public var name: String {
    isEveryAge ? L10n.values("ages.all") : L10n.values("ages.range", description)
  }
}
