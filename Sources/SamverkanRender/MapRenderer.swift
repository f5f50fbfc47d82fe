import Foundation
import Samverkan
import Synchronization

/// A rendered map and what Graphviz or the renderer had to say about it.
public struct RenderedMap: Sendable {
  public var data: Data
  /// Graphviz warnings and the fallback used, if any; empty when all went as drawn.
  public var notes: [String]
}

/// Lays out and renders process maps with libgvc, in this process.
///
/// Graphviz 2.43 (Debian 12) can lose edges of clustered graphs with labelled edges ("trouble in
/// init_rank"). Every layout is checked for edges without a spline; when one is lost, the renderer
/// tries another rank mode, then a layout without clusters, and says which fallback it used. It never
/// hands out a picture with an edge missing.
public struct MapRenderer: Sendable {
  public var engine: String
  /// Where finished pictures are kept by their input; nil renders every time.
  public var cache: RenderCache?

  public init(engine: String = "dot", cache: RenderCache? = nil) {
    self.engine = engine
    self.cache = cache
  }

  /// The version of the libgvc this process draws with, e.g. "2.43.0".
  public static var graphvizVersion: String { Graphviz.shared.version }

  /// Starts getting Graphviz ready for pictures in `format` on another thread (its context,
  /// plugins and fonts: a small graph laid out and drawn), once per process; later calls
  /// do nothing. Drawing meanwhile is safe (it waits for the one lock); the process must end
  /// with `exit(_:)`.
  public static func startGettingReady(for format: RenderFormat) {
    let first = isFirstPreparation.withLock { first in
      defer { first = false }
      return first
    }
    guard first else { return }
    isGettingReady.withLock { $0 = true }
    DispatchQueue.global(qos: .userInitiated).async(group: readiness) {
      Graphviz.shared.warmUp(format: format.graphvizFormat)
      isGettingReady.withLock { $0 = false }
    }
  }

  /// Returns when the start-up `startGettingReady(for:)` began is done, at once if none was.
  public static func waitUntilReady() {
    readiness.wait()
  }

  /// Ends the process with `status`. While Graphviz is still getting ready (a picture the
  /// cache served, a usage error), its thread is left running and the process ends without
  /// the libraries' exit handlers, which would tear down under it what it uses; what was
  /// printed is flushed first. Otherwise the process exits as usual.
  public static func exit(_ status: Int32) -> Never {
    guard isGettingReady.withLock({ $0 }) else { Foundation.exit(status) }
    fflush(nil)
    _exit(status)
  }

  /// Runs `body` while Graphviz gets ready for pictures in `format` on another thread, and
  /// returns when both are done; without a `format`, or once Graphviz was made ready in this
  /// process, it only runs `body` (and waits for a start-up still running). Loading and checking
  /// a map in `body` and Graphviz's start-up then share two cores.
  public static func preparing<T>(_ format: RenderFormat?, _ body: () throws -> T) rethrows -> T {
    if let format { startGettingReady(for: format) }
    defer { waitUntilReady() }
    return try body()
  }

  private static let isFirstPreparation = Mutex(true)
  private static let isGettingReady = Mutex(false)
  private static let readiness = DispatchGroup()

  /// Renders a map in `format`.
  public func render(_ map: CollaborationMap, format: RenderFormat) throws -> RenderedMap {
    try render(GraphDescription(map: map), format: format)
  }

  /// Renders a graph description in `format`, from the cache when the same input was drawn before.
  public func render(_ graph: GraphDescription, format: RenderFormat) throws -> RenderedMap {
    let graph = format == .svg ? graph.withXMLSafeLinks : graph
    guard let cache else { return try draw(graph, format: format) }
    let key = RenderCache.Key(
      dot: DOTWriter().write(graph), engine: engine, format: format,
      graphvizVersion: Graphviz.shared.version, language: .current)
    if let stored = cache.rendered(for: key, format: format) { return stored }
    let rendered = try draw(graph, format: format)
    cache.store(rendered, for: key, format: format)
    return rendered
  }

