/// How one actor contacts another.
public enum Channel: String, StrictEnum {
  case phone
  case email
  case webForm = "web-form"
  case meeting
  case consultation
  case referral
  case careRequest = "care-request"
  case application
  case reportOfConcern = "report-of-concern"
  case sipInvitation = "sip-invitation"
  case sipRequest = "sip-request"
  case notification

  public static var noun: String { L10n.diagnostics("enum.noun.channel") }

  public static let aliases: [Self: [String]] = [
    .phone: ["telefon"], .email: ["e-post"], .webForm: ["webbformulär"], .meeting: ["möte"],
    .consultation: ["konsultation"], .referral: ["remiss"],
    .careRequest: ["vårdbegäran", "egen vårdbegäran"], .application: ["ansökan"],
    .reportOfConcern: ["orosanmälan"], .sipInvitation: ["kallelse till SIP"],
    .sipRequest: ["begäran om SIP"], .notification: ["underrättelse", "anmälan"],
  ]

  /// The name in the current language, as on the map's arrows: "remiss", or "referral".
  public var name: String { L10n.values("channel.\(rawValue)") }
}
