/// When a case enters a ladder step: the local threshold of absence and the severities the step is
/// for, as data the case walk can compare with a case.
///
///     entry: {absence-percent: 10, severities: [moderate, severe]}
///
/// Thresholds are always local (domain.md: "Thresholds are always local").
public struct StepEntry: Sendable, Hashable, Codable {
  /// The share of a week's lessons missed, 0 to 100, from which the step applies; nil: any.
  public var absencePercent: Int?
  /// The severities the step is for; empty: every severity.
  public var severities: [Severity]

  public init(absencePercent: Int? = nil, severities: [Severity] = []) {
    self.absencePercent = absencePercent
    self.severities = severities
  }

  enum CodingKeys: String, CodingKey, CaseIterable {
    case absencePercent = "absence-percent"
    case severities
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
    absencePercent = try c.decodeIfPresent(Int.self, forKey: .absencePercent)
    if let percent = absencePercent, !(0...100).contains(percent) {
      throw c.invalid(
        .absencePercent, L10n.diagnostics("load.absence-percent-invalid", String(percent)))
    }
    severities = try c.decode([Severity].self, forKey: .severities, default: [])
    if absencePercent == nil, severities.isEmpty {
      throw c.invalid(
        .severities, L10n.diagnostics("load.entry-empty"))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encodeIfPresent(absencePercent, forKey: .absencePercent)
    if !severities.isEmpty { try c.encode(severities, forKey: .severities) }
  }
}
