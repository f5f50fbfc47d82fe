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

  public static let noun = "channel"

  /// The Swedish name shown on the map's arrows.
  public var swedishName: String {
    switch self {
    case .phone: "telefon"
    case .email: "e-post"
    case .webForm: "webbformulär"
    case .meeting: "möte"
    case .consultation: "konsultation"
    case .referral: "remiss"
    case .careRequest: "egen vårdbegäran"
    case .application: "ansökan"
    case .reportOfConcern: "orosanmälan"
    case .sipInvitation: "kallelse till SIP"
    case .sipRequest: "begäran om SIP"
    case .notification: "anmälan"
    }
  }
}
