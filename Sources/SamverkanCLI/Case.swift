import ArgumentParser
import Foundation
import Samverkan

extension SamverkanCommand {
  struct Case: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(
        commandName: "case",
        abstract: L10n.help("help.case.abstract"),
        discussion: HelpText.discussion(
          L10n.help("help.case.discussion"), exitCodes: L10n.help("help.case.exit-codes")))
    }

    @Argument(help: HelpText.mapFile, completion: Completions.yamlFile) var map: String

    @Argument(
      help: ArgumentHelp(
        L10n.help("help.case.case-file"), valueName: L10n.help("help.value.case-file")),
      completion: Completions.yamlFile)
    var caseFile: String

    @Option(help: ArgumentHelp(L10n.help("help.case.format")))
    var format: CaseFormat = .text

    enum CaseFormat: String, ExpressibleByArgument, CaseIterable {
      case text, json
    }

    func run() throws {
      try Console.run { console in
        let loaded = try console.loadValidMap(map)
        let pupil: FictitiousCase
        do {
          pupil = try CaseLoader().load(caseFile, for: loaded)
        } catch let error as MapLoadError {
          console.report([error.diagnostic])
          throw ExitCode.badInput
        }
        let walk = loaded.walk(pupil)
        switch format {
        case .text:
          try OutputFile.write(Data(walk.text.utf8), to: nil)
        case .json:
          let data: Data
          do {
            data = try JSONEncoder.stable.encode(walk)
          } catch {
            throw ConsoleError(L10n.cases("case.json-failed", "\(error)"))
          }
          try OutputFile.write(data + Data("\n".utf8), to: nil)
        }
      }
    }
  }
}
