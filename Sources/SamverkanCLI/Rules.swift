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
          rule.id, Self.severity(rule.defaultSeverity), Self.kind(rule.kind),
          RulePreset.allCases.filter { $0.includes(rule) }.map(\.rawValue)
            .joined(separator: ","),
          rule.summary,
        ]
      }
      let header = [
        L10n.rules("rules-command.rule"), L10n.rules("rules-command.severity"),
        L10n.rules("rules-command.kind"), L10n.rules("rules-command.presets"),
        L10n.rules("rules-command.checks"),
      ]
      print(Table.render(header: header, rows: rows))
      print("\n" + L10n.rules("rules-command.levels"))
      print("\n" + L10n.rules("rules-command.sources"))
      for rule in MapValidator.allRules { print("  \(rule.id): \(rule.source)") }
    }

    /// The severity's word in the current language: "varning", or "warning".
    static func severity(_ severity: Diagnostic.Severity) -> String {
      switch severity {
      case .error: L10n.rules("rules-command.severity.error")
      case .warning: L10n.rules("rules-command.severity.warning")
      case .info: L10n.rules("rules-command.severity.info")
      }
    }

    /// The kind's word in the current language: "lag", or "statutory".
    static func kind(_ kind: RuleKind) -> String {
      switch kind {
      case .structural: L10n.rules("rules-command.kind.structural")
      case .statutory: L10n.rules("rules-command.kind.statutory")
      case .local: L10n.rules("rules-command.kind.local")
      }
    }
  }
}
