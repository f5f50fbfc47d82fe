import ArgumentParser
import Samverkan

extension SamverkanCommand {
  struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "rules",
      abstract: "List every rule: id, default severity, kind, presets, what it checks, its source.")

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
