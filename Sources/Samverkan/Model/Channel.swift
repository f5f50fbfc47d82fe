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

  /// The name in the current language, as on the map's arrows: "remiss", or "referral".
  public var name: String { L10n.values("channel.\(rawValue)") }
}
