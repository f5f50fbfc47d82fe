import Foundation
import Samverkan

/// One picture of a map as `samverkan render` draws it and the web page shows it: the view (the
/// map's standard view unless one is asked for), an optional highlight, the embeddable SVG, and
/// pages of a paper size for PDF.
public struct MapDrawing: Sendable {
  /// The map drawn.
  public var map: CollaborationMap
  /// The view asked for; nil draws `shownView`'s default.
  public var view: MapView?
  /// The actors and routes drawn in bold over the faded rest; nil for a plain map.
  public var highlight: Highlight?
  /// Whether the SVG is made embeddable (`SVGEmbedder`): ids prefixed, the network's key left to
  /// the page.
  public var embed: Bool
  /// The paper whose pages a PDF is drawn on; nil draws one picture of its own size.
  public var paper: Paper?

  /// A drawing of `map`; see the properties.
  public init(
    map: CollaborationMap, view: MapView? = nil, highlight: Highlight? = nil, embed: Bool = false,
    paper: Paper? = nil
  ) {
    self.map = map
    self.view = view
    self.highlight = highlight
    self.embed = embed
    self.paper = paper
  }

  /// The view drawn: the one asked for, else the network for a highlight or an embeddable SVG
  /// (they mark actors and routes of the network), else `MapView.standard(for:)`.
  public var shownView: MapView {
    view ?? (highlight != nil || embed ? .network : MapView.standard(for: map))
  }

  /// The graph drawn: the map in `shownView`, without the network's key when embedded, with the
  /// highlight.
  public var graph: GraphDescription {
    let plain = GraphDescription(map: map, view: shownView, drawsKey: !embed)
    return highlight.map(plain.highlighting) ?? plain
  }

  /// The graph as DOT text, for `--format dot`.
  public var dot: String { DOTWriter().write(graph) }

  /// The words that tell the whole-file cache (`MapFileCache`) one such drawing of a file from
  /// another; a highlight is not among them, as it depends on more than the files.
  public static func cacheOptions(view: MapView?, embed: Bool, paper: Paper?) -> String {
    "embed \(embed) view \(view?.rawValue ?? "standard") paper \(paper.map { "\($0)" } ?? "none")"
  }

  /// A drawn picture and what was said while drawing it.
  public struct Drawn: Sendable {
    /// The picture's bytes.
    public var data: Data
    /// What Graphviz or the renderer said (`RenderedMap.notes`).
    public var graphvizNotes: [String]
    /// What the embedder said; empty unless embedded.
    public var embedNotes: [String]
    /// All notes; empty when all went as drawn.
    public var notes: [String] { graphvizNotes + embedNotes }
  }

  /// The picture could be drawn but not made embeddable.
  public struct EmbedFailure: Error, Sendable {
    /// Why the embedder refused.
    public var error: any Error
    /// What Graphviz said while drawing the picture.
    public var graphvizNotes: [String]
  }

  /// Draws the picture in `format` with `renderer` (the one Graphviz lock, the renderer's cache).
  /// Throws `GraphvizError` when Graphviz cannot draw it and `EmbedFailure` when it cannot be
  /// embedded.
  public func draw(with renderer: MapRenderer, format: RenderFormat) throws -> Drawn {
    let graph = graph
    let rendered =
      try paper.map { try renderer.renderPages(graph, paper: $0, caption: MapCaption(map: map)) }
      ?? renderer.render(graph, format: format)
    guard embed else {
      return Drawn(data: rendered.data, graphvizNotes: rendered.notes, embedNotes: [])
    }
    let embedded: RenderedMap
    do {
      embedded = try SVGEmbedder().embed(rendered.data, map: map)
    } catch {
      throw EmbedFailure(error: error, graphvizNotes: rendered.notes)
    }
    return Drawn(data: embedded.data, graphvizNotes: rendered.notes, embedNotes: embedded.notes)
  }
}

/// One worker's part of a batch: worker `index` of `count` takes every `count`-th file, starting
/// at `index`. Written `index/count` (`argument`).
public struct BatchShare: Sendable, Equatable {
  /// Which worker, from 0.
  public var index: Int
  /// How many workers share the batch.
  public var count: Int

  /// Worker `index` of `count`.
  public init(index: Int, count: Int) {
    self.index = index
    self.count = count
  }

  /// The share written `index/count`; nil unless 0 ≤ index < count.
  public init?(argument: String) {
    let parts = argument.split(separator: "/").compactMap { Int($0) }
    guard parts.count == 2, parts[1] > 0, (0..<parts[1]).contains(parts[0]) else { return nil }
    self.init(index: parts[0], count: parts[1])
  }

  /// The share as `index/count`.
  public var argument: String { "\(index)/\(count)" }

  /// The files of `files` that are this worker's.
  public func files(of files: [String]) -> [String] {
    stride(from: index, to: files.count, by: count).map { files[$0] }
  }

  /// How many workers draw `files` files with at most `jobs` of them: one per file, at most `jobs`.
  public static func workers(jobs: Int, files: Int) -> Int { max(1, min(jobs, files)) }

  /// The file a map with id `mapID` is written to in a batch's output `folder`:
  /// `<folder>/<mapID>.<fileExtension>`.
  public static func outputFile(in folder: String, mapID: String, fileExtension: String)
    -> String
  {
    (folder as NSString).appendingPathComponent("\(mapID).\(fileExtension)")
  }
}
