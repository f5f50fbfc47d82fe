import ArgumentParser
import Foundation
import Samverkan
import SamverkanRender

extension SamverkanCommand {
  struct Render: ParsableCommand {
    /// The command's name on the command line.
    static let commandName = "render"

    static var configuration: CommandConfiguration {
      CommandConfiguration(
        commandName: commandName,
        abstract: L10n.help("help.render.abstract"),
        discussion: HelpText.discussion(L10n.help("help.render.discussion")))
    }

    @OptionGroup var maps: MapArguments

    @Flag(help: ArgumentHelp(L10n.help("help.render.all")))
    var all = false

    @Option(
      name: .shortAndLong,
      help: ArgumentHelp(
        L10n.help("help.render.output"), valueName: L10n.help("help.value.output")),
      completion: .file())
    var output: String?

    @OptionGroup var highlight: HighlightOptions

    @OptionGroup var formatOptions: FormatOptions

    @OptionGroup var paperOptions: PaperOptions

    @Flag(help: ArgumentHelp(L10n.help("help.render.embed")))
    var embed = false

    @Option(help: ArgumentHelp(L10n.help("help.common.view"))) var view: MapView?

    @OptionGroup var cache: CacheOptions

    @Option(
      help: ArgumentHelp(L10n.help("help.render.jobs"), valueName: L10n.help("help.value.number")))
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var timeout: TimeLimitOptions

    @Option(help: .hidden) var worker: BatchShare?

    /// Whether `arguments` (those after the program's name) ask for a render that Graphviz draws,
    /// as far as can be told before they are parsed: the command's name first, and neither help
    /// nor DOT. A wrong guess costs time, never a different result.
    static func draws(_ arguments: [String]) -> Bool {
      let asksForDOT =
        zip(arguments, arguments.dropFirst()).contains { $0 == "--format" && $1 == "dot" }
        || arguments.contains {
          $0 == "--format=dot" || $0.hasSuffix(".dot") || $0.hasSuffix(".gv")
        }
      return arguments.first == commandName && !asksForDOT
        && !arguments.contains { ["-h", "--help", "--version"].contains($0) }
    }

    func run() throws {
      guard jobs >= 1 else { throw ValidationError(L10n.cli("render.jobs.too-few")) }
      try Console.run { console in
        let files = try maps.mapFiles(recursive: all)
        let batch =
          all || files.count > 1 || maps.paths.contains { $0.hasSuffix("/") || isFolder($0) }
        let format = try formatOptions.format(output: output, isFolder: batch)
        let paper = try paperOptions.paper(format: format)
        if embed, format != .svg {
          throw ConsoleError(L10n.cli("render.embed.svg-only"))
        }
        if batch {
          guard let output else {
            throw ConsoleError(L10n.cli("render.batch.needs-folder"))
          }
          try OutputFile.makeFolder(output)
        } else if let output {
          _ = try OutputFile.regularFile(output, inputs: files)
        }
        let claims = batch ? try BatchClaims.forThisProcess() : nil
        defer { claims?.finish() }
        let workers =
          batch && worker == nil ? BatchShare.workers(jobs: jobs, files: files.count) : 1
        if worker != nil { WorkerProcesses.stopWithParent() }
        let others = try WorkerProcesses.startOthers(
          count: workers, environment: claims?.environment ?? [:])
        defer { for process in others { process.waitUntilExit() } }
        let share = worker ?? BatchShare(index: 0, count: workers)
        let limit = timeout.limit
        var failed: Int32 = 0
        // Highlights depend on more than the files, so only plain renders are kept whole.
        let mapFiles =
          highlight.isEmpty
          ? cache.mapFiles(
            format: format, embedded: embed,
            options: MapDrawing.cacheOptions(view: view, embed: embed, paper: paper)
          ) : nil
        for path in share.files(of: files) {
          do {
            let (mapID, data, sources): (String, Data, [String])
            if let hit = mapFiles?.hit(for: path) {
              (mapID, data, sources) = (hit.mapID, hit.picture, hit.files)
              if let claims, try !claim(claims, path: path, mapID: mapID, format: format) {
                continue
              }
              console.report(hit.diagnostics)
            } else {
              let (map, diagnostics) = try MapRenderer.preparing(
                RenderFormat(rawValue: format.rawValue)
              ) { try console.checkValidMap(path) }
              if let claims, try !claim(claims, path: path, mapID: map.id, format: format) {
                continue
              }
              let drawn = try limit.run(failing: L10n.cli("render.timeout", path, timeout.shown)) {
                try draw(map, from: path, format: format, paper: paper, console: console)
              }
              if drawn.notes.isEmpty {
                mapFiles?.store(
                  drawn.data, mapID: map.id, sources: console.sources(of: path) ?? [], at: path,
                  diagnostics: diagnostics)
              }
              (mapID, data, sources) = (map.id, drawn.data, map.files)
            }
            let target =
              batch ? output.map { outputFile(in: $0, mapID: mapID, format: format) } : output
            try OutputFile.write(data, to: target, inputs: files + sources)
            if let target { console.printError("\(path) → \(target)") }
          } catch let code as ExitCode {
            failed = max(failed, code.rawValue)
          } catch let error as ConsoleError where batch {
            console.printError(L10n.cli("console.error", error.description))
            failed = max(failed, ExitCode.badInput.rawValue)
          }
        }
        for process in others {
          process.waitUntilExit()
          let status = process.terminationReason == .exit ? process.terminationStatus : 2
          failed = max(failed, status)
        }
        if worker == nil { cache.prune() }
        if failed != 0 { throw ExitCode(failed) }
      }
    }

    /// The file a map is written to in the output folder of a batch.
    private func outputFile(in folder: String, mapID: String, format: OutputFormat) -> String {
      BatchShare.outputFile(in: folder, mapID: mapID, fileExtension: format.rawValue)
    }

    /// Claims a map's output file in the batch; false when this file was claimed already.
    private func claim(
      _ claims: BatchClaims, path: String, mapID: String, format: OutputFormat
    ) throws -> Bool {
      guard let output else { return true }
      return try claims.claim(
        outputFile(in: output, mapID: mapID, format: format), for: path, mapID: mapID)
    }

    /// The picture of a map (`MapDrawing`), on pages of `paper` when given; what Graphviz says
    /// goes to standard error as `file: warning[graphviz]`.
    private func draw(
      _ map: CollaborationMap, from path: String, format: OutputFormat, paper: Paper?,
      console: Console
    ) throws -> (data: Data, notes: [String]) {
      let drawing = MapDrawing(
        map: map, view: view, highlight: try highlight.highlight(in: map), embed: embed,
        paper: paper)
      guard let pictureFormat = RenderFormat(rawValue: format.rawValue) else {
        return (Data(drawing.dot.utf8), [])
      }
      func warn(_ notes: [String], from source: String) {
        for note in notes { console.printError("\(path): warning[\(source)]: \(note)") }
      }
      do {
        let drawn = try drawing.draw(with: cache.renderer, format: pictureFormat)
        warn(drawn.graphvizNotes, from: "graphviz")
        warn(drawn.embedNotes, from: "embed")
        return (drawn.data, drawn.notes)
      } catch let failure as MapDrawing.EmbedFailure {
        warn(failure.graphvizNotes, from: "graphviz")
        throw ConsoleError(L10n.cli("render.embed.failed", path, "\(failure.error)"))
      } catch let error as GraphvizError {
        console.printError("\(path): error[graphviz]: \(error)")
        throw ExitCode.badInput
      }
    }

    private func isFolder(_ path: String) -> Bool {
      var folder: ObjCBool = false
      return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
    }
  }
}
