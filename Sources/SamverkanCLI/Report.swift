import ArgumentParser
import Foundation
import Samverkan
import SamverkanRender

extension SamverkanCommand {
  struct Report: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(
        commandName: "report",
        abstract: L10n.help("help.report.abstract"),
        discussion: HelpText.discussion(L10n.help("help.report.discussion")))
    }

    @OptionGroup var maps: MapArguments

    @Option(
      name: .shortAndLong,
      help: ArgumentHelp(
        L10n.help("help.report.output"), valueName: L10n.help("help.value.folder")),
      completion: .directory)
    var output: String

    @OptionGroup var cache: CacheOptions

    @OptionGroup var timeout: TimeLimitOptions

    func run() throws {
      try Console.run { console in
        let files = try maps.mapFiles()
        try OutputFile.makeFolder(output)
        let claims = try BatchClaims.forThisProcess()
        defer { claims.finish() }
        let progress = isatty(STDERR_FILENO) == 1
        let limit = timeout.limit
        var entries: [ReportIndex.Entry] = []
        var failed: Int32 = 0
        for (number, file) in files.enumerated() {
          if progress {
            FileHandle.standardError.write(
              Data("\r[\(number + 1)/\(files.count)] \(file)\u{1B}[K".utf8))
          }
          let checked = console.check(file)
          guard let map = checked.map else {
            console.report(checked.diagnostics)
            failed = max(failed, ExitCode.badInput.rawValue)
            continue
          }
          let folder = (output as NSString).appendingPathComponent(map.id)
          do {
            guard try claims.claim(folder, for: file, mapID: map.id) else { continue }
          } catch let error as ConsoleError {
            console.printError(L10n.cli("console.error", error.description))
            failed = max(failed, ExitCode.badInput.rawValue)
            continue
          }
          let inputs = files + map.files
          let rendered: RenderedMap
          let process: RenderedMap?
          let report: MapReport
          do {
            (rendered, process, report) = try limit.run(
              failing: L10n.cli("report.timeout", file, timeout.shown)
            ) {
              // The embedded network draws its own interactive key, not the picture's.
              let picture = try cache.renderer.render(
                GraphDescription(map: map, drawsKey: false), format: .svg)
              let rendered = try SVGEmbedder().embed(picture.data, map: map)
              // The process view draws its own legend; its ids differ from the network's.
              let process = try ProcessView(map: map).map { _ in
                try SVGEmbedder(legend: false).embed(
                  cache.renderer.render(GraphDescription(map: map, view: .process), format: .svg)
                    .data, map: map, idPart: "process")
              }
              let report = MapReport(
                map: map, diagnostics: checked.diagnostics,
                svg: String(decoding: rendered.data, as: UTF8.self),
                processSVG: process.map { String(decoding: $0.data, as: UTF8.self) },
                indexLink: files.count > 1 ? "../index.html" : nil)
              return (rendered, process, report)
            }
          } catch {
            console.printError(L10n.cli("report.failed", file, "\(error)"))
            failed = max(failed, ExitCode.badInput.rawValue)
            continue
          }
          try OutputFile.makeFolder(folder)
          try OutputFile.write(
            rendered.data, to: (folder as NSString).appendingPathComponent("map.svg"),
            inputs: inputs)
          if let process {
            try OutputFile.write(
              process.data, to: (folder as NSString).appendingPathComponent("process.svg"),
              inputs: inputs)
          }
          try OutputFile.write(
            Data(report.html.utf8), to: (folder as NSString).appendingPathComponent("index.html"),
            inputs: inputs)
          try OutputFile.write(
            Data(MapReport.script.utf8),
            to: (folder as NSString).appendingPathComponent(MapReport.scriptFile), inputs: inputs)
          try OutputFile.write(
            Data(
              report.markdown(svgFile: "map.svg", processFile: process.map { _ in "process.svg" })
                .utf8),
            to: (folder as NSString).appendingPathComponent("report.md"), inputs: inputs)
          entries.append(
            .init(
              map: map, errors: checked.errors, warnings: checked.warnings,
              page: "\(map.id)/index.html"))
        }
        if progress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        // Each page links back to the index when several maps were asked for.
        if files.count > 1, !entries.isEmpty {
          try OutputFile.write(
            Data(ReportIndex(entries: entries).html.utf8),
            to: (output as NSString).appendingPathComponent("index.html"), inputs: files)
        }
        cache.prune()
        console.printError(
          entries.count == 1
            ? L10n.cli("report.written.one", output)
            : L10n.cli("report.written", String(entries.count), output))
        if failed != 0 { throw ExitCode(failed) }
      }
    }
  }
}
