import Foundation
import Samverkan

/// A map's two pictures as embeddable SVG, as the report and the web page show them: the network
/// with its legend, and the process view (its own legend drawn inside, ids of its own) when the
/// map has a ladder. With a highlight, both are drawn with it in bold over the faded rest.
public struct MapPictures: Sendable {
  /// The network view, ids prefixed with the map's id.
  public var network: RenderedMap
  /// The process view, ids prefixed with `<map id>-process`; nil for a map without a ladder.
  public var process: RenderedMap?

  /// Draws both pictures with `renderer` (the one Graphviz lock, the renderer's cache).
  public init(map: CollaborationMap, renderer: MapRenderer, highlight: Highlight? = nil) throws {
    // The embedded network draws its own interactive key, not the picture's: the drawing
    // `render --embed` makes, with the highlight `render --highlight-who` marks.
    let network: MapDrawing.Drawn
    do {
      network = try MapDrawing(map: map, view: .network, highlight: highlight, embed: true)
        .draw(with: renderer, format: .svg)
    } catch let failure as MapDrawing.EmbedFailure {
      throw failure.error
    }
    self.network = RenderedMap(data: network.data, notes: network.embedNotes)
    process = try ProcessView(map: map).map { view in
      let plain = GraphDescription(process: view, of: map)
      let graph = highlight.map { plain.highlighting(Self.cells(of: $0, in: view)) } ?? plain
      // The process view draws its own legend; its ids differ from the network's.
      return try SVGEmbedder(legend: false).embed(
        renderer.render(graph, format: .svg).data, map: map, idPart: "process")
    }
  }

  /// A highlight of actors and routes as the process view names them: each actor stands in the
  /// cells that show it.
  static func cells(of highlight: Highlight, in view: ProcessView) -> Highlight {
    Highlight(
      actors: Set(view.cells.filter { highlight.actors.contains($0.actor.id) }.map(\.id)),
      routes: highlight.routes)
  }
}

/// The files of one map's report folder, by name: `map.svg`, `process.svg` (with a ladder),
/// `index.html`, `report.js` and `report.md`.
public enum ReportFolder {
  /// The folder's files in the order they are written.
  public static func files(of report: MapReport, pictures: MapPictures) -> [(
    name: String, data: Data
  )] {
    var files: [(name: String, data: Data)] = [("map.svg", pictures.network.data)]
    if let process = pictures.process { files.append(("process.svg", process.data)) }
    files.append(("index.html", Data(report.html.utf8)))
    files.append((MapReport.scriptFile, Data(MapReport.script.utf8)))
    files.append(
      (
        "report.md",
        Data(
          report.markdown(
            svgFile: "map.svg", processFile: pictures.process.map { _ in "process.svg" }
          ).utf8)
      ))
    return files
  }

  /// The report of `map` with its pictures inline.
  public static func report(
    of map: CollaborationMap, diagnostics: [Diagnostic], pictures: MapPictures,
    indexLink: String?
  ) -> MapReport {
    MapReport(
      map: map, diagnostics: diagnostics,
      svg: String(decoding: pictures.network.data, as: UTF8.self),
      processSVG: pictures.process.map { String(decoding: $0.data, as: UTF8.self) },
      indexLink: indexLink)
  }

  /// Where a map's page lies relative to the index of several reports.
  public static func page(of mapID: String) -> String { "\(mapID)/index.html" }
}
