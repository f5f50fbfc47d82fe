import ArgumentParser
import Foundation
import Samverkan
import SamverkanRender

/// Where rendered pictures are kept between runs, so unchanged maps are not laid out again.
struct CacheOptions: ParsableArguments {
  @Option(
    name: .customLong("cache"),
    help: ArgumentHelp(L10n.help("help.common.cache"), valueName: L10n.help("help.value.folder")),
    completion: .directory)
  var folder: String?

  @Flag(help: ArgumentHelp(L10n.help("help.common.no-cache")))
  var noCache = false

  func validate() throws {
    if noCache, folder != nil { throw ValidationError(L10n.cli("render.cache.both")) }
  }

  /// A renderer that uses the cache these options name.
  var renderer: MapRenderer {
    MapRenderer(cache: cacheFolder.map(RenderCache.init(folder:)))
  }

  /// The cache of whole map files for renders in `format` made with `options`, today, in the
  /// current language (the findings and the picture's words are in it).
  func mapFiles(format: OutputFormat, embedded: Bool, options: String) -> MapFileCache? {
    guard let cacheFolder else { return nil }
    let day = Date().formatted(.iso8601.year().month().day())
    let context = [
      "samverkan \(SamverkanCommand.configuration.version) build \(BuildIdentity.current)",
      "graphviz \(MapRenderer.graphvizVersion)", "format \(format.rawValue)", options,
      "day \(day)", "language \(Language.current.rawValue)",
    ].joined(separator: "\n")
    return MapFileCache(
      folder: cacheFolder, context: context, format: format.rawValue, embedded: embedded)
  }

  /// Removes entries unused for 30 days, then the oldest beyond 256 MB (`RenderCache.prune`).
  func prune() {
    cacheFolder.map(RenderCache.init(folder:))?.prune()
  }

  private var cacheFolder: URL? {
    noCache ? nil : folder.map { URL(fileURLWithPath: $0) } ?? RenderCache.userFolder
  }
}
