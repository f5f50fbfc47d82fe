import ArgumentParser
import Samverkan

extension SamverkanCommand {
  struct Path: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "path",
      abstract: "How one actor reaches another: lawful routes, what each asks of people.",
      discussion: """
        A path uses only routes that open a contact (meeting, consultation, referral, care \
        request, application, phone); a report of concern, a SIP invitation or request, a \
        notice and a forum are never steps on the way. Paths start at the actor or a unit it \
        belongs to, and come best first: the fewest routes that need consent, then the fewest \
        hand-overs. --all-channels also shows paths whose last route is of another kind.

        Examples:
          samverkan path Maps/molndal.yaml elevhalsa bup
          samverkan path Maps/molndal.yaml kuratorn UPH --format json
        """)

    @Argument(help: "The map file.") var map: String
    @Argument(help: "The actor the contact starts at: id or name.") var from: String
    @Argument(help: "The actor to reach: id or name.") var to: String

    @Option(help: "How many paths to show.") var limit: Int = 5

    @Flag(help: "Also end with a report of concern, a SIP call or a notice, labelled.")
    var allChannels = false

    @Option(help: "Output: text or json.") var format: AnswerFormat = .text

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
    static let configuration = CommandConfiguration(
      commandName: "mandate",
      abstract: "An actor's mandates, contact point and routes in and out.",
      discussion: "Example: samverkan mandate Maps/molndal.yaml uph")

    @Argument(help: "The map file.") var map: String
    @Argument(help: "The actor: id or name.") var actor: String

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
