import ArgumentParser
import SamverkanRender

extension SamverkanCommand {
  struct Doctor: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "doctor",
      abstract: "Check the Graphviz installation: version, plugins, and a test render per format.",
      discussion: "Exits with 1 when a format cannot be rendered.")

    func run() throws {
      let installation = try GraphvizInstallation.inspect()
      for line in installation.report { print(line) }
      if !installation.isHealthy { throw ExitCode.findings }
    }
  }
}
