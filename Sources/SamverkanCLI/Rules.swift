import ArgumentParser
import Samverkan

extension SamverkanCommand {
  struct Rules: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(
        commandName: "rules",
        abstract: L10n.help("help.rules.abstract"),
        discussion: HelpText.discussion(L10n.help("help.rules.discussion")))
    }

    func run() throws {
      let rows = MapValidator.allRules.map { rule in
        [
          rule.id, rule.defaultSeverity.rawValue, rule.kind.rawValue,
          RulePreset.allCases.filter { $0.includes(rule) }.map(\.rawValue)
            .joined(separator: ","),
          rule.summary,
        ]
      }
      print(Table.render(header: ["RULE", "SEVERITY", "KIND", "PRESETS", "CHECKS"], rows: rows))
      print("\nSources:")
      for rule in MapValidator.allRules { print("  \(rule.id): \(rule.source)") }
    }
  }
}
