import ArgumentParser
import Foundation
import Samverkan
import SamverkanRender

/// `samverkan`: process maps of who does what around pupils with problematic school absence.
@main
struct SamverkanCommand: ParsableCommand {
  /// Made when it is read, so after `main()` has chosen the language.
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "samverkan",
      abstract: L10n.help("help.samverkan.abstract"),
      discussion: HelpText.discussion(L10n.help("help.samverkan.discussion")),
      version: "0.1.0",
      subcommands: [
        Validate.self, Rules.self, Who.self, Path.self, Mandate.self, Case.self, Concerns.self,
        Render.self, Report.self, Sheet.self, Overview.self, Diff.self, ExportDOT.self,
        Generate.self,
        List.self, Doctor.self, Serve.self,
      ])
  }

  /// Parses and runs a subcommand; usage errors exit with 2 like bad input.
  static func main() {
    // A file size limit (ulimit -f) then fails the write with EFBIG, which the atomic write cleans
    // up after, instead of killing the process with its temporary file half written.
    signal(SIGXFSZ, SIG_IGN)
    let reading: LanguageArgument.Reading
    do {
      reading = try LanguageArgument.read(Array(CommandLine.arguments.dropFirst()))
    } catch {
      FileHandle.standardError.write(Data((L10n.cli("console.error", "\(error)") + "\n").utf8))
      Foundation.exit(ExitCode.badInput.rawValue)
    }
    Language.setProcessDefault(
      Language.choose(flag: reading.language, environment: ProcessInfo.processInfo.environment))
    // Graphviz's start-up for a render runs beside the argument parsing, which takes about as
    // long; a render the cache serves ends without waiting for it (`MapRenderer.exit`).
    if Render.draws(reading.arguments) { MapRenderer.startGettingReady(for: .svg) }
    do {
      var command = try parseAsRoot(reading.arguments)
      try command.run()
      MapRenderer.exit(ExitCode.success.rawValue)
    } catch {
      if exitCode(for: error) == .validationFailure {
        end(ExitCode.badInput, saying: fullMessage(for: error))
      }
      // Exit codes, help and usage errors are the parser's, printed where its `exit(withError:)`
      // prints them; anything else that reaches here is a failure no command put in words: exit
      // 2 (1 means findings) with a plain message, never a Foundation error dump.
      if error is ExitCode || exitCode(for: error) == .success || error is ValidationError
        || String(reflecting: type(of: error)).hasPrefix("ArgumentParser.")
      {
        end(exitCode(for: error), saying: fullMessage(for: error))
      }
      end(ExitCode.badInput, saying: L10n.cli("console.error", OutputFile.plain(error)))
    }
  }

  /// Prints `message` (help, with status 0, to standard output; anything else to standard
  /// error) and ends the process with `status`.
  private static func end(_ status: ExitCode, saying message: String) -> Never {
    if !message.isEmpty {
      let stream = status == .success ? FileHandle.standardOutput : FileHandle.standardError
      stream.write(Data((message + "\n").utf8))
    }
    MapRenderer.exit(status.rawValue)
  }
}

extension ExitCode {
  /// The map has error findings.
  static let findings = ExitCode(1)
  /// The input could not be read or the command was used wrongly.
  static let badInput = ExitCode(2)
}
