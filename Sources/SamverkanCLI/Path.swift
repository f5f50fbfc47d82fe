import ArgumentParser
import Samverkan

extension SamverkanCommand {
  struct Path: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "path",
      abstract: "The routes from one actor to another, shortest first, with channel and consent.",
      discussion: "Example: samverkan path Maps/molndal.yaml elevhalsa bup")

    @Argument(help: "The map file.") var map: String
    @Argument(help: "The actor the contact starts at.") var from: String
    @Argument(help: "The actor to reach.") var to: String

    @Option(help: "How many paths to show.") var limit: Int = 5

    func run() throws {
      try Console.run { console in
        let loaded = try console.loadValidMap(map)
        for id in [from, to] where loaded.actor(id) == nil {
          let near = id.closestMatch(in: loaded.actors.map(\.id)).map { " Did you mean '\($0)'?" }
          throw ConsoleError("no actor '\(id)' in \(map).\(near ?? "")")
        }
        let paths = loaded.paths(from: from, to: to, limit: limit)
        guard !paths.isEmpty else {
          print("No route in use leads from \(from) to \(to) in \(loaded.name).")
          throw ExitCode.findings
        }
        for (number, path) in paths.enumerated() {
          print("\(number + 1). \(AnswerText.describe(path))")
        }
      }
    }
  }

  struct Mandate: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "mandate",
      abstract: "An actor's mandates, contact point and routes in and out.",
      discussion: "Example: samverkan mandate Maps/molndal.yaml uph")

    @Argument(help: "The map file.") var map: String
    @Argument(help: "The actor's id.") var actor: String

    func run() throws {
      try Console.run { console in
        let loaded = try console.loadValidMap(map)
        guard let found = loaded.actor(actor) else {
          let near = actor.closestMatch(in: loaded.actors.map(\.id)).map {
            " Did you mean '\($0)'?"
          }
          throw ConsoleError("no actor '\(actor)' in \(map).\(near ?? "")")
        }
        var lines = [
          "\(found.name) (\(found.id)) — \(found.kind.rawValue), \(found.sector.swedishName)"
        ]
        if found.status != .active { lines.append("status: \(found.status.rawValue)") }
        if !found.laws.isEmpty { lines.append("laws: \(found.laws.joined(separator: ", "))") }
        if found.mandates.isEmpty { lines.append("No mandate in this map.") }
        for mandate in found.mandates {
          let concerns = mandate.concerns.map(\.swedishName).joined(separator: ", ")
          let severities = mandate.severities.map(\.rawValue).joined(separator: "/")
          lines.append(
            "mandate: \(concerns) — \(severities), ages \(mandate.ages) — \(mandate.basis)")
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
