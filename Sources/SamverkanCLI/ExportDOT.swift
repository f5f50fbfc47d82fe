import ArgumentParser
import Foundation
import Samverkan

extension SamverkanCommand {
  struct ExportDOT: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "export-dot",
      abstract: "Write a map as Graphviz DOT text (the same graph 'render' draws).",
      discussion: "Example: samverkan export-dot Maps/molndal.yaml | dot -Tsvg > molndal.svg")

    @Argument(help: "The map file.") var map: String

    @Option(name: .shortAndLong, help: "Output file; standard output when left out.")
    var output: String?

    @Option(help: "process or network, as for render (the same default).")
    var view: MapView?

    func run() throws {
      try Console.run { console in
        if let output, let named = OutputFormat(extensionOf: output), named != .dot {
          throw ConsoleError(
            "-o \(output) names a .\((output as NSString).pathExtension) file, but export-dot "
              + "writes DOT text; name a .dot or .gv file, or use render --format \(named.rawValue)"
          )
        }
        let loaded = try console.loadValidMap(map)
        let shown = view ?? MapView.standard(for: loaded)
        let dot = DOTWriter().write(GraphDescription(map: loaded, view: shown))
        try OutputFile.write(Data(dot.utf8), to: output, inputs: [map] + loaded.files)
      }
    }
  }
}
