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
          let pictures: MapPictures
          let report: MapReport
          do {
            (pictures, report) = try limit.run(
              failing: L10n.cli("report.timeout", file, timeout.shown)
            ) {
              let pictures = try MapPictures(map: map, renderer: cache.renderer)
              let report = ReportFolder.report(
                of: map, diagnostics: checked.diagnostics, pictures: pictures,
                indexLink: files.count > 1 ? "../index.html" : nil)
              return (pictures, report)
            }
          } catch {
            console.printError(L10n.cli("report.failed", file, "\(error)"))
            failed = max(failed, ExitCode.badInput.rawValue)
            continue
          }
          try OutputFile.makeFolder(folder)
          for (name, data) in ReportFolder.files(of: report, pictures: pictures) {
            try OutputFile.write(
              data, to: (folder as NSString).appendingPathComponent(name), inputs: inputs)
          }
          entries.append(
            .init(
              map: map, errors: checked.errors, warnings: checked.warnings,
              page: ReportFolder.page(of: map.id)))
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
