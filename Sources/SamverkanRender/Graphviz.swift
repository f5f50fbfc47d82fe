import CGraphviz
import Foundation
import Samverkan
import Synchronization

/// The one place that calls into libcgraph and libgvc.
///
/// Graphviz is not thread-safe and keeps its error state in globals, so the process holds one
/// context behind one lock; every call into the library runs inside `Graphviz.shared.withContext`.
/// Each graph is owned by a `CGraph`, which frees its layout and the graph itself exactly once.
final class Graphviz: Sendable {
  static let shared = Graphviz()

  private let context: Mutex<Context>
  /// The libgvc version this process runs with, e.g. "2.43.0".
  let version: String

  private struct Context: @unchecked Sendable {
    let gvc: OpaquePointer
  }

  private init() {
    // agseterrf keeps Graphviz from printing to stderr: messages land in `capturedMessages`.
    agseterrf { message in
      if let message { capturedMessages.withLock { $0 += String(cString: message) } }
      return 0
    }
    guard let gvc = gvContext() else { fatalError("gvContext() returned NULL: out of memory") }
    version = gvcVersion(gvc).map { String(cString: $0) } ?? "unknown"
    context = Mutex(Context(gvc: gvc))
  }

  /// Runs `body` holding the lock, with Graphviz's error state reset before and collected after.
  func withContext<T>(_ body: (Session) throws -> T) throws -> (value: T, messages: [String]) {
    try context.withLock { context in
      capturedMessages.withLock { $0 = "" }
      agreseterrors()
      let value = try body(Session(gvc: context.gvc))
      let messages = capturedMessages.withLock { text in
        text.split(whereSeparator: \.isNewline).map(String.init)
      }
      return (value, messages)
    }
  }

  /// Lays out and draws a small graph in `format` (a `-T` value), so that the plugins, the fonts
  /// and Graphviz's own first-use work are ready for the next drawing; what it says is dropped.
  func warmUp(format: String) {
    _ = try? withContext { session in
      guard let graph = session.read(dot: Self.warmUpDOT) else { return }
      _ = try graph.layout(engine: "dot")
      _ = try graph.render(format: format)
    }
  }

  /// One box of text in the maps' font: enough to load the plugins, fontconfig's
  /// configuration and the font itself. A map's layout measures its own glyphs: measuring every
  /// letter in each of the maps' twelve sizes and styles here took the start-up thread 47 M
  /// instructions and made it the longer of the two (a Mölndal network render 47.1-49.7 ms with
  /// them, 40.9-45.1 ms with this box, the same picture; `perf stat -r 20`, four rounds each,
  /// taken in turn).
  private static let warmUpDOT = """
    digraph { node [shape=box fontname="\(MapStyle.font)"]; a [label="Åa"]; }
    """

  /// What may be done while holding the lock.
  struct Session {
    fileprivate let gvc: OpaquePointer

    /// The plugins of one kind (`layout`, `device`, `textlayout`...) the installation lists.
    func plugins(_ kind: String) -> [String] {
      var count: Int32 = 0
      guard let list = gvPluginList(gvc, kind, &count, nil) else { return [] }
      defer { free(list) }
      return (0..<Int(count)).compactMap { index in
        guard let entry = list[index] else { return nil }
        defer { free(entry) }
        return String(cString: entry)
      }
    }

    /// Builds a libcgraph graph from a description.
    func graph(_ description: GraphDescription) throws -> CGraph {
      try CGraph(description, gvc: gvc)
    }

    /// Parses DOT text with Graphviz's own parser.
    func read(dot: String) -> CGraph? {
      agmemread(dot).map { CGraph(owning: $0, gvc: gvc) }
    }
  }
}

/// Messages Graphviz reported through its error callback since the last reset.
private let capturedMessages = Mutex("")

/// A libcgraph graph with one owner: freed (layout first, then the graph) when this is released.
final class CGraph {
  private let graph: UnsafeMutablePointer<Agraph_t>
  private let gvc: OpaquePointer
  private var hasLayout = false

  fileprivate init(owning graph: UnsafeMutablePointer<Agraph_t>, gvc: OpaquePointer) {
    self.graph = graph
    self.gvc = gvc
  }

