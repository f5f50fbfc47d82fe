import ArgumentParser
import Foundation
import Samverkan

extension SamverkanCommand {
  struct ExportDOT: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(
        commandName: "export-dot",
        abstract: L10n.help("help.export-dot.abstract"),
        discussion: HelpText.discussion(L10n.help("help.export-dot.discussion")))
    }

    @Argument(help: HelpText.mapFile, completion: Completions.yamlFile) var map: String

    @Option(name: .shortAndLong, help: HelpText.outputFile, completion: .file())
    var output: String?

    @Option(help: ArgumentHelp(L10n.help("help.common.view"))) var view: MapView?

    func run() throws {
      try Console.run { console in
        if let output, let named = OutputFormat(extensionOf: output), named != .dot {
          throw ConsoleError(
            L10n.cli("export.not-dot", output, (output as NSString).pathExtension, named.rawValue))
        }
        let loaded = try console.loadValidMap(map)
        let shown = view ?? MapView.standard(for: loaded)
        let dot = DOTWriter().write(GraphDescription(map: loaded, view: shown))
        try OutputFile.write(Data(dot.utf8), to: output, inputs: [map] + loaded.files)
      }
    }
  }
}
