import ArgumentParser
import Samverkan

extension SamverkanCommand {
  struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "diff",
      abstract: "What one map has that another lacks: actors, mandates and routes.",
      discussion: """
        Actors are matched by id, routes by who contacts whom through which channel.
        Exits with 0 when the maps agree, 1 when they differ.

        Example: samverkan diff Maps/harryda.yaml Maps/molndal.yaml
        """)

    @Argument(help: "The first map.") var first: String
    @Argument(help: "The second map.") var second: String

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
