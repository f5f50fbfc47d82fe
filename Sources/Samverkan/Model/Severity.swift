/// How serious a concern is: the first line takes mild to moderate, BUP moderate-to-severe and severe.
public enum Severity: String, StrictEnum, Comparable {
  case mild
  case moderate
  case severe

  public static var noun: String { L10n.diagnostics("enum.noun.severity") }

  public static let aliases: [Self: [String]] = [
    .mild: ["lindrig"], .moderate: ["måttlig"], .severe: ["allvarlig"],
  ]

  public static func < (lhs: Severity, rhs: Severity) -> Bool {
    lhs.rank < rhs.rank
  }

  private var rank: Int {
    switch self {
    case .mild: 0
    case .moderate: 1
    case .severe: 2
    }
  }

  /// The name in the current language: "lindrig", or "mild".
  public var name: String { L10n.values("severity.\(rawValue)") }
}
