import Foundation
import Samverkan

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The legend of a map's network picture as the embeddable SVG draws it: the entries of
/// `NetworkLegend` (the sectors, the kinds of route drawn as arrows, the marks for consent, for law
/// and for planned parts) as SVG swatches whose classes the style sheet restyles.
public struct MapLegend: Sendable, Hashable {
  /// One swatch and its words.
  public typealias Entry = NetworkLegend.Entry

  /// The sectors in use, in the order `Sector` lists them.
  public var sectors: [Entry]
  /// The kinds of route drawn as arrows, in the order `Channel` lists them.
  public var routes: [Entry]
  /// The consent and law marks and dashed lines, where the picture has them.
  public var marks: [Entry]

  /// The legend of `map`, in the current language.
  public init(map: CollaborationMap) {
    let key = NetworkLegend(map: map)
    (sectors, routes, marks) = (key.sectors, key.routes, key.marks)
  }

  /// Whether there is anything to explain.
  public var isEmpty: Bool { sectors.isEmpty && routes.isEmpty && marks.isEmpty }

  // MARK: Drawing

  private static let fontSize = 10.0
  private static let rowHeight = 20.0
  private static let sectionIndent = 84.0
  private static let swatchWidth = 34.0

  /// The legend drawn as a `<g class="legend">` at `origin` (viewBox units), wrapping its rows
  /// at `width`; returns the group and the size it takes.
  func element(x originX: Double, y originY: Double, width: Double)
    -> (group: XMLElement, width: Double, height: Double)
  {
    let group = XMLElement.svg("g", [("id", "legend"), ("class", "legend")])
    let background = XMLElement.svg("rect", [("class", "background"), ("fill", "white")])
    group.addChild(background)
    let heading = L10n.report("legend.title")
    group.addChild(XMLElement.svg("title", text: heading))
    var y = originY + 16
    group.addChild(text(heading, x: originX, y: y, size: 12, bold: true))
    var widest = originX + Self.textWidth(heading, size: 12, bold: true)
    let sections = [
      (L10n.report("legend.sectors"), sectors), (L10n.report("legend.routes"), routes),
      (L10n.report("legend.lines"), marks),
    ]
    for (caption, entries) in sections where !entries.isEmpty {
      y += Self.rowHeight
      group.addChild(text(caption, x: originX, y: y, size: Self.fontSize, bold: true))
      var x = originX + Self.sectionIndent
      for entry in entries {
        let entryWidth = Self.swatchWidth + 6 + Self.textWidth(entry.label, size: Self.fontSize)
        if x > originX + Self.sectionIndent, x + entryWidth > originX + width {
          x = originX + Self.sectionIndent
          y += Self.rowHeight
        }
        group.addChild(swatch(entry.swatch, x: x, middle: y - 3.5))
        group.addChild(text(entry.label, x: x + Self.swatchWidth + 6, y: y, size: Self.fontSize))
        widest = max(widest, x + entryWidth)
        x += entryWidth + 18
      }
    }
    let size = (width: max(widest - originX, 0) + 16, height: y - originY + 12)
    let area = [
      ("x", originX - 8), ("y", originY), ("width", max(size.width, width + 16)),
      ("height", size.height),
    ]
    for (name, value) in area { background.setSVGValue(name, Self.number(value)) }
    return (group, size.width, size.height)
  }

  private func text(_ words: String, x: Double, y: Double, size: Double, bold: Bool = false)
    -> XMLElement
  {
    var attributes = [
      ("text-anchor", "start"), ("x", Self.number(x)), ("y", Self.number(y)),
      ("font-family", "\(MapStyle.font),sans-Serif"), ("font-size", Self.number(size)),
    ]
    if bold { attributes.append(("font-weight", "bold")) }
    return XMLElement.svg("text", attributes, text: words)
  }

  private func swatch(_ swatch: Entry.Swatch, x: Double, middle y: Double) -> XMLElement {
    switch swatch {
    case .sector(let sector):
      let group = XMLElement.svg("g", [("class", "actor sector-\(sector.rawValue)")])
      group.addChild(
        box(x: x + 3, y: y, fill: MapStyle.fill(sector), stroke: MapStyle.border(sector)))
      return group
    case .route(let name, let channel):
      let line = MapStyle.line(channel)
      return arrow(
        classes: "route \(name) status-active", x: x, y: y, color: line.color, width: line.width,
        dashed: line.style == "dashed", open: false)
    case .consent:
      let line = MapStyle.line(.phone)
      return arrow(
        classes: "route contact status-active", x: x, y: y, color: line.color, width: "1.2",
        dashed: false, open: true)
    case .provision:
      let line = MapStyle.line(.phone)
      return arrow(
        classes: "route contact status-active", x: x, y: y, color: line.color, width: "1.2",
        dashed: false, open: false)
    case .planned:
      let group = XMLElement.svg("g", [("class", "legend-planned")])
      let frame = box(x: x, y: y, fill: "none", stroke: MapStyle.planned, width: 12)
      frame.setSVGValue("stroke-dasharray", "5,2")
      group.addChild(frame)
      group.addChild(
        arrow(
          classes: "route status-planned", x: x + 14, y: y, color: MapStyle.planned,
          width: "1.2", dashed: true, open: false, length: 13))
      return group
    }
  }

  private func box(
    x: Double, y: Double, fill: String, stroke: String, width: Double = 28
  ) -> XMLElement {
    let number = Self.number
    return XMLElement.svg(
      "path",
      [
        ("fill", fill), ("stroke", stroke),
        ("d", "M\(number(x)),\(number(y - 6))h\(number(width))v12h-\(number(width))z"),
      ])
  }

  private func arrow(
    classes: String, x: Double, y: Double, color: String, width: String, dashed: Bool, open: Bool,
    length: Double = 26
  ) -> XMLElement {
    let group = XMLElement.svg("g", [("class", classes)])
    var line = [
      ("fill", "none"), ("stroke", color), ("stroke-width", width),
      ("d", "M\(Self.number(x)),\(Self.number(y))h\(Self.number(length))"),
    ]
    if dashed { line.append(("stroke-dasharray", "5,2")) }
    group.addChild(XMLElement.svg("path", line))
    let tip = x + length + 8
    let points = [(tip - 8, y - 3.5), (tip, y), (tip - 8, y + 3.5), (tip - 8, y - 3.5)]
      .map { "\(Self.number($0.0)),\(Self.number($0.1))" }.joined(separator: " ")
    group.addChild(
      XMLElement.svg(
        "polygon",
        [
          ("fill", open ? "none" : color), ("stroke", color), ("stroke-width", width),
          ("points", points),
        ]))
    return group
  }

  /// A rough width of Helvetica text: enough that entries do not overlap.
  static func textWidth(_ text: String, size: Double, bold: Bool = false) -> Double {
    Double(text.count) * size * (bold ? 0.62 : 0.56)
  }

  /// A coordinate as SVG writes it: at most two decimals, no trailing zeros.
  static func number(_ value: Double) -> String {
    let rounded = (value * 100).rounded() / 100
    if let whole = Int(exactly: rounded) { return String(whole) }
    return String(format: "%.2f", rounded).replacingOccurrences(
      of: "0+$", with: "", options: .regularExpression)
  }
}
