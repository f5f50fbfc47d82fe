/// A named set of rules to run.
public enum RulePreset: String, StrictEnum {
  /// Structural and statutory rules, and the local rules whose findings are warnings or errors.
  case recommended
  /// Only what the map format and the law demand.
  case statutory
  /// Every rule.
  case all

  public static var noun: String { L10n.diagnostics("enum.noun.rule-preset") }

  public static let aliases: [Self: [String]] = [
    .recommended: ["rekommenderad"], .statutory: ["lagkrav"], .all: ["alla"],
  ]
}
