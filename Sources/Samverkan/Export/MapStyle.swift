/// The look of a process map: sector colours (Okabe–Ito, safe for colour-blind readers) and a line
/// style per kind of channel, so the map also reads in black and white.
enum MapStyle {
  static let font = "Helvetica"

  static func fill(_ sector: Sector) -> String {
    switch sector {
    case .school: "#FCE3B0"
    case .socialServices: "#CFE8F7"
    case .healthCare: "#C3EBDD"
    case .family: "#FAF5C0"
    case .other: "#E8E8E8"
    }
  }

  static func border(_ sector: Sector) -> String {
    switch sector {
    case .school: "#B57A00"
    case .socialServices: "#2F7FB0"
    case .healthCare: "#00795A"
    case .family: "#9A8F00"
    case .other: "#6E6E6E"
    }
  }

  /// Colour, line style and width for a route's channel.
  static func line(_ channel: Channel) -> (color: String, style: String, width: String) {
    switch channel {
    case .reportOfConcern: ("#D55E00", "bold", "2.2")
    case .referral, .careRequest: ("#0072B2", "solid", "1.4")
    case .sipInvitation, .sipRequest: ("#CC79A7", "dashed", "1.6")
    case .meeting, .consultation: ("#009E73", "solid", "1.2")
    case .phone, .email, .webForm, .application, .notification: ("#555555", "solid", "1.0")
    }
  }

  /// CSS class of a route's channel group, for reports that restyle the SVG.
  static func edgeClass(_ channel: Channel) -> String {
    switch channel {
    case .reportOfConcern: "report-of-concern"
    case .referral, .careRequest: "referral"
    case .sipInvitation, .sipRequest: "sip"
    case .meeting, .consultation: "consultation"
    case .phone, .email, .webForm, .application, .notification: "contact"
    }
  }
}
