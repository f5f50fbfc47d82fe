import Samverkan

/// A sheet of paper a PDF is printed on: A4 or A3, upright or turned.
public struct Paper: Sendable, Hashable {
  /// The ISO 216 sizes `render --paper` offers.
  public enum Size: String, CaseIterable, Sendable {
    case a4, a3
  }

  public var size: Size
  public var landscape: Bool

  public init(_ size: Size, landscape: Bool = false) {
    self.size = size
    self.landscape = landscape
  }

  /// The page's width in points (1/72 inch): A4 is 210 × 297 mm = 595.28 × 841.89 pt, A3 is
  /// 297 × 420 mm = 841.89 × 1190.55 pt; landscape swaps width and height.
  public var width: Double { landscape ? long : short }
  /// The page's height in points.
  public var height: Double { landscape ? short : long }

  private var short: Double { size == .a4 ? 595.28 : 841.89 }
  private var long: Double { size == .a4 ? 841.89 : 1190.55 }
}

/// How a picture is laid on pages of one paper size: fitted to one page when its smallest text
/// stays at least `smallestPrintedText` points printed, else cut into a grid of pages at a scale
/// where it does, the pages overlapping by `overlap` so that a label cut at one page's edge is
/// whole on the next. Every page keeps a head (the map's name and the page number) and a foot (the
/// review date and sources, and where the key is) outside the picture. A picture with row headings
/// at its left (the process view's lanes) has them repeated at the left of every column of pages
/// after the first, so that a page far to the right still says which lane is which.
public struct PageLayout: Sendable, Hashable {
  /// A rectangle in points, measured from the top left.
  public struct Rect: Sendable, Hashable {
    public var x, y, width, height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
      (self.x, self.y, self.width, self.height) = (x, y, width, height)
    }
  }

  /// The smallest body text a printed page may have, in points.
  public static let smallestPrintedText = 7.0
  /// The white edge around every page: 10 mm.
  public static let margin = 28.35
  /// The height of a page's head: the map's name in 12 pt and the page number.
  public static let headHeight = 22.0
  /// The height of a page's foot: three lines of 8 pt.
  public static let footHeight = 35.0
  /// How far neighbouring pages of a split picture show the same strip, in printed points.
  public static let overlap = 18.0
  /// The room a repeated row heading keeps to its right, in picture points.
  public static let headingGap = 6.0

  public let paper: Paper
  /// Printed points per picture point.
  public let scale: Double
  public let columns: Int
  public let rows: Int
  /// Where the picture goes on every page.
  public let area: Rect
  /// The picture's width in picture points.
  public let pictureWidth: Double
  /// The strip of row headings at the picture's left (picture points from its top left) that
  /// the pages after the first column repeat; nil when there is none or one column of pages.
  public let headings: Rect?

  /// The pages for a picture `width` × `height` points whose smallest text is `smallestText`
  /// points. A picture that fits is printed at most at its own size, never larger. `headings`
  /// is the strip at the picture's left that every later column of pages repeats.
  public init(
    width: Double, height: Double, smallestText: Double, paper: Paper, headings: Rect? = nil
  ) {
    self.paper = paper
    let area = Rect(
      x: Self.margin, y: Self.margin + Self.headHeight, width: paper.width - 2 * Self.margin,
      height: paper.height - 2 * Self.margin - Self.headHeight - Self.footHeight)
    self.area = area
    pictureWidth = width
    let (width, height) = (max(width, 1), max(height, 1))
    let legible = Self.smallestPrintedText / max(smallestText, 0.1)
    let fit = min(area.width / width, area.height / height)
    if fit >= legible {
      (scale, columns, rows) = (max(legible, min(fit, 1)), 1, 1)
      self.headings = nil
      return
    }
    let stepWidth = area.width - Self.overlap
    let stepHeight = area.height - Self.overlap
    let columns = max(1, Int(((width * legible - Self.overlap) / stepWidth).rounded(.up)))
    let rows = max(1, Int(((height * legible - Self.overlap) / stepHeight).rounded(.up)))
    // As large as the same pages allow: the grid is whole pages, so the text grows to fill it.
    let grown = min(
      (stepWidth * Double(columns) + Self.overlap) / width,
      (stepHeight * Double(rows) + Self.overlap) / height)
    let scale = max(legible, min(grown, 1))
    (self.scale, self.rows) = (scale, rows)
    // Later columns give the repeated headings their room, which may take one more column.
    let page = area.width / scale
    let step = (area.width - Self.overlap) / scale
    let headings = columns > 1 ? headings.flatMap { $0.width < step / 2 ? $0 : nil } : nil
    self.headings = headings
    self.columns =
      headings.map { strip in
        1 + max(1, Int(((width - page) / (step - strip.width)).rounded(.up)))
      } ?? columns
  }

  public var pageCount: Int { columns * rows }

  /// The part of the picture page `index` (from 0, row by row from the top left) shows beside
  /// any repeated headings, in picture points from the picture's top left. A picture narrower
  /// than one page is centred.
  public func window(_ index: Int) -> Rect {
    let (row, column) = index.quotientAndRemainder(dividingBy: columns)
    let step = (
      x: (area.width - Self.overlap) / scale, y: (area.height - Self.overlap) / scale
    )
    let centred = columns == 1 ? min(0, (pictureWidth - area.width / scale) / 2) : 0
    let y = Double(row) * step.y
    guard column > 0, let strip = headings?.width else {
      return Rect(
        x: Double(column) * step.x + centred, y: y, width: area.width / scale,
        height: area.height / scale)
    }
    return Rect(
      x: step.x + Double(column - 1) * (step.x - strip), y: y,
      width: area.width / scale - strip, height: area.height / scale)
  }

  /// The repeated headings page `index` shows at its left (picture points from the picture's top
  /// left, cut to the page's rows); nil on the first column of pages or where no heading is.
  public func headingWindow(_ index: Int) -> Rect? {
    guard let strip = headings, index % columns > 0 else { return nil }
    let window = window(index)
    let top = max(strip.y, window.y)
    let bottom = min(strip.y + strip.height, window.y + window.height)
    guard bottom > top else { return nil }
    return Rect(x: strip.x, y: top, width: strip.width, height: bottom - top)
  }

  /// Of `pages` (indices in the grid), the one that shows most of `box` (picture points from
  /// the picture's top left), the first of them when none shows any.
  public func page(showingMostOf box: Rect, among pages: [Int]) -> Int? {
    func shown(_ index: Int) -> Double {
      let window = window(index)
      let width = min(box.x + box.width, window.x + window.width) - max(box.x, window.x)
      let height = min(box.y + box.height, window.y + window.height) - max(box.y, window.y)
      return max(width, 0) * max(height, 0)
    }
    return pages.max { shown($0) < shown($1) || (shown($0) == shown($1) && $0 > $1) }
  }

  /// (row, column) of page `index`, both from 1.
  public func position(_ index: Int) -> (row: Int, column: Int) {
    let (row, column) = index.quotientAndRemainder(dividingBy: columns)
    return (row + 1, column + 1)
  }
}

