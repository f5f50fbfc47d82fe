import Samverkan

/// The page that links the reports of several maps.
public struct ReportIndex: Sendable {
  /// One linked report: the map and the path of its page relative to the index.
  public struct Entry: Sendable {
    public var map: CollaborationMap
    public var errors: Int
    public var warnings: Int
    public var page: String

    public init(map: CollaborationMap, errors: Int, warnings: Int, page: String) {
      self.map = map
      self.errors = errors
      self.warnings = warnings
      self.page = page
    }
  }

  public var entries: [Entry]

  public init(entries: [Entry]) { self.entries = entries }

  /// The self-contained `index.html`, in the current language.
  public var html: String {
    let e = HTMLText.escape
    let names = [
      L10n.report("report.index.map"), L10n.report("report.index.actors"),
      L10n.report("report.index.routes"), L10n.report("report.index.errors"),
      L10n.report("report.index.warnings"), L10n.report("report.index.reviewed"),
    ]
    let rows = entries.map { entry in
      let cells = [
        "<a href=\"\(e(entry.page))\">\(e(entry.map.name))</a>", "\(entry.map.actors.count)",
        "\(entry.map.routes.count)", "\(entry.errors)", "\(entry.warnings)",
        e("\(entry.map.reviewed)"),
      ]
      // Each cell names its column, for the cards a phone shows instead of the table.
      return "<tr>"
        + zip(names, cells).map { "<td data-label=\"\(e($0))\">\($1)</td>" }.joined()
        + "</tr>\n"
    }.joined()
    let title = e(L10n.report("report.index.title"))
    let header = names.map { "<th>\(e($0))</th>" }.joined()
    return """
      <!DOCTYPE html>
      <html lang="\(Language.current.rawValue)">
      <head><meta charset="utf-8">\(MapReport.contentSecurityPolicy)<meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(title)</title><style>\(MapReport.css)</style></head>
      <body><main><h1>\(title)</h1>
      <div class="scroll"><table><thead><tr>\(header)</tr></thead>
      <tbody>
      \(rows)</tbody></table></div></main></body></html>

      """
  }
}
