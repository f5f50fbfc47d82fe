import ArgumentParser
import Samverkan

/// Options that choose which rules run and how loud they are, over the map's own `rules:` block.
struct RuleOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(L10n.help("help.common.preset"), valueName: L10n.help("help.value.preset")))
  var preset: RulePreset?

  @Option(
    name: .customLong("rule"),
    help: ArgumentHelp(
      L10n.help("help.common.rule"), valueName: L10n.help("help.value.rule-level")))
  var levels: [RuleLevel] = []

  /// The settings of this run.
  var settings: RuleSettings {
    RuleSettings(
      preset: preset,
      levels: Dictionary(levels.map { ($0.rule, $0.level) }, uniquingKeysWith: { _, last in last }))
  }

  func validate() throws {
    let known = MapValidator.allRules.map(\.id)
    for level in levels where !known.contains(level.rule) {
      throw ValidationError(L10n.rules("validate.unknown-rule", level.rule))
    }
  }
}

extension RulePreset: ExpressibleByArgument {}

/// `<rule-id>=<level>` on the command line.
struct RuleLevel: ExpressibleByArgument {
  var rule: String
  var level: RuleSettings.Level

  init?(argument: String) {
    let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
    guard parts.count == 2, let level = RuleSettings.Level(rawValue: parts[1]) else { return nil }
    rule = parts[0]
    self.level = level
  }
}
