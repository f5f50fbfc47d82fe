import ArgumentParser
import Samverkan

/// The commands' help from the Help table, made when a command's configuration or arguments are
/// read, so after `SamverkanCommand.main()` has chosen the language.
enum HelpText {
  /// A command's discussion: its own text, then its exit codes (the common ones unless it gives
  /// its own) and `--lang`.
  static func discussion(
    _ text: String, exitCodes: String = L10n.help("help.common.exit-codes")
  ) -> String {
    [text, exitCodes, L10n.help("help.common.lang")].joined(separator: "\n\n")
  }

  /// The help of a map file argument, with its value name: `<karta>`.
  static var mapFile: ArgumentHelp {
    ArgumentHelp(L10n.help("help.common.map"), valueName: L10n.help("help.value.map"))
  }

  /// The help of `--format text|json` on the query commands.
  static var answerFormat: ArgumentHelp {
    ArgumentHelp(L10n.help("help.common.answer-format"))
  }

  /// The help of `-o` on commands that write one file or standard output.
  static var outputFile: ArgumentHelp {
    ArgumentHelp(L10n.help("help.common.output-file"), valueName: L10n.help("help.value.file"))
  }
}
