/// A map's own say over its checks: the preset, severities per rule, and findings it accepts.
///
///     rules:
///       preset: recommended
///       severity: {stale-map: off, missing-contact: error}
///       suppress:
///         - rule: unreachable-actor
///           element: hemkommun-skolplikt
///           reason: Nås via huvudmannen, som kartan inte visar.
public struct RuleSettings: Sendable, Hashable, Codable {
  /// A rule's severity as a map or a run sets it: one of the severities, or `off`.
  public enum Level: String, StrictEnum {
    case error, warning, info, off
    public static var noun: String { L10n.diagnostics("enum.noun.rule-level") }

    public static let aliases: [Self: [String]] = [
      .error: ["fel"], .warning: ["varning"], .info: ["information"], .off: ["av"],
    ]

    /// The severity, or nil for `off`.
    public var severity: Diagnostic.Severity? { Diagnostic.Severity(rawValue: rawValue) }
  }

  /// One finding on one element that the map accepts, with the reason written down.
  public struct Suppression: Sendable, Hashable, Codable {
    public var rule: String
    public var element: String
    public var reason: String
    public var source: SourceAnchor?

    public init(rule: String, element: String, reason: String, source: SourceAnchor? = nil) {
      self.rule = rule
      self.element = element
      self.reason = reason
      self.source = source
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
      case rule, element, reason
    }

    public init(from decoder: any Decoder) throws {
      let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
      rule = try c.decodeText(forKey: .rule)
      element = try c.decodeText(forKey: .element)
      reason = try c.decodeText(forKey: .reason)
      source = nil
    }
  }

  public var preset: RulePreset?
  public var levels: [String: Level]
  public var suppressions: [Suppression]
  /// Where the block was written: `fields["severity"]` locates the levels.
  public var source: SourceAnchor?

  public init(
    preset: RulePreset? = nil, levels: [String: Level] = [:], suppressions: [Suppression] = [],
    source: SourceAnchor? = nil
  ) {
    self.preset = preset
    self.levels = levels
    self.suppressions = suppressions
    self.source = source
  }

  enum CodingKeys: String, CodingKey, CaseIterable {
    case preset
    case levels = "severity"
    case suppressions = "suppress"
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
    preset = try c.decodeIfPresent(RulePreset.self, forKey: .preset)
    levels = try c.decode([String: Level].self, forKey: .levels, default: [:])
    suppressions = try c.decode([Suppression].self, forKey: .suppressions, default: [])
    source = nil
  }

  /// Whether the settings say nothing.
  public var isEmpty: Bool { preset == nil && levels.isEmpty && suppressions.isEmpty }

  /// These settings with `overlay`'s preset, levels and suppressions laid over them.
  public func overridden(by overlay: RuleSettings) -> RuleSettings {
    RuleSettings(
      preset: overlay.preset ?? preset,
      levels: levels.merging(overlay.levels) { _, new in new },
      suppressions: suppressions + overlay.suppressions,
      source: overlay.source ?? source)
  }
}
