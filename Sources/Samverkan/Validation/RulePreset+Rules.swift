extension RulePreset {
  /// Whether this preset runs `rule`.
  public func includes(_ rule: any MapRule) -> Bool {
    switch self {
    case .all: true
    case .recommended: rule.kind != .local || rule.defaultSeverity >= .warning
    case .statutory: rule.kind != .local
    }
  }
}
