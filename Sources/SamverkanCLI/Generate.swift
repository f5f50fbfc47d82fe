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
      help: ArgumentHelp(
        L10n.help("help.scale.schools"), valueName: L10n.help("help.scale.value.schools")))
    var schools: SyntheticSchools = .few

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
          L10n.cli(
            "generate.municipalities.out-of-range", String(limit.lowerBound),
            String(limit.upperBound), String(municipalities)))
      }
    }

    func run() throws {
      try Console.run { console in
        guard let reviewed = reviewed ?? StaleMapRule.currentDay() else {
          throw ConsoleError(L10n.cli("generate.no-date"))
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: output, isDirectory: &isFolder),
          !isFolder.boolValue
        {
          throw ConsoleError(L10n.cli("generate.output-is-file", output))
        }
        let clock = ContinuousClock()
        let start = clock.now
        let nation = SyntheticNation(
          municipalities: municipalities, seed: seed, reviewed: reviewed, schools: schools)
        try OutputFile.makeFolder((output as NSString).appendingPathComponent("regions"))
        for file in nation.files {
          let text: String
          do {
            text = try file.yaml()
          } catch {
            throw ConsoleError(L10n.cli("generate.cannot-write-yaml", file.path, "\(error)"))
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
      return L10n.cli(
        "generate.summary", output, String(nation.files.count), String(nation.regions.count),
        String(nation.municipalities.count), String(actors.reduce(0, +)),
        String(routes.reduce(0, +)), range(actors), range(routes),
        String(format: "%.2f", seconds))
    }

    private func seconds(_ duration: Duration) -> Double {
      Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
  }
}

extension SyntheticSchools: ExpressibleByArgument {
  public init?(argument: String) {
    self.init(parsing: argument)
  }

  public var defaultValueDescription: String { argument }
}

extension ReviewDate: ExpressibleByArgument {
  public init?(argument: String) {
    self.init(parsing: argument)
  }
}
