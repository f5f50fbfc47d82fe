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
    guard seconds > 0 else { throw ValidationError(L10n.cli("console.timeout.not-positive")) }
  }

  /// The limit these options set.
  var limit: TimeLimit { TimeLimit(seconds: seconds) }

  /// The limit in seconds as the messages show it: `120`, `0.5`.
  var shown: String { seconds.formatted() }
}