  /// The layouts tried in turn, each with the note that tells the reader what changed.
  static func attempts(for graph: GraphDescription) -> [(note: String?, graph: GraphDescription)] {
    // The other rank mode: cluster-local ranking and global ranking fail on different graphs.
    var otherRanks = graph
    let usesNewRank = graph.graphAttributes.contains {
      $0.name == "newrank" && $0.value == .text("true")
    }
    otherRanks.graphAttributes.removeAll { $0.name == "newrank" }
    if !usesNewRank { otherRanks.graphAttributes.append(.init("newrank", "true")) }
    return [
      (nil, graph),
      (L10n.cli("render.fallback.other-ranks", String(!usesNewRank)), otherRanks),
      (L10n.cli("render.fallback.no-clusters"), graph.withoutClusters),
    ]
  }

  /// Renders a graph description as a PDF whose every page is `paper`: the picture fitted to one
  /// page when its smallest text stays at least 7 pt printed, else split across a grid of pages at
  /// a scale where it does (`PageLayout`), leaving out pages that would show nothing but
  /// background. Every page carries the map's name, "Sida N av M", the
  /// review date and sources (`caption`), and on a split picture where the page sits in the grid
  /// and which page holds the key.
  public func renderPages(_ graph: GraphDescription, paper: Paper, caption: MapCaption) throws
    -> RenderedMap
  {
    var flush = graph
    flush.graphAttributes.removeAll { $0.name == "pad" || $0.name == "margin" }
    flush.graphAttributes += [.init("pad", "0"), .init("margin", "0")]
    let smallest = graph.smallestFontSize
    return try draw(flush) { cgraph in
      let size = cgraph.size
      let layout = PageLayout(
        width: size.width, height: size.height, smallestText: smallest, paper: paper,
        headings: cgraph.headingStrip(graph.rowHeadings))
      // A page of the grid that would show nothing but background is left out.
      let pages = (0..<layout.pageCount).filter { cgraph.draws(in: layout.window($0)) }
      let keyPage =
        layout.page(showingMostOf: cgraph.keyBox, among: pages).flatMap(pages.firstIndex) ?? 0
      let count = String(pages.count)
      return try cgraph.renderPages(layout, pages: pages.isEmpty ? [0] : pages) { index in
        var foot = [caption.line]
        if layout.pageCount > 1 {
          let (row, column) = layout.position(index)
          foot.append(
            L10n.report(
              "paper.position", String(row), String(layout.rows), String(column),
              String(layout.columns))
              + " · " + L10n.report("paper.key", String(keyPage + 1)))
        }
        let number = (pages.firstIndex(of: index) ?? 0) + 1
        return PageText(
          title: caption.title,
          number: L10n.report("paper.page", String(number), pages.isEmpty ? "1" : count),
          foot: foot)
      }
    }
  }

  private func draw(_ graph: GraphDescription, format: RenderFormat) throws -> RenderedMap {
    try draw(graph) { try $0.render(format: format.graphvizFormat) }
  }

  /// Lays `graph` out (trying the fallbacks in turn) and hands the laid-out graph to `output`,
  /// all in one hold of Graphviz's lock.
  private func draw(_ graph: GraphDescription, output: (CGraph) throws -> Data) throws
    -> RenderedMap
  {
    if graph.routesOverLayout { return try drawInTwoPasses(graph, output: output) }
    var failures: [String] = []
    var lost = 0
    for attempt in Self.attempts(for: graph) {
      let (result, messages) = try Graphviz.shared.withContext { session -> Data? in
        let cgraph = try session.graph(attempt.graph)
        lost = try cgraph.layout(engine: engine)
        return lost == 0 ? try output(cgraph) : nil
      }
      if let data = result, !messages.contains(where: Self.isLayoutTrouble) {
        return RenderedMap(data: data, notes: messages + [attempt.note].compactMap { $0 })
      }
      failures += messages
    }
    throw GraphvizError.lostEdges(count: max(lost, 1), messages: failures)
  }

