extension GraphDescription {
  /// The contact sheet as a Graphviz graph of one node whose HTML-like label is the table, for
  /// printing: A4 wide (at most 575 pt of table between 10 pt margins), no text under 7 pt.
  public init(contactSheet sheet: ContactSheet) {
    let t = GraphText.self
    func font(_ size: String, _ text: String) -> String {
      "<FONT POINT-SIZE=\"\(size)\">\(text)</FONT>"
    }
    let fills = ["#E8F4EA", "#FFF4D6", "#FBE3E1"]
    var label =
      "<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"3\" COLOR=\"#888888\">"
    label +=
      "<TR><TD COLSPAN=\"4\" BORDER=\"0\" ALIGN=\"LEFT\" BALIGN=\"LEFT\">"
      + font("16", "<B>\(t.html(L10n.report("sheet.title")))</B>") + "<BR/>"
      + font(
        "8",
        Self.wrapped(
          L10n.report(
            "sheet.subtitle", sheet.mapName, sheet.school.name, sheet.reviewed.description),
          width: Self.ruleWidth))
      + "</TD></TR>"
    label +=
      "<TR><TD BGCOLOR=\"#EEEEEE\" WIDTH=\"\(Self.concernColumn)\" ALIGN=\"LEFT\">"
      + font("8", "<B>\(t.html(L10n.report("sheet.concern")))</B>") + "</TD>"
      + zip(Severity.allCases, fills).map { severity, fill in
        "<TD BGCOLOR=\"\(fill)\" WIDTH=\"\(Self.severityColumn)\" ALIGN=\"LEFT\">"
          + font("8", "<B>\(t.html(ContactSheet.heading(severity.name)))</B>") + "</TD>"
      }.joined() + "</TR>"
    for row in sheet.rows {
      label +=
        "<TR><TD VALIGN=\"TOP\" ALIGN=\"LEFT\" BALIGN=\"LEFT\">"
        + font("8", "<B>\(Self.wrapped(ContactSheet.heading(row.concern.name), width: 17))</B>")
        + "</TD>"
      for (count, cell) in row.spans {
        let (whom, details) = cell.lines
        var text = "<B>\(Self.wrapped(whom, width: Self.cellWidth * count - 4))</B>"
        for detail in details {
          text += "<BR/>" + Self.wrapped(detail, width: Self.cellWidth * count)
        }
        label +=
          "<TD COLSPAN=\"\(count)\" VALIGN=\"TOP\" ALIGN=\"LEFT\" BALIGN=\"LEFT\">"
          + font("7.5", text) + "</TD>"
      }
      label += "</TR>"
    }
    for rule in sheet.rules {
      label +=
        "<TR><TD COLSPAN=\"4\" ALIGN=\"LEFT\" BALIGN=\"LEFT\">"
        + font("7.5", Self.rule(rule)) + "</TD></TR>"
    }
    label +=
      "<TR><TD COLSPAN=\"4\" BORDER=\"0\" ALIGN=\"LEFT\">"
      + font("7", "<I>\(t.html(L10n.report("sheet.footer")))</I>") + "</TD></TR>"
    label += "</TABLE>"
    self.init(
      name: "contact_sheet",
      graphAttributes: [
        Attribute("pad", "0.14"), Attribute("margin", "0"), Attribute("bgcolor", "white"),
      ],
      nodeDefaults: [Attribute("fontname", MapStyle.font), Attribute("fontsize", "7.5")],
      edgeDefaults: [],
      nodes: [
        Node(
          name: "sheet",
          attributes: [Attribute("shape", "plain"), Attribute("label", .html(label))])
      ],
      clusters: [], edges: [])
  }

  /// A rule wrapped to the table's width, its title in bold.
  private static func rule(_ rule: ContactSheet.Rule) -> String {
    var lines = Self.lines(rule.title + " " + rule.text, width: ruleWidth)
    guard let first = lines.first, first.hasPrefix(rule.title) else {
      return wrapped(rule.title + " " + rule.text, width: ruleWidth)
    }
    lines[0] = String(first.dropFirst(rule.title.count))
    return "<B>\(GraphText.html(rule.title))</B>"
      + lines.map(GraphText.html).joined(separator: "<BR/>")
  }

  /// Text broken into lines of at most `width` characters, a longer word (a web address) too.
  private static func lines(_ text: String, width: Int) -> [String] {
    let words = text.split(whereSeparator: \.isWhitespace).flatMap { word in
      stride(from: 0, to: word.count, by: width).map { start in
        String(word.dropFirst(start).prefix(width))
      }
    }
    return GraphText.wrapped(words.joined(separator: " "), width: width)
  }

  /// `lines` for an HTML-like label, joined by `<BR/>`.
  private static func wrapped(_ text: String, width: Int) -> String {
    lines(text, width: width).map(GraphText.html).joined(separator: "<BR/>")
  }

  /// Column widths in points (the concern, each severity) and characters per line at 7.5 pt.
  private static let concernColumn = 92
  private static let severityColumn = 158
  private static let cellWidth = 33
  private static let ruleWidth = 124
}
