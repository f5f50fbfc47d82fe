import ArgumentParser
import Samverkan

extension SamverkanCommand {
  struct Diff: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(
        commandName: "diff",
        abstract: L10n.help("help.diff.abstract"),
        discussion: HelpText.discussion(
          L10n.help("help.diff.discussion"), exitCodes: L10n.help("help.diff.exit-codes")))
    }

    @Argument(
      help: ArgumentHelp(L10n.help("help.diff.first"), valueName: L10n.help("help.value.map")),
      completion: Completions.yamlFile)
    var first: String

    @Argument(
      help: ArgumentHelp(L10n.help("help.diff.second"), valueName: L10n.help("help.value.map")),
      completion: Completions.yamlFile)
    var second: String

    func run() throws {
      try Console.run { console in
        let a = try console.loadValidMap(first)
        let b = try console.loadValidMap(second)
        let diff = MapDiff(a, b)
        var lines: [String] = []
        func section(_ title: String, _ items: [String]) {
          guard !items.isEmpty else { return }
          lines.append(title)
          lines += items.map { "  \($0)" }
        }
        section(
          "Actors only in \(a.name):",
          diff.actorsOnlyInFirst.map { "\($0.id) — \($0.name) (\($0.status.rawValue))" })
        section(
          "Actors only in \(b.name):",
          diff.actorsOnlyInSecond.map { "\($0.id) — \($0.name) (\($0.status.rawValue))" })
        for changed in diff.changedActors {
          section(
            "Mandates of \(changed.id) that differ:",
            changed.mandatesOnlyInFirst.map { "\(a.id): \(describe($0))" }
              + changed.mandatesOnlyInSecond.map { "\(b.id): \(describe($0))" })
        }
        section(
          "Routes only in \(a.name):",
          diff.routesOnlyInFirst.map { "\($0.from) → \($0.to) (\($0.channel.rawValue))" })
        section(
          "Routes only in \(b.name):",
          diff.routesOnlyInSecond.map { "\($0.from) → \($0.to) (\($0.channel.rawValue))" })
        print(
          lines.isEmpty
            ? "The maps have the same actors, mandates and routes." : lines.joined(separator: "\n"))
        if !diff.isEmpty { throw ExitCode.findings }
      }
    }

    private func describe(_ mandate: Samverkan.Mandate) -> String {
      let concerns = mandate.concerns.map(\.rawValue).joined(separator: ", ")
      let severities = mandate.severities.map(\.rawValue).joined(separator: "/")
      return "\(concerns) — \(severities), \(AnswerText.ages(mandate.ages)) — \(mandate.basis)"
    }
  }
}
