import ArgumentParser
import Foundation
import Samverkan

/// Loads and checks maps for a command and reports on standard error.
struct Console {
  private var formatter: DiagnosticFormatter
  /// One loader for the whole command, so templates shared by several maps are read once.
  private let loader = MapLoader()

  init() {
    let terminal = isatty(STDERR_FILENO) == 1
    let noColour = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
    formatter = DiagnosticFormatter(colour: terminal && !noColour)
  }

  /// A map file after loading and checking: the map, or nil when it could not be loaded.
  struct CheckedMap {
    var file: String
    var map: CollaborationMap?
    var diagnostics: [Diagnostic]

    var errors: Int { diagnostics.filter { $0.severity == .error }.count }
    var warnings: Int { diagnostics.filter { $0.severity == .warning }.count }
  }

  /// Loads a map and runs the rules, printing nothing.
  func check(_ path: String, with validator: MapValidator = MapValidator()) -> CheckedMap {
    checkAll([path], with: validator)[0]
  }

  /// Loads several maps at once and runs the rules on each; the results keep the order of `paths`.
  func checkAll(_ paths: [String], with validator: MapValidator) -> [CheckedMap] {
    let loaded = loader.load(paths)
    let maps = loaded.compactMap { try? $0.get() }
    var findings = validator.validate(maps).makeIterator()
    return zip(paths, loaded).map { path, result in
      switch result {
      case .success(let map):
        CheckedMap(file: path, map: map, diagnostics: findings.next() ?? [])
      case .failure(let error):
        CheckedMap(file: path, map: nil, diagnostics: [error.diagnostic])
      }
    }
  }

  /// The files the map last loaded from `path` was made from, as they were when read.
  func sources(of path: String) -> [SourceDigest]? {
    loader.sources(ofMapAt: path)
  }

  /// Prints diagnostics the way a compiler does.
  mutating func report(_ diagnostics: [Diagnostic]) {
    for diagnostic in diagnostics { printError(formatter.format(diagnostic)) }
  }

  /// Loads and checks a map for a command that needs a usable one; prints what it finds.
  /// Throws exit code 2 when the map cannot be read, 1 when it has errors.
  mutating func loadValidMap(_ path: String) throws -> CollaborationMap {
    try checkValidMap(path).map
  }

  /// As `loadValidMap`, with the findings it printed.
  mutating func checkValidMap(_ path: String) throws -> (
    map: CollaborationMap, diagnostics: [Diagnostic]
  ) {
    let checked = check(path)
    report(checked.diagnostics)
    guard let map = checked.map else { throw ExitCode.badInput }
    if checked.errors > 0 {
      printError(L10n.cli("console.map-has-errors", path))
      throw ExitCode.findings
    }
    return (map, checked.diagnostics)
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
      console.printError(L10n.cli("console.error", error.description))
      throw ExitCode.badInput
    } catch let error as QuestionError {
      console.printError(L10n.cli("console.error", error.description))
      throw ExitCode.badInput
    }
  }
}
