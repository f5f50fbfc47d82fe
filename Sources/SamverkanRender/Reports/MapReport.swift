import Samverkan

/// A municipality's report: the map as a process and as a network, who contacts whom, how to
/// reach them, the mandates, ladders and findings, as an HTML page (with a small search script
/// beside it) and as Markdown with the pictures beside it.
public struct MapReport: Sendable {
  public var map: CollaborationMap
  public var diagnostics: [Diagnostic]
  /// The network view as embeddable SVG (no prolog, ids prefixed), put inline in the HTML page.
  public var svg: String
  /// The process view as embeddable SVG with ids of their own; nil for a map without a ladder.
  public var processSVG: String?
  /// The index of all reports, relative to this page; nil when there is none.
  public var indexLink: String?

  public init(
    map: CollaborationMap, diagnostics: [Diagnostic], svg: String, processSVG: String? = nil,
    indexLink: String? = nil
  ) {
    self.map = map
    self.diagnostics = diagnostics
    self.svg = svg
    self.processSVG = processSVG
    self.indexLink = indexLink
  }

  /// The file the page loads its search from, written next to it.
  public static let scriptFile = "report.js"

  /// The page's one script, in `scriptFile`: it shows the search field and hides the table rows
  /// and ladder steps without the words typed. The page reads the same without it.
  public static let script = """
    // Samverkan report: the search field. The page works without it.
    (function () {
      var box = document.getElementById("sok");
      if (!box) { return; }
      box.parentNode.hidden = false;
      var rows = Array.prototype.slice.call(document.querySelectorAll(".sok tbody tr, ol.ladder li"));
      var count = document.getElementById("sok-antal");
      box.addEventListener("input", function () {
        var words = box.value.toLowerCase().split(/\\s+/).filter(Boolean);
        var shown = 0;
        rows.forEach(function (row) {
          var text = row.textContent.toLowerCase();
          var hit = words.every(function (word) { return text.indexOf(word) >= 0; });
          row.hidden = !hit;
          if (hit) { shown += 1; }
        });
        count.textContent = words.length === 0 ? "" : count.getAttribute("data-template")
          .replace("{shown}", String(shown)).replace("{all}", String(rows.length));
      });
    })();

    """

  /// The self-contained `index.html`, in the current language.
  public var html: String {
    let e = HTMLText.escape
    let reviewed = L10n.report("report.reviewed", map.reviewed.description)
    var page = """
      <!DOCTYPE html>
      <html lang="\(Language.current.rawValue)">
      <head>
      <meta charset="utf-8">
      \(Self.contentSecurityPolicy)
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(e(L10n.report("report.title", map.name)))</title>
      <style>\(Self.css)</style>
      <script src="\(Self.scriptFile)" defer></script>
      </head>
      <body>
      <main>

      """
    if let indexLink {
      page +=
        "<nav class=\"back\"><a href=\"\(e(indexLink))\">\(e(L10n.report("report.page.back")))</a></nav>\n"
    }
    page += "<h1>\(e(map.name))</h1>\n<p class=\"meta\">\(e(reviewed))</p>\n"
    if !map.sources.isEmpty {
      page +=
        "<p class=\"meta\">\(e(L10n.report("report.page.sources"))):</p><ul class=\"sources\">"
        + map.sources.map { "<li>\(e($0.shown))</li>" }.joined() + "</ul>\n"
    }
    let template = L10n.report("report.page.search.count", "{shown}", "{all}")
    page += """
      <p class="search" hidden><label for="sok">\(e(L10n.report("report.page.search")))</label> \
      <input id="sok" type="search" autocomplete="off"> \
      <output id="sok-antal" for="sok" data-template="\(e(template))"></output></p>

      """
    if let processSVG {
      page += section(
        L10n.report("report.page.process"), "<figure class=\"map\">\(processSVG)</figure>\n")
    }
    page += section(L10n.report("report.page.routes"), routesHTML, id: "vagar")
    let duties = dutyLines
    if !duties.isEmpty {
      page += section(
        L10n.report("report.page.duties"),
        "<dl class=\"duties\">"
          + duties.map { "<dt>\(e($0.title))</dt><dd>\(e($0.text))</dd>" }.joined() + "</dl>\n")
    }
    let (reachHeader, reach) = Self.droppingEmptyColumns(Self.reachHeader, reachRows)
    page += section(L10n.report("report.page.reach"), table(reachHeader, reach, search: true))
    page += section(
      L10n.report("report.mandates"), table(Self.mandateHeader, mandateRows, search: true))
    for ladder in map.ladders {
      page += "<section><h2>\(e(L10n.report("report.ladder", ladder.name)))</h2>"
      page += "<ol class=\"ladder\">\n"
      for step in ladder.steps {
        let actor = map.actor(step.actor)?.name ?? step.actor
        page += "<li><strong>\(e(step.name))</strong> – \(e(actor))"
        if let trigger = step.trigger { page += "<br><span class=\"trigger\">\(e(trigger))</span>" }
        page += "</li>\n"
      }
      page += "</ol></section>\n"
    }
    page += section(
      L10n.report("report.page.network"), "<figure class=\"map\">\(svg)</figure>\n")
    page += section(
      L10n.report("report.findings"),
      diagnostics.isEmpty
        ? "<p>\(e(L10n.report("report.no-findings")))</p>"
        : table(Self.diagnosticHeader, diagnosticRows))
    page += "</main>\n</body>\n</html>\n"
    return page
  }

