import Samverkan

/// A municipality's report: the map as a picture, its mandates, contacts, ladders and findings,
/// as a self-contained HTML page and as Markdown with the SVG beside it.
public struct MapReport: Sendable {
  public var map: CollaborationMap
  public var diagnostics: [Diagnostic]
  /// The map as embeddable SVG (no prolog, ids prefixed), put inline in the HTML page.
  public var svg: String

  public init(map: CollaborationMap, diagnostics: [Diagnostic], svg: String) {
    self.map = map
    self.diagnostics = diagnostics
    self.svg = svg
  }

  /// The self-contained `index.html`, in the current language.
  public var html: String {
    let e = HTMLText.escape
    let reviewed = L10n.report("report.reviewed", map.reviewed.description)
    let sources = L10n.report("report.sources", map.sources.joined(separator: ", "))
    var page = """
      <!DOCTYPE html>
      <html lang="\(Language.current.rawValue)">
      <head>
      <meta charset="utf-8">
      \(Self.contentSecurityPolicy)
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(e(L10n.report("report.title", map.name)))</title>
      <style>\(Self.css)</style>
      </head>
      <body>
      <main>
      <h1>\(e(map.name))</h1>
      <p class="meta">\(e(reviewed)) \(e(sources))</p>
      <figure class="map">\(svg)</figure>

      """
    page += section(L10n.report("report.mandates"), table(Self.mandateHeader, mandateRows))
    let (contactHeader, contacts) = Self.droppingEmptyColumns(Self.contactHeader, contactRows)
    page += section(L10n.report("report.contacts"), table(contactHeader, contacts))
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
      L10n.report("report.findings"),
      diagnostics.isEmpty
        ? "<p>\(e(L10n.report("report.no-findings")))</p>"
        : table(Self.diagnosticHeader, diagnosticRows))
    page += "</main>\n</body>\n</html>\n"
    return page
  }

  /// `report.md`, with the picture in `svgFile` beside it, in the current language.
  public func markdown(svgFile: String) -> String {
    let m = UnsafeText.markdown
    func table(_ header: [String], _ rows: [[String]]) -> String {
      "| " + header.map(m).joined(separator: " | ") + " |\n|"
        + header.map { _ in " --- |" }.joined()
        + "\n" + rows.map { "| " + $0.map(m).joined(separator: " | ") + " |\n" }.joined()
    }
    var text =
      "# \(m(map.name))\n\n\(m(L10n.report("report.reviewed", map.reviewed.description)))\n\n"
      + "![\(m(map.name))](\(svgFile))\n\n"
    text +=
      "## \(m(L10n.report("report.mandates")))\n\n" + table(Self.mandateHeader, mandateRows)
    let (contactHeader, contacts) = Self.droppingEmptyColumns(Self.contactHeader, contactRows)
    text += "\n## \(m(L10n.report("report.contacts")))\n\n" + table(contactHeader, contacts)
    for ladder in map.ladders {
      text += "\n## \(m(L10n.report("report.ladder", ladder.name)))\n\n"
      for (number, step) in ladder.steps.enumerated() {
        text +=
          "\(number + 1). **\(m(step.name))** – \(m(map.actor(step.actor)?.name ?? step.actor))\n"
      }
    }
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

  private static var contactHeader: [String] {
    [
      L10n.report("report.column.actor"), L10n.report("report.column.role"),
      L10n.report("report.column.contact"), L10n.report("report.column.hours"),
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

  private var contactRows: [[String]] {
    map.actors.compactMap { actor in
      guard let contact = actor.contact else { return nil }
      let ways = [contact.phone, contact.email, contact.webForm, contact.url].compactMap { $0 }
      return [actor.name, contact.role ?? "", ways.joined(separator: ", "), contact.hours ?? ""]
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

  private func section(_ title: String, _ body: String) -> String {
    "<section><h2>\(HTMLText.escape(title))</h2>\n\(body)</section>\n"
  }

  private func table(_ header: [String], _ rows: [[String]]) -> String {
    let e = HTMLText.escape
    return "<table><thead><tr>" + header.map { "<th>\(e($0))</th>" }.joined()
      + "</tr></thead><tbody>\n"
      + rows.map { "<tr>" + $0.map { "<td>\(e($0))</td>" }.joined() + "</tr>\n" }.joined()
      + "</tbody></table>\n"
  }

  /// The page's Content Security Policy: no script, no plug-in, no form, nothing fetched from
  /// elsewhere; the page's own style sheets and inline pictures only.
  static let contentSecurityPolicy = """
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; \
    img-src data:; base-uri 'none'; form-action 'none'">
    """

  static let css = """
    body{font-family:system-ui,Helvetica,Arial,sans-serif;margin:0;color:#1d1d1d;background:#fff}
    main{max-width:1200px;margin:0 auto;padding:1.5rem}
    h1{margin:0 0 .25rem}.meta{color:#555;margin-top:0}
    figure.map{margin:1rem 0;overflow-x:auto}figure.map svg{width:100%;min-width:1400px;height:auto}
    table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem;font-size:.95rem}
    th,td{border:1px solid #ccc;padding:.35rem .5rem;text-align:left;vertical-align:top}
    th{background:#f2f2f2}.trigger{color:#555;font-size:.9rem}
    @media (prefers-color-scheme: dark){body{background:#161616;color:#e8e8e8}
    th{background:#262626}th,td{border-color:#444}.meta,.trigger{color:#aaa}}
    """
}
