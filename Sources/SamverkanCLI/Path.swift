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

    @Flag(help: ArgumentHelp(L10n.help("help.common.ids"))) var ids = false

    func validate() throws {
      if limit < 1 { throw ValidationError(L10n.answers("who.limit")) }
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
          try OutputFile.write(PathJSON.encode(found, from: start, to: goal, in: loaded), to: nil)
        case .text:
          if found.paths.isEmpty {
            print(
              L10n.answers(
                "path.none", AnswerText.label(start, ids: ids), AnswerText.label(goal, ids: ids),
                loaded.name))
          }
          for (number, path) in found.paths.enumerated() {
            let consents = String(path.filter { $0.sharing == .consentRequired }.count)
            let described = AnswerText.describe(path, in: loaded, ids: ids)
            let summary =
              path.count == 1
              ? L10n.answers("path.summary.one", described, consents)
              : L10n.answers("path.summary.many", described, String(path.count), consents)
            print("\(number + 1). \(summary)")
          }
          if found.isCutShort { print(L10n.answers("path.cut-short")) }
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

    @Flag(help: ArgumentHelp(L10n.help("help.common.ids"))) var ids = false

    func run() throws {
      try Console.run { console in
        let loaded = try console.loadValidMap(map)
        let found = try TypedArgument.actor(actor, option: "actor", in: loaded)
        print(lines(for: found, in: loaded).joined(separator: "\n"))
      }
    }

    /// The heading, then one labelled line per fact: `mandat: psykisk ohälsa — lindrig/måttlig,
    /// 6-17 år — HSL …`, `ut: → Barn- och ungdomspsykiatrin (BUP) (remiss, …)`.
    private func lines(for found: Actor, in map: CollaborationMap) -> [String] {
      let labels = [
        "status", "laws", "mandate", "contact", "out", "in",
      ].map { ($0, L10n.answers("mandate.label.\($0)")) }
      let width = labels.map(\.1.count).max()! + 2
      let label = Dictionary(uniqueKeysWithValues: labels)
      func line(_ key: String, _ text: String) -> String {
        "\(label[key]!):".padding(toLength: width, withPad: " ", startingAt: 0) + text
      }
      func name(_ id: String) -> String {
        map.actor(id).map { AnswerText.label($0, ids: ids) } ?? id
      }
      var lines = [
        L10n.answers(
          "mandate.heading", AnswerText.label(found, ids: ids), found.kind.name, found.sector.name)
      ]
      if found.status != .active { lines.append(line("status", found.status.name)) }
      if !found.laws.isEmpty { lines.append(line("laws", found.laws.joined(separator: ", "))) }
      if found.mandates.isEmpty { lines.append(L10n.answers("mandate.none")) }
      for mandate in found.mandates {
        let concerns = mandate.concerns.map(\.name).joined(separator: ", ")
        lines.append(
          line(
            "mandate",
            "\(concerns) — \(AnswerText.severities(mandate)), \(mandate.ages.name) — "
              + mandate.basis))
        if let description = mandate.description {
          lines.append(String(repeating: " ", count: width) + description)
        }
      }
      if let role = found.contact?.role { lines.append(line("contact", role)) }
      for route in map.routes(from: found.id) {
        lines.append(
          line("out", "→ \(name(route.to)) (\(route.channel.name), \(route.sharing.name))"))
      }
      for route in map.routes(to: found.id) {
        lines.append(
          line("in", "← \(name(route.from)) (\(route.channel.name), \(route.sharing.name))"))
      }
      return lines
    }
  }
}