extension GraphDescription {
  /// The smallest font size any label of the graph is set in, in points: the `fontsize` of the
  /// graph, its defaults, nodes, edges and clusters, and every `POINT-SIZE` in an HTML-like label
  /// (Graphviz's default is 14).
  var smallestFontSize: Double {
    var sizes: [Double] = []
    func scan(_ attributes: [Attribute]) {
      for attribute in attributes {
        switch attribute.value {
        case .text(let text) where attribute.name == "fontsize":
          if let size = Double(text) { sizes.append(size) }
        case .html(let html):
          var rest = html[...]
          while let found = rest.range(of: "POINT-SIZE=\"") {
            rest = rest[found.upperBound...]
            if let size = Double(rest.prefix { $0 != "\"" }) { sizes.append(size) }
          }
        default: break
        }
      }
    }
    func scan(_ cluster: Cluster) {
      scan(cluster.attributes)
      cluster.nodes.forEach { scan($0.attributes) }
      cluster.clusters.forEach(scan)
    }
    scan(graphAttributes)
    scan(nodeDefaults)
    scan(edgeDefaults)
    nodes.forEach { scan($0.attributes) }
    clusters.forEach(scan)
    edges.forEach { scan($0.attributes) }
    return sizes.min() ?? 14
  }
}

/// What a printed page says around its part of the picture.
struct PageText: Sendable, Hashable {
  /// The map's name, top left.
  var title: String
  /// "Sida 2 av 6", top right.
  var number: String
  /// The foot's lines: the review date and sources, and on a split picture where the page sits
  /// and where the key is.
  var foot: [String]
}
