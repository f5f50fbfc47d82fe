import ArgumentParser
import Foundation
import Samverkan
import SamverkanRender

extension SamverkanCommand {
  struct Sheet: ParsableCommand {
    /// Made when it is read, so after `main()` has chosen the language.
    static var configuration: CommandConfiguration {
      CommandConfiguration(
        commandName: "sheet",
        abstract: L10n.help("help.sheet.abstract"),
        discussion: HelpText.discussion(L10n.help("help.sheet.discussion")))
    }

    @Argument(help: HelpText.mapFile, completion: Completions.yamlFile) var map: String

    @Option(name: .shortAndLong, help: HelpText.outputFile, completion: .file())
    var output: String?

    @Option(name: .customLong("format"), help: ArgumentHelp(L10n.help("help.sheet.format")))
    var requested: SheetFormat?

    func run() throws {
      try Console.run { console in
        let format = try SheetFormat.resolve(requested, output: output)
        if let output { _ = try OutputFile.regularFile(output, inputs: [map]) }
        let loaded = try console.loadValidMap(map)
        guard let sheet = ContactSheet(map: loaded) else {
          throw ConsoleError(L10n.cli("sheet.no-school", map))
        }
        let page = ContactSheetPage(sheet: sheet)
        let data: Data
        switch format {
        case .md: data = Data(page.markdown.utf8)
        case .html: data = Data(page.html.utf8)
        case .pdf:
          let rendered = try page.pdf(renderer: MapRenderer())
          for note in rendered.notes { console.printError("\(map): warning[graphviz]: \(note)") }
          data = rendered.data
        }
        try OutputFile.write(data, to: output, inputs: [map] + loaded.files)
      }
    }
  }
}

/// What `samverkan sheet` writes.
enum SheetFormat: String, ExpressibleByArgument, CaseIterable {
  case html, pdf, md

  /// The format a file name's extension names (`.htm`, `.markdown` too), or nil.
  init?(extensionOf path: String) {
    switch (path as NSString).pathExtension.lowercased() {
    case "html", "htm": self = .html
    case "pdf": self = .pdf
    case "md", "markdown": self = .md
    default: return nil
    }
  }

  /// The format for `output`, as `FormatOptions` decides for pictures: the extension when
  /// `--format` is left out, a `--format` the extension contradicts refused, PDF not written to
  /// a terminal; Markdown otherwise.
  static func resolve(_ requested: SheetFormat?, output: String?) throws -> SheetFormat {
    var format = requested ?? .md
    if let output, let named = SheetFormat(extensionOf: output) {
      if let requested, requested != named {
        throw ConsoleError(
          L10n.cli(
            "output.format-contradicts", output, (output as NSString).pathExtension,
            requested.rawValue))
      }
      format = named
    }
    if output == nil, format == .pdf, isatty(STDOUT_FILENO) == 1 {
      throw ConsoleError(L10n.cli("output.binary-to-terminal", "PDF"))
    }
    return format
  }
}