  /// The routes table, one part per sending organisation.
  private var routesHTML: String {
    let groups = routeGroups
    guard !groups.isEmpty else {
      return "<p>\(HTMLText.escape(L10n.report("report.page.no-routes")))</p>\n"
    }
    return groups.map { group in
      let (header, rows) = Self.droppingEmptyColumns(Self.routeHeader, group.routes.map(routeRow))
      return
        "<h3>\(HTMLText.escape(L10n.report("report.page.routes.from", group.organisation)))</h3>\n"
        + table(header, rows, search: true)
    }.joined()
  }

  /// `report.md`, with the network picture in `svgFile` and the process picture in `processFile`
  /// beside it, in the current language.
  public func markdown(svgFile: String, processFile: String? = nil) -> String {
    let m = UnsafeText.markdown
    func table(_ header: [String], _ rows: [[String]]) -> String {
      "| " + header.map(m).joined(separator: " | ") + " |\n|"
        + header.map { _ in " --- |" }.joined()
        + "\n" + rows.map { "| " + $0.map(m).joined(separator: " | ") + " |\n" }.joined()
    }
    var text =
      "# \(m(map.name))\n\n\(m(L10n.report("report.reviewed", map.reviewed.description)))\n\n"
    if !map.sources.isEmpty {
      text +=
        "\(m(L10n.report("report.page.sources"))):\n\n"
        + map.sources.map { "- \(m($0.shown))\n" }.joined() + "\n"
    }
    if let processFile {
      text += "## \(m(L10n.report("report.page.process")))\n\n![\(m(map.name))](\(processFile))\n\n"
    }
    text += "## \(m(L10n.report("report.page.routes")))\n"
    let groups = routeGroups
    if groups.isEmpty { text += "\n\(m(L10n.report("report.page.no-routes")))\n" }
    for group in groups {
      let (header, rows) = Self.droppingEmptyColumns(Self.routeHeader, group.routes.map(routeRow))
      text +=
        "\n### \(m(L10n.report("report.page.routes.from", group.organisation)))\n\n"
        + table(header, rows)
    }
    let duties = dutyLines
    if !duties.isEmpty {
      text +=
        "\n## \(m(L10n.report("report.page.duties")))\n\n"
        + duties.map { "- **\(m($0.title))** \(m($0.text))\n" }.joined()
    }
    let (reachHeader, reach) = Self.droppingEmptyColumns(Self.reachHeader, reachRows)
    text += "\n## \(m(L10n.report("report.page.reach")))\n\n" + table(reachHeader, reach)
    text +=
      "\n## \(m(L10n.report("report.mandates")))\n\n" + table(Self.mandateHeader, mandateRows)
    for ladder in map.ladders {
      text += "\n## \(m(L10n.report("report.ladder", ladder.name)))\n\n"
      for (number, step) in ladder.steps.enumerated() {
        text +=
          "\(number + 1). **\(m(step.name))** – \(m(map.actor(step.actor)?.name ?? step.actor))\n"
      }
    }
    text += "\n## \(m(L10n.report("report.page.network")))\n\n![\(m(map.name))](\(svgFile))\n"
    text += "\n## \(m(L10n.report("report.findings")))\n\n"
    text +=
      diagnostics.isEmpty
      ? "\(m(L10n.report("report.no-findings")))\n"
      : table(Self.diagnosticHeader, diagnosticRows)
    return text
  }

  private static var mandateHeader: [String] {
    [
      L10n.report("report.column.actor"), L10n.report("report.column.concerns"),
      L10n.report("report.column.severity"), L10n.report("report.column.ages"),
      L10n.report("report.column.basis"),
    ]
  }

  private static var diagnosticHeader: [String] {
    [
      L10n.report("report.column.finding-severity"), L10n.report("report.column.rule"),
      L10n.report("report.column.finding"), L10n.report("report.column.place"),
    ]
  }

  private var mandateRows: [[String]] {
    map.actors.filter { $0.status != .ended }.flatMap { actor in
      actor.mandates.map { mandate in
        [
          actor.name
            + (actor.status == .planned && !actor.name.lowercased().contains("planer")
              ? " (\(actor.status.name))" : ""),
          mandate.concerns.map(\.name).joined(separator: ", "),
          mandate.severities.map(\.name).joined(separator: ", "),
          mandate.ages.name, mandate.basis,
        ]
      }
    }
  }

