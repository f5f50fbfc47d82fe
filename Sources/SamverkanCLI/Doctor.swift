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
