import ArgumentParser
import Samverkan
import SamverkanRender

/// `--paper a4|a3` and `--landscape`: the page size of a PDF.
struct PaperOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(L10n.help("help.render.paper"), valueName: L10n.help("help.value.paper")))
  var paper: String?

  @Flag(help: ArgumentHelp(L10n.help("help.render.landscape")))
  var landscape = false

  /// The paper asked for, or nil for a picture at its own size. Refused (exit 2): a size other
  /// than A4 and A3, `--landscape` without `--paper`, and a paper for anything but PDF.
  func paper(format: OutputFormat) throws -> Paper? {
    guard let paper else {
      if landscape { throw ValidationError(L10n.cli("render.paper.landscape-alone")) }
      return nil
    }
    guard let size = Paper.Size(rawValue: paper.lowercased()) else {
      throw ValidationError(L10n.cli("render.paper.unknown", paper))
    }
    guard format == .pdf else {
      throw ValidationError(L10n.cli("render.paper.pdf-only", format.rawValue.uppercased()))
    }
    return Paper(size, landscape: landscape)
  }
}