  /// Places the nodes with `dot` without the edges routed afterwards, pins them there and routes
  /// those edges around them with `nop2`, in one hold of the lock.
  private func drawInTwoPasses(
    _ graph: GraphDescription, output: (CGraph) throws -> Data
  ) throws -> RenderedMap {
    let (result, messages) = try Graphviz.shared.withContext { session -> (Data?, lost: Int) in
      let first = try session.graph(graph.withoutRoutedEdges)
      _ = try first.layout(engine: engine)
      let pinned = graph.pinned(at: try first.placement()) { $0.name.hasPrefix("cluster_lane") }
      let second = try session.graph(pinned)
      let lost = try second.layout(engine: "nop2")
      return (lost == 0 ? try output(second) : nil, lost)
    }
    guard let data = result.0 else {
      throw GraphvizError.lostEdges(count: max(result.lost, 1), messages: messages)
    }
    return RenderedMap(data: data, notes: messages)
  }

  /// Renders DOT text, parsed by Graphviz's own parser: the same work `dot -T` does, in process.
  public func render(dot: String, format: RenderFormat) throws -> RenderedMap {
    let (result, messages) = try Graphviz.shared.withContext { session -> (Data?, lost: Int) in
      guard let graph = session.read(dot: dot) else { return (nil, 0) }
      let lost = try graph.layout(engine: engine)
      return (lost == 0 ? try graph.render(format: format.graphvizFormat) : nil, lost)
    }
    guard result.lost == 0 else {
      throw GraphvizError.lostEdges(count: result.lost, messages: messages)
    }
    guard let data = result.0 else { throw GraphvizError.unreadableDOT(messages: messages) }
    return RenderedMap(data: data, notes: messages)
  }

  private static func isLayoutTrouble(_ message: String) -> Bool {
    ["trouble in init_rank", "lost ", "triangulation failed"].contains { message.contains($0) }
  }
}

extension GraphDescription {
  /// The same graph with `&` in links written `&amp;`. Graphviz 2.43's SVG writer copies `URL` and
  /// `href` values into the XML as they are, so a bare `&` (`?a=1&b=2`) makes the SVG ill-formed;
  /// later versions keep an existing entity as it is, so this is right for them too.
  var withXMLSafeLinks: GraphDescription {
    func escaped(_ attributes: [Attribute]) -> [Attribute] {
      attributes.map { attribute in
        guard ["URL", "href"].contains(attribute.name), case .text(let link) = attribute.value
        else { return attribute }
        return Attribute(attribute.name, link.replacingOccurrences(of: "&", with: "&amp;"))
      }
    }
    func escaped(_ node: Node) -> Node {
      Node(name: node.name, attributes: escaped(node.attributes))
    }
    func escaped(_ cluster: Cluster) -> Cluster {
      Cluster(
        name: cluster.name, attributes: escaped(cluster.attributes),
        nodes: cluster.nodes.map(escaped), clusters: cluster.clusters.map(escaped))
    }
    var safe = self
    safe.graphAttributes = escaped(graphAttributes)
    safe.nodes = nodes.map(escaped)
    safe.clusters = clusters.map(escaped)
    safe.edges = edges.map {
      Edge(tail: $0.tail, head: $0.head, attributes: escaped($0.attributes))
    }
    return safe
  }

  /// The same graph with every node taken out of its cluster.
  var withoutClusters: GraphDescription {
    func allNodes(of cluster: Cluster) -> [Node] {
      cluster.nodes + cluster.clusters.flatMap(allNodes)
    }
    var flat = self
    flat.nodes = clusters.flatMap(allNodes) + nodes
    flat.clusters = []
    return flat
  }
}
