/// A pupil's absence in one week of a fictitious case: `{week: 36, percent: 20}`.
public struct AbsenceRecord: Sendable, Hashable, Codable {
  /// The week number (1 to 53).
  public var week: Int
  /// The share of the week's lessons missed, 0 to 100.
  public var percent: Int

  public init(week: Int, percent: Int) {
    self.week = week
    self.percent = percent
  }

  enum CodingKeys: String, CodingKey, CaseIterable {
    case week, percent
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
    week = try c.decode(Int.self, forKey: .week)
    guard (1...53).contains(week) else {
      throw c.invalid(.week, L10n.cases("case.file.week", String(week)))
    }
    percent = try c.decode(Int.self, forKey: .percent)
    guard (0...100).contains(percent) else {
      throw c.invalid(.percent, L10n.cases("case.file.percent", String(percent)))
    }
  }
}
