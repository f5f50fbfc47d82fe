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
        print(diff.text(first: a, second: b))
        if !diff.isEmpty { throw ExitCode.findings }
      }
    }
  }
}
