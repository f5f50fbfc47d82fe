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
      print("Graphviz \(installation.version) (libgvc, in process)")
      print("layout plugins: \(installation.layouts.joined(separator: " "))")
      print("render devices: \(installation.devices.joined(separator: " "))")
      for check in installation.checks {
        print("render \(check.format.rawValue): \(check.problem.map { "FAILED — \($0)" } ?? "ok")")
      }
      if !installation.layouts.contains("dot") {
        print(
          "The 'dot' layout is missing: install Debian's libgraphviz-dev (or run 'dot -c' as root)."
        )
      }
      if !installation.isHealthy { throw ExitCode.findings }
    }
  }
}
