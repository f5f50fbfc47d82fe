/// How soon the receiver of a contact is expected to respond.
public enum ResponseTime: Sendable, Hashable, Codable, CustomStringConvertible {
  case immediately
  case sameDay
  case hours(Int)
  case days(Int)
  case weeks(Int)

  /// Parses `immediately`, `same day`, or `N hours|days|weeks` (N from 1 to 365).
  public init?(parsing text: String) {
    let words = text.lowercased().split(separator: " ")
    switch words.count {
    case 1 where words[0] == "immediately": self = .immediately
    case 2 where words[0] == "same" && words[1] == "day": self = .sameDay
    case 2:
      guard let count = Int(words[0]), (1...365).contains(count) else { return nil }
      switch words[1] {
      case "hour", "hours": self = .hours(count)
      case "day", "days": self = .days(count)
      case "week", "weeks": self = .weeks(count)
      default: return nil
      }
    default: return nil
    }
  }

  public var description: String {
    switch self {
    case .immediately: "immediately"
    case .sameDay: "same day"
    case .hours(let n): "\(n) \(n == 1 ? "hour" : "hours")"
    case .days(let n): "\(n) \(n == 1 ? "day" : "days")"
    case .weeks(let n): "\(n) \(n == 1 ? "week" : "weeks")"
    }
  }

  /// The wording in the current language: "samma dag", "3 veckor"; "same day", "3 weeks".
  public var name: String {
    switch self {
    case .immediately: L10n.values("response-time.immediately")
    case .sameDay: L10n.values("response-time.same-day")
    case .hours(let n):
      n == 1 ? L10n.values("response-time.hour") : L10n.values("response-time.hours", String(n))
    case .days(let n):
      n == 1 ? L10n.values("response-time.day") : L10n.values("response-time.days", String(n))
    case .weeks(let n):
      n == 1 ? L10n.values("response-time.week") : L10n.values("response-time.weeks", String(n))
    }
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let value = ResponseTime(parsing: text) else {
      throw DecodingError.dataCorruptedError(
        in: container,
        debugDescription:
          "response time '\(text)' is not 'immediately', 'same day' or 'N hours|days|weeks' with N from 1 to 365"
      )
    }
    self = value
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