  fileprivate convenience init(_ description: GraphDescription, gvc: OpaquePointer) throws {
    guard let graph = withMutableCString(description.name, samverkan_open_directed)
    else { throw GraphvizError.outOfMemory }
    self.init(owning: graph, gvc: gvc)
    for attribute in description.graphAttributes { declare(attribute, kind: AGRAPH) }
    for attribute in description.nodeDefaults { declare(attribute, kind: AGNODE) }
    for attribute in description.edgeDefaults { declare(attribute, kind: AGEDGE) }
    for cluster in description.clusters { add(cluster, to: graph) }
    for node in description.nodes { add(node, to: graph) }
    for edge in description.edges {
      guard let tail = withMutableCString(edge.tail, { agnode(graph, $0, 0) }),
        let head = withMutableCString(edge.head, { agnode(graph, $0, 0) })
      else { throw GraphvizError.unknownNode(edge.tail, edge.head) }
      // Edges stay anonymous: cgraph 2.43 never frees the name-map entry of a named edge.
      guard let created = agedge(graph, tail, head, nil, 1)
      else { throw GraphvizError.outOfMemory }
      set(edge.attributes, on: UnsafeMutableRawPointer(created), kind: AGEDGE)
    }
  }

  deinit {
    if hasLayout { gvFreeLayout(gvc, graph) }
    agclose(graph)
  }

  /// Lays the graph out with `engine`; returns how many edges the layout lost.
  func layout(engine: String) throws -> Int {
    if hasLayout {
      gvFreeLayout(gvc, graph)
      hasLayout = false
    }
    guard gvLayout(gvc, graph, engine) == 0 else { throw GraphvizError.layoutFailed(engine) }
    hasLayout = true
    return Int(samverkan_edges_without_spline(graph))
  }

  /// Renders the laid-out graph, e.g. with format `svg:svg:core`.
  func render(format: String) throws -> Data {
    var buffer: UnsafeMutablePointer<CChar>?
    var length: UInt32 = 0
    guard gvRenderData(gvc, graph, format, &buffer, &length) == 0, let buffer else {
      throw GraphvizError.formatUnavailable(format)
    }
    defer { gvFreeRenderData(buffer) }
    return Data(bytes: buffer, count: Int(length))
  }

  /// The laid-out graph's size in points.
  var size: (width: Double, height: Double) {
    let box = samverkan_bounding_box(graph)
    return (box.UR.x - box.LL.x, box.UR.y - box.LL.y)
  }

  /// Where the key is, in points from the picture's top left: the node named `legend` (the
  /// process view's footer), else the left part of the graph's own label (the network view's
  /// title, with the key at its left under the name), else the whole picture.
  var keyBox: PageLayout.Rect {
    let bounds = samverkan_bounding_box(graph)
    var box = boxf()
    if withMutableCString("legend", { samverkan_node_box(graph, $0, &box) }) != 1 {
      if samverkan_graph_label_box(graph, &box) == 1 {
        box.UR.x = min(box.UR.x, box.LL.x + 300)
      } else {
        box = bounds
      }
    }
    return PageLayout.Rect(
      x: box.LL.x - bounds.LL.x, y: bounds.UR.y - box.UR.y, width: box.UR.x - box.LL.x,
      height: box.UR.y - box.LL.y)
  }

  /// The strip at the picture's left that holds `headings` (points from its top left): as wide as
  /// the rightmost heading reaches and as high as their rows span; nil when the graph has none.
  func headingStrip(_ headings: [GraphDescription.RowHeading]) -> PageLayout.Rect? {
    let bounds = samverkan_bounding_box(graph)
    var right = -Double.infinity
    var (top, bottom) = (-Double.infinity, Double.infinity)
    for heading in headings {
      var node = boxf()
      var row = boxf()
      guard withMutableCString(heading.heading, { samverkan_node_box(graph, $0, &node) }) == 1,
        withMutableCString(heading.row, { samverkan_subgraph_box(graph, $0, &row) }) == 1
      else { continue }
      right = max(right, node.UR.x + PageLayout.headingGap)
      (top, bottom) = (max(top, row.UR.y), min(bottom, row.LL.y))
    }
    guard right > bounds.LL.x, top > bottom else { return nil }
    return PageLayout.Rect(
      x: 0, y: bounds.UR.y - top, width: right - bounds.LL.x, height: top - bottom)
  }

  /// Whether anything of the picture is drawn in `window` (points from its top left): a node, an
  /// edge or a label, not only a cluster's background.
  func draws(in window: PageLayout.Rect) -> Bool {
    let bounds = samverkan_bounding_box(graph)
    var area = boxf()
    area.LL.x = bounds.LL.x + window.x
    area.UR.x = area.LL.x + window.width
    area.UR.y = bounds.UR.y - window.y
    area.LL.y = area.UR.y - window.height
    return samverkan_draws_in(graph, area) == 1
  }

