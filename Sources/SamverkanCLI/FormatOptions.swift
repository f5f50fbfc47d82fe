import ArgumentParser
import Foundation
import Samverkan

/// The output format of a command that draws: `--format`, or what the `-o` file's extension
/// names, else SVG.
struct FormatOptions: ParsableArguments {
  @Option(
    name: .customLong("format"),
    help: ArgumentHelp(L10n.help("help.common.draw-format")))
  var requested: OutputFormat?

  /// The format to write to `output`, a file (not a folder of outputs): the extension decides when
  /// `--format` is left out, and a `--format` the extension contradicts is refused. Binary formats
  /// are refused when they would go to a terminal.
  func format(output: String?, isFolder: Bool = false) throws -> OutputFormat {
    var format = requested ?? .svg
    if let output, !isFolder, let named = OutputFormat(extensionOf: output) {
      if let requested, requested != named {
        throw ConsoleError(
          L10n.cli(
            "output.format-contradicts", output, (output as NSString).pathExtension,
            requested.rawValue))
      }
      format = named
    }
    if output == nil, format.isBinary, isatty(STDOUT_FILENO) == 1 {
      throw ConsoleError(L10n.cli("output.binary-to-terminal", format.rawValue.uppercased()))
    }
    return format
  }
}

/// What a command that draws can write.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case svg, png, pdf, dot

  /// The format a file name's extension names (`.gv` is DOT), or nil for any other extension.
  init?(extensionOf path: String) {
    let ext = (path as NSString).pathExtension.lowercased()
    self.init(rawValue: ext == "gv" ? "dot" : ext)
  }

  /// PNG and PDF, which are not text.
  var isBinary: Bool { self == .png || self == .pdf }
}

extension MapView: ExpressibleByArgument {}
