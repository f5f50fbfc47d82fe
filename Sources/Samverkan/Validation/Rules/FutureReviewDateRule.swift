import Foundation

/// A map's `reviewed` date is not in the future: nobody can have checked a map against its sources
/// on a day that has not come, and a date years ahead would keep `stale-map` quiet for ever.
///
/// One day of grace allows for time zones: the day to compare with is the current day in UTC,
/// which in Sweden is still yesterday for the first hours after midnight. As with `stale-map`, the
/// loader keeps no position for `reviewed`, so the finding points at line 1, column 1 of the map's
/// own file; its element is the map's id.
///
/// Source: Maps/README.md (`reviewed`: the day of the last review against the sources).
public struct FutureReviewDateRule: MapRule {
  public let id = "future-review-date"
  public var summary: String { L10n.rules("future-review-date.summary") }
  public let source = "Maps/README.md (`reviewed`)"
  public let kind = RuleKind.local
  public let defaultSeverity = Diagnostic.Severity.warning

  /// The day the date is compared with; nil when the clock gave a year outside 2000–2999.
  public let today: ReviewDate?

  public init(today: ReviewDate? = StaleMapRule.currentDay()) {
    self.today = today
  }

  public func check(_ map: CollaborationMap) -> [Diagnostic] {
    guard let today, let tomorrow = Self.dayAfter(today), map.reviewed > tomorrow else {
      return []
    }
    let location = SourceLocation(file: map.files.first ?? map.id, line: 1, column: 1)
    return [
      finding(
        L10n.rules("future-review-date.message", map.id, "\(map.reviewed)", "\(today)"),
        at: location, element: map.id, hint: L10n.rules("future-review-date.hint"))
    ]
  }

  /// The next calendar day.
  private static func dayAfter(_ date: ReviewDate) -> ReviewDate? {
    ReviewDate(year: date.year, month: date.month, day: date.day + 1)
      ?? ReviewDate(year: date.year, month: date.month + 1, day: 1)
      ?? ReviewDate(year: date.year + 1, month: 1, day: 1)
  }
}
