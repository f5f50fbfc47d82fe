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
        let templateFile = (folder as NSString).appendingPathComponent("regions/\(region).yaml")
        guard FileManager.default.fileExists(atPath: templateFile) else {
          throw ConsoleError(L10n.cli("overview.no-template", templateFile))
        }
        let template = try console.loadValidMap(templateFile)
        let templatePath = URL(fileURLWithPath: templateFile).standardizedFileURL.path
        let files = try MapArguments.parse([folder]).mapFiles()
        func includesTemplate(_ map: CollaborationMap) -> Bool {
          map.files.dropFirst().contains {
            URL(fileURLWithPath: $0).standardizedFileURL.path == templatePath
          }
        }
        // All maps are loaded at once (the template parsed once); only those that include it
        // are checked, and must be free of errors. One that does not load stops the command.
        var municipalities: [CollaborationMap] = []
        for (file, loaded) in zip(files, MapLoader().load(files)) {
          let map: CollaborationMap
          switch loaded {
          case .success(let loadedMap): map = loadedMap
          case .failure(let error):
            console.report([error.diagnostic])
            throw ExitCode.badInput
          }
          guard includesTemplate(map) else { continue }
          let diagnostics = MapValidator().validate(map)
          console.report(diagnostics)
          if diagnostics.contains(where: { $0.severity == .error }) {
            console.printError(L10n.cli("console.map-has-errors", file))
            throw ExitCode.findings
          }
          municipalities.append(map)
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
