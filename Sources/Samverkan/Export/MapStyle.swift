/// The look of a process map: sector colours (pale tints of the Okabe–Ito palette, safe for
/// colour-blind readers: school orange, social services sky blue, health care bluish green, the
/// family reddish purple, others grey) and a line style per kind of channel, so the map also reads
/// in black and white.
///
/// Public so that the embeddable SVG's style sheet and legend are built from the same values as
/// the picture Graphviz draws.
public enum MapStyle {
  /// The font every label is set in.
  public static let font = "Helvetica"

  /// The line colour of planned or ended routes.
  public static let planned = "#888888"

  /// The label colour of planned or ended routes.
  public static let plannedText = "#666666"

  /// A sector's node fill on a light page.
  public static func fill(_ sector: Sector) -> String {
    switch sector {
    case .school: "#FCE3B0"
    case .socialServices: "#CFE8F7"
    case .healthCare: "#C3EBDD"
    case .family: "#F7DCEA"
    case .other: "#E8E8E8"
    }
  }

  /// A sector's node and box border on a light page.
  public static func border(_ sector: Sector) -> String {
    switch sector {
    case .school: "#B57A00"
    case .socialServices: "#2F7FB0"
    case .healthCare: "#00795A"
    case .family: "#A0527F"
    case .other: "#6E6E6E"
    }
  }

  /// A sector's node fill on a dark page: the same hue, dark enough for light text.
  public static func darkFill(_ sector: Sector) -> String {
    switch sector {
    case .school: "#5C3F00"
    case .socialServices: "#163F5A"
    case .healthCare: "#0B4A3A"
    case .family: "#5A2A47"
    case .other: "#3A3A3A"
    }
  }

  /// A sector's node and box border on a dark page.
  public static func darkBorder(_ sector: Sector) -> String {
    switch sector {
    case .school: "#E69F00"
    case .socialServices: "#56B4E9"
    case .healthCare: "#3CC59A"
    case .family: "#CC79A7"
    case .other: "#AAAAAA"
    }
  }

  /// Colour, line style and width for a route's channel.
  public static func line(_ channel: Channel) -> (color: String, style: String, width: String) {
    switch channel {
    case .reportOfConcern: ("#D55E00", "bold", "2.2")
    case .referral, .careRequest: ("#0072B2", "solid", "1.4")
    case .sipInvitation, .sipRequest: ("#CC79A7", "dashed", "1.6")
    case .meeting, .consultation: ("#009E73", "solid", "1.2")
    case .phone, .email, .webForm, .application, .notification: ("#555555", "solid", "1.0")
    }
  }

  /// The colour of a route's label on a light page: the line's hue, dark enough for 9-point text
  /// (contrast at least 4.5:1 against white, WCAG 2.1 AA).
  public static func labelColor(_ channel: Channel) -> String {
    switch channel {
    case .reportOfConcern: "#B34F00"
    case .referral, .careRequest: "#0072B2"
    case .sipInvitation, .sipRequest: "#A0527F"
    case .meeting, .consultation: "#007A5A"
    case .phone, .email, .webForm, .application, .notification: "#555555"
    }
  }

  /// A route's line colour on a dark page: a lighter tint of the same Okabe–Ito hue.
  public static func darkLineColor(_ channel: Channel) -> String {
    switch channel {
    case .reportOfConcern: "#FF8A3D"
    case .referral, .careRequest: "#56B4E9"
    case .sipInvitation, .sipRequest: "#E3A6C8"
    case .meeting, .consultation: "#3CC59A"
    case .phone, .email, .webForm, .application, .notification: "#BBBBBB"
    }
  }

  /// CSS class of a route's channel group, for reports that restyle the SVG.
  public static func edgeClass(_ channel: Channel) -> String {
    switch channel {
    case .reportOfConcern: "report-of-concern"
    case .referral, .careRequest: "referral"
    case .sipInvitation, .sipRequest: "sip"
    case .meeting, .consultation: "consultation"
    case .phone, .email, .webForm, .application, .notification: "contact"
    }
  }
}
