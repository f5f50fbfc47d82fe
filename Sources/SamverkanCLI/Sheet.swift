import ArgumentParser
import Foundation
import Samverkan
import SamverkanRender

extension SamverkanCommand {
  struct Sheet: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "sheet",
      abstract: "Vem kontaktar jag? En sida per karta: vem skolan kontaktar för varje fråga.",
      discussion: """
        Raderna är frågorna (frånvaro, psykisk ohälsa, NPF, missbruk, föräldraskapsstöd, lärande, \
        somatisk hälsa), kolumnerna svårighetsgraden (lindrig, måttlig, allvarlig). Varje ruta är \
        det första svaret samverkan who ger för frågan ställd från skolan: vem, hur man når dem, \
        vägen dit och vems samtycke som behövs. Under tabellen: orosanmälan, den akuta vägen och \
        SIP. Formatet är -o-filens ändelse (.html, .pdf, .md), annars Markdown; HTML och PDF \
        ryms på en A4-sida. --lang en ger engelska.

        Exempel:
          samverkan sheet Maps/molndal.yaml -o molndal-kontakter.pdf
          samverkan sheet Maps/molndal.yaml -o molndal-kontakter.html
          samverkan sheet Maps/molndal.yaml --format md
        """)

    @Argument(help: "Kartfilen.") var map: String

    @Option(name: .shortAndLong, help: "Filen att skriva (utan -o: standard output).")
    var output: String?

    @Option(
      name: .customLong("format"),
      help: "html, pdf eller md (utan --format: -o-filens ändelse, annars md).")
    var requested: SheetFormat?

    func run() throws {
      try Console.run { console in
        let format = try SheetFormat.resolve(requested, output: output)
        if let output { _ = try OutputFile.regularFile(output, inputs: [map]) }
        let loaded = try console.loadValidMap(map)
        guard let sheet = ContactSheet(map: loaded) else {
          throw ConsoleError("\(map) has no school-sector actor to ask from; a sheet needs one")
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
          "-o \(output) names a .\((output as NSString).pathExtension) file but --format is "
            + "\(requested.rawValue); leave out --format or name a .\(requested.rawValue) file")
      }
      format = named
    }
    if output == nil, format == .pdf, isatty(STDOUT_FILENO) == 1 {
      throw ConsoleError(
        "PDF is binary and standard output is a terminal; name a file with -o or pipe the output")
    }
    return format
  }
}
