import ArgumentParser
import Samverkan

extension SamverkanCommand {
  struct Concerns: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(
        commandName: "concerns",
        abstract: L10n.help("help.concerns.abstract"),
        discussion: HelpText.discussion(
          L10n.help("help.concerns.discussion"),
          exitCodes: L10n.help("help.concerns.exit-codes")))
    }

    func run() throws {
      let entries = Concern.allCases.map { concern in
        let examples = ConcernVocabulary.examples(for: concern).map { "\"\($0)\"" }
        return L10n.cli(
          "concerns.entry", concern.name, concern.rawValue, examples.joined(separator: ", "))
      }
      print(([L10n.cli("concerns.heading"), ""] + entries).joined(separator: "\n"))
    }
  }
}