  private var diagnosticRows: [[String]] {
    diagnostics.map {
      [
        Self.name(of: $0.severity), $0.rule, $0.message,
        $0.location.map { "\($0.line):\($0.column)" } ?? "",
      ]
    }
  }

  /// A finding's severity in the current language.
  private static func name(of severity: Diagnostic.Severity) -> String {
    switch severity {
    case .error: L10n.report("report.severity.error")
    case .warning: L10n.report("report.severity.warning")
    case .info: L10n.report("report.severity.info")
    }
  }

  /// The table without the columns no row fills (a map that names no phone numbers shows none).
  private static func droppingEmptyColumns(
    _ header: [String], _ rows: [[String]]
  ) -> ([String], [[String]]) {
    let kept = header.indices.filter { column in rows.contains { !$0[column].isEmpty } }
    return (kept.map { header[$0] }, rows.map { row in kept.map { row[$0] } })
  }

  private func section(_ title: String, _ body: String, id: String? = nil) -> String {
    "<section\(id.map { " id=\"\($0)\"" } ?? "")><h2>\(HTMLText.escape(title))</h2>\n\(body)</section>\n"
  }

  /// A table in a box of its own; on a narrow screen each row becomes a card whose cells carry
  /// their column's name (`data-label`), so nothing scrolls sideways. `search` marks its rows for
  /// the search field.
  private func table(_ header: [String], _ rows: [[String]], search: Bool = false) -> String {
    let e = HTMLText.escape
    func cells(_ row: [String]) -> String {
      zip(header, row).map { "<td data-label=\"\(e($0))\">\(e($1))</td>" }.joined()
    }
    return "<div class=\"scroll\"><table\(search ? " class=\"sok\"" : "")><thead><tr>"
      + header.map { "<th>\(e($0))</th>" }.joined()
      + "</tr></thead><tbody>\n"
      + rows.map { "<tr>" + cells($0) + "</tr>\n" }.joined()
      + "</tbody></table></div>\n"
  }

  /// The page's Content Security Policy: no inline script, no plug-in, no form, nothing fetched
  /// from elsewhere; the page's own style sheet, its own script file and inline pictures only.
  public static let contentSecurityPolicy = """
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; \
    script-src 'self'; img-src data:; base-uri 'none'; form-action 'none'">
    """

  /// Screen: one column, pictures scroll in their own box, tables become cards on a phone,
  /// nothing wider than the screen. Print: A4 landscape, the pictures fitted to the page, table
  /// rows never split.
  public static let css = """
    [hidden]{display:none!important}
    body{font-family:system-ui,Helvetica,Arial,sans-serif;margin:0;color:#1d1d1d;background:#fff}
    main{max-width:1200px;margin:0 auto;padding:1rem}
    h1{margin:0 0 .25rem;overflow-wrap:anywhere}.meta{color:#555;margin:0 0 .25rem}
    ul.sources{margin:0 0 1rem;padding-left:1.25rem;color:#555}
    nav.back{margin:0 0 .5rem}.search{margin:1rem 0}.search input{font-size:1rem;max-width:100%}
    figure.map{margin:1rem 0;overflow-x:auto}figure.map svg{display:block;width:100%;min-width:1100px;height:auto}
    .scroll{overflow-x:auto;margin:.5rem 0 1.5rem}
    table{border-collapse:collapse;width:100%;font-size:.95rem}
    th,td{border:1px solid #ccc;padding:.35rem .5rem;text-align:left;vertical-align:top;overflow-wrap:break-word}
    th{background:#f2f2f2}.trigger{color:#555;font-size:.9rem}
    dl.duties dt{font-weight:bold;margin-top:.5rem}dl.duties dd{margin:0 0 .5rem}
    @media (max-width:640px){main{padding:.6rem}table{font-size:.9rem}thead{display:none}
    table,tbody,tr,td{display:block}tr{border:1px solid #ccc;border-radius:4px;margin:0 0 .6rem;padding:.3rem .5rem}
    td{border:0;padding:.15rem 0}td:empty{display:none}td::before{content:attr(data-label);display:block;font-size:.8rem;font-weight:bold;color:#555}}
    @media (prefers-color-scheme: dark){body{background:#161616;color:#e8e8e8}
    th{background:#262626}th,td{border-color:#444}.meta,.trigger,ul.sources{color:#aaa}}
    @page{size:A4 landscape;margin:10mm}
    @media print{body{font-size:10pt}main{max-width:none;padding:0}nav.back,.search{display:none}
    figure.map{overflow:visible;break-inside:avoid}
    figure.map svg{min-width:0;max-width:100%;max-height:135mm}
    .scroll{overflow:visible}tr,dt,dd,li{break-inside:avoid}h2,h3{break-after:avoid}
    thead{display:table-header-group}}
    """
}
