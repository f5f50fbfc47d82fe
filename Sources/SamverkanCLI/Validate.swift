import ArgumentParser
import Foundation
import Samverkan

extension SamverkanCommand {
  struct Validate: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(
        commandName: "validate",
        abstract: L10n.help("help.validate.abstract"),
        discussion: HelpText.discussion(L10n.help("help.validate.discussion")))
    }

    @OptionGroup var maps: MapArguments
    @OptionGroup var rules: RuleOptions

    @Option(
      help: ArgumentHelp(
        L10n.help("help.validate.max-warnings"), valueName: L10n.help("help.value.number")))
    var maxWarnings: Int?

    @Option(help: ArgumentHelp(L10n.help("help.validate.format")))
    var format: ReportFormat = .text

    enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
      case text, json, sarif
    }

    func run() throws {
      try Console.run { console in
        let validator = MapValidator(settings: rules.settings)
        let checked = console.checkAll(try maps.mapFiles(), with: validator)
        switch format {
        case .text:
          for map in checked {
            console.report(map.diagnostics)
            print(summary(of: map))
          }
        case .json, .sarif:
          let report = DiagnosticReport(
            entries: checked.map {
              .init(file: $0.file, map: $0.map?.id, diagnostics: $0.diagnostics)
            },
            rules: validator.rules, toolVersion: SamverkanCommand.configuration.version)
          let data = try format == .json ? report.json() : report.sarif()
          FileHandle.standardOutput.write(data + Data("\n".utf8))
        }
        if checked.contains(where: { $0.map == nil }) { throw ExitCode.badInput }
        let warnings = checked.map(\.warnings).reduce(0, +)
        if checked.contains(where: { $0.errors > 0 }) { throw ExitCode.findings }
        if let maxWarnings, warnings > maxWarnings {
          console.printError("\(warnings) warning(s), more than --max-warnings \(maxWarnings)")
          throw ExitCode.findings
        }
      }
    }

    private func summary(of checked: Console.CheckedMap) -> String {
      guard let map = checked.map else {
        return "\(checked.file): could not be loaded; see the error above"
      }
      let verdict = checked.errors == 0 ? "ok" : "\(checked.errors) error(s)"
      return "\(checked.file): \(verdict), \(checked.warnings) warning(s) — "
        + "\(map.actors.count) actors, \(map.routes.count) routes, \(map.ladders.count) ladder(s)"
    }
  }
}
