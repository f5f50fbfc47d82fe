import ArgumentParser
import Foundation
import Samverkan

extension SamverkanCommand {
  struct Case: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "case",
      abstract: "Walk a fictitious case through a map's escalation ladder, step by step.",
      discussion: """
        For each step: who acts and on what mandate, what they may share with whom and on what \
        basis, where a SIP can be convened and by whom, whether a report of concern is due, \
        where the case stalls (no mandate, no consent, no route) and what the map lacks.

        Exits with 0 when the case was walked, also when it stalls (that is the answer), and \
        2 when the map or the case file cannot be read.

        Examples:
          samverkan case Maps/molndal.yaml Examples/cases/angest-13.yaml
          samverkan case Maps/molndal.yaml Examples/cases/oro-hemma-9.yaml --format json
        """)

    @Argument(help: "The map file.") var map: String

    @Argument(help: ArgumentHelp("The case file (YAML).", valueName: "case-file"))
    var caseFile: String

    @Option(help: "Output: text (for reading) or json (the walk, keys sorted).")
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
