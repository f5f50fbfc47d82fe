import ArgumentParser
import Samverkan

extension SamverkanCommand {
  struct Path: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(
        commandName: "path",
        abstract: L10n.help("help.path.abstract"),
        discussion: HelpText.discussion(
          L10n.help("help.path.discussion"), exitCodes: L10n.help("help.path.exit-codes")))
    }

    @Argument(help: HelpText.mapFile, completion: Completions.yamlFile) var map: String

    @Argument(
      help: ArgumentHelp(L10n.help("help.path.from"), valueName: L10n.help("help.value.from")),
      completion: Completions.actor)
    var from: String

    @Argument(
      help: ArgumentHelp(L10n.help("help.path.to"), valueName: L10n.help("help.value.to")),
      completion: Completions.actor)
    var to: String

    @Option(
      help: ArgumentHelp(L10n.help("help.path.limit"), valueName: L10n.help("help.value.number")))
    var limit: Int = 5

    @Flag(help: ArgumentHelp(L10n.help("help.path.all-channels")))
    var allChannels = false

    @Option(help: HelpText.answerFormat) var format: AnswerFormat = .text

    func validate() throws {
      if limit < 1 { throw ValidationError("--limit must be at least 1.") }
    }

    func run() throws {
      try Console.run { console in
        let loaded = try console.loadValidMap(map)
        let start = try TypedArgument.actor(from, option: "from", in: loaded)
        let goal = try TypedArgument.actor(to, option: "to", in: loaded)
        let found = loaded.routePaths(
          from: start.id, to: goal.id, limit: limit, channels: allChannels ? .all : .contactOpening)
        switch format {
        case .json:
          try OutputFile.write(PathJSON.encode(found, from: start, to: goal), to: nil)
        case .text:
          if found.paths.isEmpty {
            print(
              "No lawful route in use leads from \(start.name) to \(goal.name) in \(loaded.name).")
          }
          for (number, path) in found.paths.enumerated() {
            let consents = path.filter { $0.sharing == .consentRequired }.count
            print(
              "\(number + 1). \(AnswerText.describe(path, in: loaded))"
                + " — \(path.count) hand-over\(path.count == 1 ? "" : "s"), \(consents) with consent"
            )
          }
          if found.isCutShort {
            print("The search stopped after its budget of route steps; a better path may exist.")
          }
        }
        if found.paths.isEmpty { throw ExitCode.findings }
      }
    }
  }

  struct Mandate: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(
        commandName: "mandate",
        abstract: L10n.help("help.mandate.abstract"),
        discussion: HelpText.discussion(L10n.help("help.mandate.discussion")))
    }

    @Argument(help: HelpText.mapFile, completion: Completions.yamlFile) var map: String

    @Argument(
      help: ArgumentHelp(L10n.help("help.mandate.actor"), valueName: L10n.help("help.value.actor")),
      completion: Completions.actor)
    var actor: String

    func run() throws {
      try Console.run { console in
        let loaded = try console.loadValidMap(map)
        let found = try TypedArgument.actor(actor, option: "actor", in: loaded)
        var lines = [
          "\(found.name) (\(found.id)) — \(found.kind.rawValue), \(found.sector.name)"
        ]
        if found.status != .active { lines.append("status: \(found.status.rawValue)") }
        if !found.laws.isEmpty { lines.append("laws: \(found.laws.joined(separator: ", "))") }
        if found.mandates.isEmpty { lines.append("No mandate in this map.") }
        for mandate in found.mandates {
          let concerns = mandate.concerns.map(\.name).joined(separator: ", ")
          let severities = mandate.severities.map(\.rawValue).joined(separator: "/")
          lines.append(
            "mandate: \(concerns) — \(severities), \(AnswerText.ages(mandate.ages)) — "
              + mandate.basis)
          if let description = mandate.description { lines.append("         \(description)") }
        }
        if let role = found.contact?.role { lines.append("contact: \(role)") }
        for route in loaded.routes(from: found.id) {
          lines.append(
            "out: → \(route.to) (\(route.channel.rawValue), \(AnswerText.sharing(route.sharing)))")
        }
        for route in loaded.routes(to: found.id) {
          lines.append(
            "in:  ← \(route.from) (\(route.channel.rawValue), \(AnswerText.sharing(route.sharing)))"
          )
        }
        print(lines.joined(separator: "\n"))
      }
    }
  }
}
