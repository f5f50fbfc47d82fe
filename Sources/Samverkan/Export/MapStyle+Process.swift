extension MapStyle {
  /// The line colour of the routes that take a case from one step of a ladder to the next.
  public static let escalation = "#222222"

  /// A sector's lane background in the process view: a pale tint of its fill (a third of the
  /// fill over white), so that lanes match the network view's sectors.
  public static func laneFill(_ sector: Sector) -> String {
    switch sector {
    case .school: "#FEF6E6"
    case .socialServices: "#EDF6FC"
    case .healthCare: "#EAF7F1"
    case .family: "#FCF4F8"
    case .other: "#F4F4F4"
    }
  }

  /// The mark a route's label carries for how information passes: "●" with consent, "§" without
  /// consent on a legal basis, nothing when no pupil data passes.
  public static func consentMark(_ sharing: InformationSharing) -> String {
    switch sharing {
    case .consentRequired: "●"
    case .provision: "§"
    case .notApplicable: ""
    }
  }
}
