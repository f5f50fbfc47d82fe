/// How many schools each municipality of a synthetic nation runs.
public enum SyntheticSchools: Sendable, Equatable {
  /// Four to eight, seven or eight in a county seat: the size of the real maps in Maps/.
  case few
  /// As many as Sweden's municipalities run, in their spread: two cities with 150 or more, a few
  /// dozen with 20 to 70, a long tail with a handful (`RealisticSchoolCounts`); about 4,700 in a
  /// nation of 290 municipalities.
  case realistic
  /// The same number in every municipality, within `eachLimit`: for growth series.
  case each(Int)

  /// The numbers of schools `each` may give a municipality: up to 240, whose 20 routes each at
  /// most keep the map within the loader's 5,000 routes (`LoadLimits.maxRoutes`).
  public static let eachLimit = 1...240

  /// `few`, `realistic` or a number within `eachLimit`; nil for anything else.
  public init?(parsing text: String) {
    switch text {
    case "few": self = .few
    case "realistic": self = .realistic
    default:
      guard let count = Int(text), Self.eachLimit.contains(count) else { return nil }
      self = .each(count)
    }
  }

  /// The text `init(parsing:)` reads back.
  public var argument: String {
    switch self {
    case .few: "few"
    case .realistic: "realistic"
    case .each(let count): "\(count)"
    }
  }
}
