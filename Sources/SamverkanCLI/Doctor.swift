import ArgumentParser
import Samverkan
import SamverkanRender

extension SamverkanCommand {
  struct Doctor: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(
        commandName: "doctor",
        abstract: L10n.help("help.doctor.abstract"),
        discussion: HelpText.discussion(
          L10n.help("help.doctor.discussion"), exitCodes: L10n.help("help.doctor.exit-codes")))
    }

    func run() throws {
      let installation = try GraphvizInstallation.inspect()
      for line in installation.report { print(line) }
      if !installation.isHealthy { throw ExitCode.findings }
    }
  }
}
