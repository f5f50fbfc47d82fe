import ArgumentParser
import Foundation
import Samverkan

/// Loads maps for a command and reports their diagnostics on standard error.
struct Console {
  private var formatter = DiagnosticFormatter()

  /// Loads and checks a map; prints its findings. Throws the exit code when it cannot be used.
  mutating func loadValidMap(_ path: String) throws -> CollaborationMap {
    let (map, findings) = try loadMap(path)
    if findings.contains(where: { $0.severity == .error }) {
      printError("\(path): the map has errors; fix them and try again")
      throw ExitCode.findings
    }
    return map
  }

  /// Loads a map and runs the structural checks; prints every finding.
  mutating func loadMap(_ path: String) throws -> (CollaborationMap, [Diagnostic]) {
    let map: CollaborationMap
    do {
      map = try MapLoader().load(path)
    } catch let error as MapLoadError {
      printError(formatter.format(error.diagnostic))
      throw ExitCode.badInput
    }
    let findings = MapValidator().validate(map)
    for finding in findings { printError(formatter.format(finding)) }
    return (map, findings)
  }

  func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }

  /// Runs a command body; a `ConsoleError` is printed and turned into exit code 2.
  static func run(_ body: (inout Console) throws -> Void) throws {
    var console = Console()
    do {
      try body(&console)
    } catch let error as ConsoleError {
      console.printError("error: \(error.description)")
      throw ExitCode.badInput
    }
  }
}
