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
          console.printError(
            L10n.rules(
              "validate.max-warnings", Self.count(warnings, "validate.warnings"),
              String(maxWarnings)))
          throw ExitCode.findings
        }
      }
    }

    private func summary(of checked: Console.CheckedMap) -> String {
      guard let map = checked.map else {
        return L10n.rules("validate.not-loaded", checked.file)
      }
      let verdict =
        checked.errors == 0
        ? L10n.rules("validate.no-errors") : Self.count(checked.errors, "validate.errors")
      return L10n.rules(
        "validate.summary", checked.file, verdict,
        Self.count(checked.warnings, "validate.warnings"),
        Self.count(map.actors.count, "validate.actors"),
        Self.count(map.routes.count, "validate.routes"),
        Self.count(map.ladders.count, "validate.ladders"))
    }

    /// "1 varning", "3 varningar": the message `key.one` for one, else `key` with the number.
    private static func count(_ number: Int, _ key: String) -> String {
      number == 1 ? L10n.rules("\(key).one") : L10n.rules(key, String(number))
    }
  }
}
