import ArgumentParser
import Foundation
import Samverkan

extension SamverkanCommand {
  struct Who: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(
        commandName: "who",
        abstract: L10n.help("help.who.abstract"),
        discussion: HelpText.discussion(L10n.help("help.who.discussion")))
    }

    @Argument(help: HelpText.mapFile, completion: Completions.yamlFile) var map: String

    @Argument(
      help: ArgumentHelp(
        L10n.help("help.who.concern"), valueName: L10n.help("help.value.concern")))
    var concern: [String]

    @Option(
      help: ArgumentHelp(L10n.help("help.who.from"), valueName: L10n.help("help.value.actor")),
      completion: Completions.actor)
    var from: String?

    @Option(help: ArgumentHelp(L10n.help("help.who.age"), valueName: L10n.help("help.value.age")))
    var age: Int?

    @Option(
      help: ArgumentHelp(
        L10n.help("help.common.severity"), valueName: L10n.help("help.value.severity")))
    var severity: String?

    @Option(help: HelpText.answerFormat) var format: AnswerFormat = .text

    @Option(
      help: ArgumentHelp(L10n.help("help.who.limit"), valueName: L10n.help("help.value.number")))
    var limit: Int = 5

    func validate() throws {
      if let age, !(0...25).contains(age) { throw ValidationError("--age must be from 0 to 25.") }
      if limit < 1 { throw ValidationError("--limit must be at least 1.") }
    }

    func run() throws {
      try Console.run { console in
        let loaded = try console.loadValidMap(map)
        let text = concern.joined(separator: " ")
        let query = try WhoQuestion.query(
          text, from: from, age: age, severity: TypedArgument.severity(severity), in: loaded)
        for reading in WhoQuestion.interpretations(text) {
          console.printError("note: read \"\(reading.typed)\" as \"\(reading.understood)\"")
        }
        let answers = Array(loaded.whoToContact(query).prefix(limit))
        switch format {
        case .text: print(AnswerText.render(answers, for: query, in: loaded))
        case .json: try OutputFile.write(AnswerJSON.encode(answers, for: query), to: nil)
        }
      }
    }
  }
}

/// Output formats of the query commands.
enum AnswerFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json
}
