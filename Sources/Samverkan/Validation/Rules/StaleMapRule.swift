import Foundation

/// A map was checked against its sources within the last 12 months: `reviewed` is not older.
///
/// Routines, teams and contact points change (seed 001 describes teams that are only planned);
/// a map nobody has reviewed for a year is likely to send people to the wrong place. A map
/// reviewed exactly 12 months ago is not yet stale; 29 February counts back to 28 February.
///
/// The loader keeps no position for `reviewed`, so the finding points at line 1, column 1 of the
/// map's own file (the first of `files`, or the map id when the map was built in code). Its
/// element is the map's id, so a map can suppress it with a reason. Only the map's own `reviewed`
/// is checked; an included template's date is not kept in the loaded map.
///
/// The day to compare with is given to `init(today:)`, so a run (or a test) can fix it; the
/// default is the current day in UTC.
///
/// Source: domain.md rule 8 (processkartor so people know "vem man ska kontakta" — only while
/// they are current); Maps/README.md (`reviewed`: the last review against the sources).
public struct StaleMapRule: MapRule {
  public let id = "stale-map"
  public var summary: String { L10n.rules("stale-map.summary") }
  public let source = "Maps/README.md (`reviewed`); domain.md rule 8"
  public let kind = RuleKind.local
  public let defaultSeverity = Diagnostic.Severity.warning

  /// The day the map's age is measured at; nil when the clock gave a year outside 2000–2999.
  public let today: ReviewDate?

  public init(today: ReviewDate? = StaleMapRule.currentDay()) {
    self.today = today
  }

  /// Today's date in UTC.
  public static func currentDay(now: Date = Date()) -> ReviewDate? {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    let parts = calendar.dateComponents([.year, .month, .day], from: now)
    guard let year = parts.year, let month = parts.month, let day = parts.day else { return nil }
    return ReviewDate(year: year, month: month, day: day)
  }

  public func check(_ map: CollaborationMap) -> [Diagnostic] {
    guard let today, let cutoff = Self.yearBefore(today), map.reviewed < cutoff else { return [] }
    let location = SourceLocation(file: map.files.first ?? map.id, line: 1, column: 1)
    return [
      finding(
        L10n.rules("stale-map.message", map.id, "\(map.reviewed)", "\(today)"), at: location,
        element: map.id, hint: L10n.rules("stale-map.hint"))
    ]
  }

  /// The same day a year earlier; 29 February becomes 28 February.
  private static func yearBefore(_ date: ReviewDate) -> ReviewDate? {
    ReviewDate(year: date.year - 1, month: date.month, day: date.day)
      ?? ReviewDate(year: date.year - 1, month: date.month, day: date.day - 1)
  }
}
