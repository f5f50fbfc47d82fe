import ArgumentParser
import Samverkan

extension SamverkanCommand {
  struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check maps: syntax, keys, includes, unique ids, references that resolve.",
      discussion: "Exits with 1 when a map has error findings, 2 when a map cannot be read.")

    @OptionGroup var maps: MapArguments

    func run() throws {
      try Console.run { console in
        var worst: Int32 = 0
        for path in try maps.mapFiles() {
          do {
            let (map, findings) = try console.loadMap(path)
            let errors = findings.filter { $0.severity == .error }.count
            let warnings = findings.filter { $0.severity == .warning }.count
            print(
              "\(path): \(errors == 0 ? "ok" : "\(errors) error(s)"), \(warnings) warning(s) — "
                + "\(map.actors.count) actors, \(map.routes.count) routes, \(map.ladders.count) ladder(s)"
            )
            if errors > 0 { worst = max(worst, ExitCode.findings.rawValue) }
          } catch let code as ExitCode {
            worst = max(worst, code.rawValue)
          }
        }
        if worst != 0 { throw ExitCode(worst) }
      }
    }
  }
}
