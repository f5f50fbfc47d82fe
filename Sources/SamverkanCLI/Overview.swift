import ArgumentParser
import Foundation
import Samverkan
import SamverkanRender

extension SamverkanCommand {
  struct Overview: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(
        commandName: "overview",
        abstract: L10n.help("help.overview.abstract"),
        discussion: HelpText.discussion(L10n.help("help.overview.discussion")))
    }

    @Argument(
      help: ArgumentHelp(
        L10n.help("help.overview.folder"), valueName: L10n.help("help.value.folder")),
      completion: .directory)
    var folder: String

    @Option(help: ArgumentHelp(L10n.help("help.overview.region")))
    var region: String

    @Option(name: .shortAndLong, help: HelpText.outputFile, completion: .file())
    var output: String?

    @OptionGroup var formatOptions: FormatOptions

    @OptionGroup var cache: CacheOptions

    @OptionGroup var timeout: TimeLimitOptions

    func run() throws {
      try Console.run { console in
        let format = try formatOptions.format(output: output)
        let discovery = RegionDiscovery(folder: folder)
        guard let found = discovery.region(region) else {
          throw ConsoleError(
            L10n.cli(
              "overview.no-template",
              (folder as NSString).appendingPathComponent("regions/\(region).yaml")))
        }
        let template = try console.loadValidMap(found.template)
        let files = try MapArguments.parse([folder]).mapFiles()
        // Only the maps whose includes reach the template are loaded and checked, and must be
        // free of errors; a file whose includes cannot be read stops the command.
        let members: [String]
        do {
          members = try discovery.maps(in: found, among: files)
        } catch let error as MapLoadError {
          console.report([error.diagnostic])
          throw ExitCode.badInput
        }
        var municipalities: [CollaborationMap] = []
        for loaded in MapLoader().load(members) {
          switch loaded {
          case .success(let map): municipalities.append(map)
          case .failure(let error):
            console.report([error.diagnostic])
            throw ExitCode.badInput
          }
        }
        for (file, diagnostics) in zip(members, MapValidator().validate(municipalities)) {
          console.report(diagnostics)
          if diagnostics.contains(where: { $0.severity == .error }) {
            console.printError(L10n.cli("console.map-has-errors", file))
            throw ExitCode.findings
          }
        }
        guard !municipalities.isEmpty else {
          throw ConsoleError(L10n.cli("overview.no-municipality", folder, region))
        }
        let data = try timeout.limit.run(
          failing: L10n.cli("overview.timeout", region, timeout.shown)
        ) {
          let graph = GraphDescription(
            overview: RegionOverview(template: template, municipalities: municipalities))
          guard let picture = RenderFormat(rawValue: format.rawValue) else {
            return Data(DOTWriter().write(graph).utf8)
          }
          do {
            return try cache.renderer.render(graph, format: picture).data
          } catch let error as GraphvizError {
            throw ConsoleError("\(error)")
          }
        }
        cache.prune()
        try OutputFile.write(
          data, to: output, inputs: files + template.files + municipalities.flatMap(\.files))
        console.printError(
          "\(region): \(municipalities.map(\.id).joined(separator: ", "))"
            + (output.map { " → \($0)" } ?? ""))
      }
    }
  }
}
