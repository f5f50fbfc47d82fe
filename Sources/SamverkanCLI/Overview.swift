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
        let municipalities = try files.map { try console.loadValidMap($0) }.filter { map in
          map.files.dropFirst().contains {
            URL(fileURLWithPath: $0).standardizedFileURL.path == templatePath
          }
        }
        guard !municipalities.isEmpty else {
          throw ConsoleError(L10n.cli("overview.no-municipality", folder, region))
        }
        let data = try timeout.limit.run(
          failing: L10n.cli("overview.timeout", region, timeout.shown)
        ) {
          let overview = RegionOverview(template: template, municipalities: municipalities).map
          let graph = GraphDescription(map: overview)
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
