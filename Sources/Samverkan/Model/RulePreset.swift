/// A named set of rules to run.
public enum RulePreset: String, StrictEnum {
  /// Structural and statutory rules, and the local rules whose findings are warnings or errors.
  case recommended
  /// Only what the map format and the law demand.
  case statutory
  /// Every rule.
  case all

  public static let noun = "rule preset"
}
