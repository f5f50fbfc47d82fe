import Foundation

/// An inclusive range of ages in years, written `"6-17"` in a map.
public struct AgeRange: Sendable, Hashable, Codable, CustomStringConvertible {
  public var lower: Int
  public var upper: Int

  /// Every age a map can name, 0 to 25: what a mandate without `ages` covers (Maps/README.md).
  public static let all = AgeRange(lower: 0, upper: 25)

  /// Whether the range is every age.
  public var isEveryAge: Bool { self == .all }

  public init(lower: Int, upper: Int) {
    self.lower = lower
    self.upper = upper
  }

  /// Parses `"6-17"`; returns nil for anything else or for ages outside 0...25.
  public init?(parsing text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
      .map { $0.trimmingCharacters(in: .whitespaces) }
    guard parts.count == 2, let lower = Int(parts[0]), let upper = Int(parts[1]),
      0 <= lower, lower <= upper, upper <= 25
    else { return nil }
    self.init(lower: lower, upper: upper)
  }

  public func contains(_ age: Int) -> Bool { (lower...upper).contains(age) }

  public var description: String { "\(lower)-\(upper)" }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let range = AgeRange(parsing: text) else {
      throw DecodingError.dataCorruptedError(
        in: container,
        debugDescription: L10n.diagnostics("load.ages-not-range", text))
    }
    self = range
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
