import ArgumentParser
import Samverkan

/// `--timeout`: how long one piece of work (a map drawn, a report written) may take.
struct TimeLimitOptions: ParsableArguments {
  @Option(
    name: .customLong("timeout"),
    help: ArgumentHelp(L10n.help("help.common.timeout"), valueName: L10n.help("help.value.seconds"))
  )
  var seconds: Double = 120

  func validate() throws {
    guard seconds > 0 else { throw ValidationError("--timeout needs a number of seconds above 0") }
  }

  /// The limit these options set.
  var limit: TimeLimit { TimeLimit(seconds: seconds) }

  /// What to print when `what` runs past the limit.
  func message(_ what: String) -> String {
    "\(what) took longer than \(seconds.formatted()) s and was stopped; split the map or raise "
      + "--timeout"
  }
}
