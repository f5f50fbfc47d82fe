import ArgumentParser
import Foundation
import Samverkan

extension SamverkanCommand {
  struct Who: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "who",
      abstract: "Who do I contact for this? Ranked answers with mandate, route, consent, contact.",
      discussion: """
        The concern is free text in Swedish or English ("ångest", "hemmasittare", "hon sparkades \
        hemma", "mår skit"); case, å/ä/ö, inflections, compounds and small typos do not matter. \
        Exits with 2 when nothing matches, listing the concerns with examples.

        Example:
          samverkan who Maps/molndal.yaml "oro och ångest" --from skola --age 13 --severity mild
        """)

    @Argument(help: "The map file.") var map: String

    @Argument(help: "What the concern is about, in your own words.") var concern: [String]

    @Option(
      help: """
        The actor asking: its id or name ("rektor", "UPH", "kuratorn"); answers then show the \
        route from it.
        """)
    var from: String?

    @Option(help: "The pupil's age.") var age: Int?

    @Option(help: "lindrig, måttlig or allvarlig (mild, moderate or severe).")
    var severity: String?

    @Option(help: "Output: text or json.") var format: AnswerFormat = .text

    @Option(help: "How many answers to show.") var limit: Int = 5

    @Flag(help: "Show each actor's id after its name.") var ids = false

    func validate() throws {
      if let age, !(0...25).contains(age) { throw ValidationError(L10n.answers("who.age-range")) }
      if limit < 1 { throw ValidationError(L10n.answers("who.limit")) }
    }

    func run() throws {
      try Console.run { console in
        let loaded = try console.loadValidMap(map)
        let text = concern.joined(separator: " ")
        let query = try WhoQuestion.query(
          text, from: from, age: age, severity: TypedArgument.severity(severity), in: loaded)
        for reading in WhoQuestion.interpretations(text) {
          console.printError(L10n.answers("who.interpretation", reading.typed, reading.understood))
        }
        let answers = Array(loaded.whoToContact(query).prefix(limit))
        switch format {
        case .text: print(AnswerText.render(answers, for: query, in: loaded, ids: ids))
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
