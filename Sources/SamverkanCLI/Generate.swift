import ArgumentParser
import Foundation
import Samverkan

extension SamverkanCommand {
  struct Generate: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(
        abstract: L10n.help("help.generate.abstract"),
        discussion: HelpText.discussion(L10n.help("help.generate.discussion")))
    }

    @Option(
      help: ArgumentHelp(
        L10n.help("help.generate.municipalities"), valueName: L10n.help("help.value.number")))
    var municipalities = 290

    @Option(
      help: ArgumentHelp(L10n.help("help.generate.seed"), valueName: L10n.help("help.value.seed")))
    var seed: UInt64 = 1

    @Option(
      name: .shortAndLong,
      help: ArgumentHelp(
        L10n.help("help.generate.output"), valueName: L10n.help("help.value.folder")),
      completion: .directory)
    var output: String

    @Option(
      help: ArgumentHelp(
        L10n.help("help.generate.reviewed"), valueName: L10n.help("help.value.date")))
    var reviewed: ReviewDate?

    func validate() throws {
      guard SyntheticNation.municipalityLimit.contains(municipalities) else {
        let limit = SyntheticNation.municipalityLimit
        throw ValidationError(
          "--municipalities must be from \(limit.lowerBound) to \(limit.upperBound), "
            + "not \(municipalities).")
      }
    }

    func run() throws {
      try Console.run { console in
        guard let reviewed = reviewed ?? StaleMapRule.currentDay() else {
          throw ConsoleError("cannot tell today's date; give --reviewed YYYY-MM-DD")
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: output, isDirectory: &isFolder),
          !isFolder.boolValue
        {
          throw ConsoleError("\(output) is a file; give -o a folder (it is created if missing)")
        }
        let clock = ContinuousClock()
        let start = clock.now
        let nation = SyntheticNation(
          municipalities: municipalities, seed: seed, reviewed: reviewed)
        try OutputFile.makeFolder((output as NSString).appendingPathComponent("regions"))
        for file in nation.files {
          let text: String
          do {
            text = try file.yaml()
          } catch {
            throw ConsoleError("cannot write \(file.path) as YAML: \(error)")
          }
          try OutputFile.write(
            Data(text.utf8), to: (output as NSString).appendingPathComponent(file.path))
        }
        console.printError(summary(of: nation, seconds: seconds(clock.now - start)))
      }
    }

    private func summary(of nation: SyntheticNation, seconds: Double) -> String {
      let sizes = nation.municipalities.indices.map(nation.loadedSize(ofMunicipality:))
      let actors = sizes.map(\.actors)
      let routes = sizes.map(\.routes)
      func range(_ values: [Int]) -> String {
        "\(values.min() ?? 0)–\(values.max() ?? 0)"
      }
      return "\(output): \(nation.files.count) files (\(nation.regions.count) regional "
        + "templates, \(nation.municipalities.count) municipality maps); with their templates "
        + "the maps hold \(actors.reduce(0, +)) actors and \(routes.reduce(0, +)) routes, "
        + "\(range(actors)) and \(range(routes)) each; "
        + String(format: "%.2f s", seconds)
    }

    private func seconds(_ duration: Duration) -> Double {
      Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
  }
}

extension ReviewDate: ExpressibleByArgument {
  public init?(argument: String) {
    self.init(parsing: argument)
  }
}