  /// Draws the laid-out graph as a PDF on `pages` of `layout` (each page a window onto the
  /// picture, clipped to the page's picture area), then writes each page's head and foot from
  /// `text`, given the page's index in the grid. The graph must have `pad` and `margin` 0, so that its top left is the origin.
  func renderPages(_ layout: PageLayout, pages: [Int], text: (Int) -> PageText) throws -> Data {
    final class Bytes { var data = Data() }
    let bytes = Bytes()
    let write: cairo_write_func_t = { closure, data, length in
      guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
      Unmanaged<Bytes>.fromOpaque(closure).takeUnretainedValue().data.append(
        data, count: Int(length))
      return CAIRO_STATUS_SUCCESS
    }
    let paper = layout.paper
    guard
      let surface = cairo_pdf_surface_create_for_stream(
        write, Unmanaged.passUnretained(bytes).toOpaque(), paper.width, paper.height)
    else { throw GraphvizError.outOfMemory }
    defer { cairo_surface_destroy(surface) }
    try withExtendedLifetime(bytes) {
      for index in pages {
        let (area, window) = (layout.area, layout.window(index))
        var shown = area
        if let headings = layout.headingWindow(index) {
          let width = headings.width * layout.scale
          let strip = PageLayout.Rect(
            x: area.x, y: area.y + (headings.y - window.y) * layout.scale, width: width,
            height: headings.height * layout.scale)
          try drawPicture(
            on: surface, paper: paper, at: strip, showing: headings, scale: layout.scale)
          (shown.x, shown.width) = (area.x + width, area.width - width)
        }
        try drawPicture(on: surface, paper: paper, at: shown, showing: window, scale: layout.scale)
        guard let page = cairo_create(surface) else { throw GraphvizError.outOfMemory }
        defer { cairo_destroy(page) }
        Self.draw(text(index), on: page, paper: paper)
        cairo_show_page(page)
      }
      cairo_surface_finish(surface)
    }
    guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
      throw GraphvizError.formatUnavailable("pdf:cairo")
    }
    return bytes.data
  }

  /// A window onto the picture (picture points from its top left) drawn into `area` of the page
  /// (printed points), at `scale`. Graphviz's PDF device shows and finishes the surface it is
  /// given at the end of its page, so it draws onto a subsurface spanning the page: finishing
  /// that lets go of it and leaves the document open for the next drawing and page.
  private func drawPicture(
    on surface: OpaquePointer, paper: Paper, at area: PageLayout.Rect,
    showing window: PageLayout.Rect, scale: Double
  ) throws {
    guard let whole = cairo_surface_create_for_rectangle(surface, 0, 0, paper.width, paper.height)
    else { throw GraphvizError.outOfMemory }
    defer { cairo_surface_destroy(whole) }
    guard let context = cairo_create(whole) else { throw GraphvizError.outOfMemory }
    defer { cairo_destroy(context) }
    cairo_rectangle(context, area.x, area.y, area.width, area.height)
    cairo_clip(context)
    cairo_translate(context, area.x, area.y)
    cairo_scale(context, scale, scale)
    cairo_translate(context, -window.x, -window.y)
    guard gvRenderContext(gvc, graph, "pdf:cairo", UnsafeMutableRawPointer(context)) == 0 else {
      throw GraphvizError.formatUnavailable("pdf:cairo")
    }
  }

  /// A page's head (the name left in 12 pt bold, the page number right in 10 pt) and foot (its
  /// lines in 8 pt, each cut with "…" where it would run past the margin).
  private static func draw(_ text: PageText, on page: OpaquePointer, paper: Paper) {
    let margin = PageLayout.margin
    let width = paper.width - 2 * margin
    cairo_set_source_rgb(page, 0.1, 0.1, 0.1)
    func show(
      _ words: String, size: Double, bold: Bool, x: Double, y: Double, right: Bool = false,
      room: Double = width
    ) {
      cairo_select_font_face(
        page, MapStyle.font, CAIRO_FONT_SLANT_NORMAL,
        bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL)
      cairo_set_font_size(page, size)
      func advance(_ line: String) -> Double {
        var extents = cairo_text_extents_t()
        cairo_text_extents(page, line, &extents)
        return extents.x_advance
      }
      var line = words
      while line.count > 1, advance(line) > room {
        line = String(line.dropLast(2)) + "…"
      }
      cairo_move_to(page, right ? x - advance(line) : x, y)
      cairo_show_text(page, line)
    }
    show(text.title, size: 12, bold: true, x: margin, y: margin + 12, room: width - 90)
    show(text.number, size: 10, bold: false, x: paper.width - margin, y: margin + 12, right: true)
    var y = paper.height - margin - PageLayout.footHeight + 10
    for line in Self.wrapped(text.foot, on: page, width: width, lines: 3) {
      show(line, size: 8, bold: false, x: margin, y: y)
      y += 11
    }
  }

  /// `paragraphs` in 8 pt broken at spaces into lines no wider than `width`, at most `lines` of
  /// them: the first paragraphs give up their last lines (cut with "…") so the last one is whole.
  private static func wrapped(
    _ paragraphs: [String], on page: OpaquePointer, width: Double, lines: Int
  ) -> [String] {
    cairo_select_font_face(page, MapStyle.font, CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL)
    cairo_set_font_size(page, 8)
    func fits(_ line: String) -> Bool {
      var extents = cairo_text_extents_t()
      cairo_text_extents(page, line, &extents)
      return extents.x_advance <= width
    }
    var broken = paragraphs.map { paragraph in
      var result: [String] = []
      var line = ""
      for word in paragraph.split(separator: " ") {
        let longer = line.isEmpty ? String(word) : line + " " + word
        if !line.isEmpty, !fits(longer) {
          result.append(line)
          line = String(word)
        } else {
          line = longer
        }
      }
      return result + [line]
    }
    var index = 0
    while broken.map(\.count).reduce(0, +) > lines, index < broken.count {
      if broken[index].count > 1 {
        broken[index].removeLast()
        broken[index][broken[index].count - 1] += " …"
      } else {
        index += 1
      }
    }
    return Array(broken.joined().prefix(lines))
  }

  /// Where the layout put each node and cluster, read back the way `dot -Tdot` writes it.
  func placement() throws -> GraphPlacement {
    _ = try render(format: "dot")  // writes pos, width, height and bb into the graph's attributes
    var nodes: [String: GraphPlacement.Box] = [:]
    var node = agfstnode(graph)
    while let current = node {
      let object = UnsafeMutableRawPointer(current)
      let point = Self.numbers(Self.attribute(object, "pos"))
      let width = Self.numbers(Self.attribute(object, "width")).first
      let height = Self.numbers(Self.attribute(object, "height")).first
      if point.count == 2, let width, let height {
        nodes[String(cString: agnameof(object))] = GraphPlacement.Box(
          x: point[0], y: point[1], width: width * 72, height: height * 72)
      }
      node = agnxtnode(graph, current)
    }
    var clusters: [String: GraphPlacement.Rect] = [:]
    func collect(_ parent: UnsafeMutablePointer<Agraph_t>) {
      var sub = agfstsubg(parent)
      while let current = sub {
        if let box = Self.rect(Self.attribute(UnsafeMutableRawPointer(current), "bb")) {
          clusters[String(cString: agnameof(UnsafeMutableRawPointer(current)))] = box
        }
        collect(current)
        sub = agnxtsubg(current)
      }
    }
    collect(graph)
    let bounds =
      Self.rect(Self.attribute(UnsafeMutableRawPointer(graph), "bb"))
      ?? GraphPlacement.Rect(minX: 0, minY: 0, maxX: 0, maxY: 0)
    let label = Self.numbers(Self.attribute(UnsafeMutableRawPointer(graph), "lp"))
    return GraphPlacement(
      bounds: bounds, label: label.count == 2 ? (label[0], label[1]) : nil, nodes: nodes,
      clusters: clusters)
  }

  private static func attribute(_ object: UnsafeMutableRawPointer, _ name: String) -> String? {
    withMutableCString(name) { agget(object, $0) }.map { String(cString: $0) }
  }

  private static func numbers(_ value: String?) -> [Double] {
    (value ?? "").split(separator: ",").compactMap { Double($0) }
  }

  private static func rect(_ value: String?) -> GraphPlacement.Rect? {
    let corners = numbers(value)
    guard corners.count == 4 else { return nil }
    return GraphPlacement.Rect(
      minX: corners[0], minY: corners[1], maxX: corners[2], maxY: corners[3])
  }

  /// The names of the graph's nodes, its edges as (tail, head), and the names of all subgraphs.
  var summary: GraphSummary {
    var nodes: [String: [String: String]] = [:]
    var edges: [GraphSummary.Edge] = []
    var node = agfstnode(graph)
    while let current = node {
      let name = String(cString: agnameof(UnsafeMutableRawPointer(current)))
      nodes[name] = attributes(of: UnsafeMutableRawPointer(current), kind: AGNODE)
      var edge = agfstout(graph, current)
      while let out = edge {
        edges.append(
          GraphSummary.Edge(
            tail: name,
            head: String(cString: agnameof(UnsafeMutableRawPointer(samverkan_head(out)))),
            attributes: attributes(of: UnsafeMutableRawPointer(out), kind: AGEDGE)))
        edge = agnxtout(graph, out)
      }
      node = agnxtnode(graph, current)
    }
    return GraphSummary(nodes: nodes, edges: edges, subgraphs: subgraphNames(of: graph))
  }

  private func subgraphNames(of parent: UnsafeMutablePointer<Agraph_t>) -> [String] {
    var names: [String] = []
    var sub = agfstsubg(parent)
    while let current = sub {
      names.append(String(cString: agnameof(UnsafeMutableRawPointer(current))))
      names += subgraphNames(of: current)
      sub = agnxtsubg(current)
    }
    return names
  }

  private func attributes(of object: UnsafeMutableRawPointer, kind: Int32) -> [String: String] {
    var result: [String: String] = [:]
    var symbol = agnxtattr(graph, kind, nil)
    while let current = symbol {
      if let value = agxget(object, current) {
        result[String(cString: current.pointee.name)] = String(cString: value)
      }
      symbol = agnxtattr(graph, kind, current)
    }
    return result
  }

  private func add(_ cluster: GraphDescription.Cluster, to parent: UnsafeMutablePointer<Agraph_t>) {
    guard let sub = withMutableCString(cluster.name, { agsubg(parent, $0, 1) }) else { return }
    set(cluster.attributes, on: UnsafeMutableRawPointer(sub), kind: AGRAPH)
    for child in cluster.clusters { add(child, to: sub) }
    for node in cluster.nodes { add(node, to: sub) }
  }

  private func add(_ node: GraphDescription.Node, to parent: UnsafeMutablePointer<Agraph_t>) {
    guard let created = withMutableCString(node.name, { agnode(parent, $0, 1) }) else { return }
    set(node.attributes, on: UnsafeMutableRawPointer(created), kind: AGNODE)
  }

  /// Sets the default of an attribute for every object of `kind` (for graphs: the root's value).
  private func declare(_ attribute: GraphDescription.Attribute, kind: Int32) {
    withValue(attribute.value) { value in
      _ = withMutableCString(attribute.name) { agattr(graph, kind, $0, value) }
    }
  }

  private func set(
    _ attributes: [GraphDescription.Attribute], on object: UnsafeMutableRawPointer, kind: Int32
  ) {
    for attribute in attributes {
      let symbol = withMutableCString(attribute.name) { name in
        agattr(graph, kind, name, nil)
          ?? withMutableCString(kind == AGNODE && attribute.name == "label" ? "\\N" : "") {
            agattr(graph, kind, name, $0)
          }
      }
      guard let symbol else { continue }
      withValue(attribute.value) { _ = agxset(object, symbol, $0) }
    }
  }

  /// Calls `body` with a value as a C string: HTML-like labels interned as Graphviz HTML strings.
  private func withValue(
    _ value: GraphDescription.Value, _ body: (UnsafeMutablePointer<CChar>) -> Void
  ) {
    switch value {
    case .text(let text):
      withMutableCString(text, body)
    case .html(let html):
      guard let interned = withMutableCString(html, { agstrdup_html(graph, $0) }) else { return }
      defer { agstrfree(graph, interned) }
      body(interned)
    }
  }
}

/// What Graphviz's own parser saw in a graph: used to check exported DOT.
public struct GraphSummary: Sendable, Hashable {
  public struct Edge: Sendable, Hashable {
    public var tail: String
    public var head: String
    public var attributes: [String: String]
  }

  /// Node name → attribute values.
  public var nodes: [String: [String: String]]
  public var edges: [Edge]
  public var subgraphs: [String]
}

/// cgraph's API takes `char *` for strings it only reads and copies.
@discardableResult
private func withMutableCString<T>(_ text: String, _ body: (UnsafeMutablePointer<CChar>) -> T) -> T
{
  var bytes = Array(text.utf8CString)
  return bytes.withUnsafeMutableBufferPointer { buffer in
    // utf8CString always ends in NUL, so the base address exists.
    body(buffer.baseAddress.unsafelyUnwrapped)
  }
}
