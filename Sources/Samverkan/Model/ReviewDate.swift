/// A calendar day, written `YYYY-MM-DD`: when a map was last checked against its sources.
public struct ReviewDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  public var year: Int
  public var month: Int
  public var day: Int

  public init?(year: Int, month: Int, day: Int) {
    let daysInMonth = [
      31, year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28,
      31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]
    guard (2000...2999).contains(year), (1...12).contains(month),
      (1...daysInMonth[month - 1]).contains(day)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses `YYYY-MM-DD`, digits only (`Int` alone would read `+1` as 1).
  public init?(parsing text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      parts.allSatisfy({ $0.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } }),
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
    else { return nil }
    self.init(year: year, month: month, day: day)
  }

  public var description: String {
    "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
  }

  public static func < (lhs: ReviewDate, rhs: ReviewDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let date = ReviewDate(parsing: text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: L10n.diagnostics("load.date-invalid", text))
    }
    self = date
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
