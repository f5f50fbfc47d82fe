import Samverkan

/// The CSS of an embedded map: sector fills and route colours by class, a variant for
/// `prefers-color-scheme: dark`, and the faded look of a highlighted picture.
///
/// Graphviz's inline `fill` and `stroke` stay in the SVG for renderers without CSS; these rules
/// win over them in browsers, since CSS beats presentation attributes. Every rule is scoped to the
/// map's root element, so several maps on one page do not restyle each other. The text holds no
/// `<`, `>` or `&`, so it reads the same as XML and in an HTML page.
enum MapStyleSheet {
  /// The colours of one scheme.
  private struct Scheme {
    var background: String?
    var text: String?
    var fill: (Sector) -> String
    var border: (Sector) -> String
    var line: (Channel) -> String
    var lineText: (Channel) -> String
    var planned: String
    var plannedText: String
    var faded: (fill: String, border: String, text: String, line: String, lineText: String)
  }

  private static var light: Scheme {
    Scheme(
      background: nil, text: nil, fill: MapStyle.fill, border: MapStyle.border,
      line: { MapStyle.line($0).color }, lineText: MapStyle.labelColor, planned: MapStyle.planned,
      plannedText: MapStyle.plannedText,
      faded: ("#F4F4F4", "#CCCCCC", "#9A9A9A", "#D8D8D8", "#B0B0B0"))
  }

  private static var dark: Scheme {
    Scheme(
      background: "#1E1E1E", text: "#E8E8E8", fill: MapStyle.darkFill,
      border: MapStyle.darkBorder, line: MapStyle.darkLineColor, lineText: MapStyle.darkLineColor,
      planned: "#9A9A9A",
      plannedText: "#AAAAAA", faded: ("#2A2A2A", "#4A4A4A", "#777777", "#444444", "#666666"))
  }

  /// The style sheet for a map whose root element has the id `rootID`.
  static func css(rootID: String) -> String {
    let scope = "#\(rootID)"
    return rules(light, scope: scope).joined(separator: "\n") + "\n"
      + "@media (prefers-color-scheme: dark) {\n"
      + rules(dark, scope: scope).map { "  " + $0 }.joined(separator: "\n") + "\n}\n"
  }

  private static func rules(_ scheme: Scheme, scope s: String) -> [String] {
    var rules: [String] = []
    if let background = scheme.background {
      rules.append("\(s) .background { fill: \(background); }")
    }
    if let text = scheme.text { rules.append("\(s) text { fill: \(text); }") }
    for sector in Sector.allCases {
      let node = "\(s) .actor.sector-\(sector.rawValue)"
      rules.append(
        "\(node) path, \(node) polygon { fill: \(scheme.fill(sector));"
          + " stroke: \(scheme.border(sector)); }")
      rules.append(
        "\(s) .organisation.sector-\(sector.rawValue) path"
          + " { stroke: \(scheme.border(sector)); }")
    }
    var groups: [String: Channel] = [:]
    for channel in Channel.allCases where groups[MapStyle.edgeClass(channel)] == nil {
      groups[MapStyle.edgeClass(channel)] = channel
    }
    for (group, channel) in groups.sorted(by: { $0.key < $1.key }) {
      rules += routeRules(
        "\(s) .route.\(group)", line: scheme.line(channel), text: scheme.lineText(channel))
    }
    for status in [Status.planned, .ended] {
      rules += routeRules(
        "\(s) .route.status-\(status.rawValue)", line: scheme.planned, text: scheme.plannedText)
    }
    let faded = scheme.faded
    rules.append(
      "\(s) .actor.faded path, \(s) .actor.faded polygon { fill: \(faded.fill);"
        + " stroke: \(faded.border); }")
    rules.append("\(s) .actor.faded text { fill: \(faded.text); }")
    rules += routeRules("\(s) .route.faded", line: faded.line, text: faded.lineText)
    return rules
  }

  /// Stroke for a route's line and arrowhead, fill for a closed arrowhead and its label.
  private static func routeRules(_ selector: String, line: String, text: String) -> [String] {
    [
      "\(selector) path, \(selector) polygon { stroke: \(line); }",
      "\(selector) polygon:not([fill=\"none\"]) { fill: \(line); }",
      "\(selector) text { fill: \(text); }",
    ]
  }
}
