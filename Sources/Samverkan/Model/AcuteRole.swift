/// The part an actor plays in the acute way, when a pupil's life may be in danger.
///
/// Domain: "Suicide risk with a plan, or a life in danger: call 112; BUP's emergency entry (akut)
/// sees children the same day; 1177 gives advice day and night."
public enum AcuteRole: String, StrictEnum, Comparable {
  /// The emergency number 112: a life in danger, suicide risk with a plan.
  case emergencyCall = "emergency-call"
  /// Child and adolescent psychiatry's emergency entry: sees children the same day.
  case emergencyEntry = "emergency-entry"
  /// 1177: health-care advice day and night.
  case adviceLine = "advice-line"

  public static var noun: String { L10n.diagnostics("enum.noun.acute-role") }

  public static let aliases: [Self: [String]] = [
    .emergencyCall: ["larmnummer"], .emergencyEntry: ["akutmottagning"],
    .adviceLine: ["rådgivning"],
  ]

  public static func < (lhs: AcuteRole, rhs: AcuteRole) -> Bool {
    allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
  }
}
