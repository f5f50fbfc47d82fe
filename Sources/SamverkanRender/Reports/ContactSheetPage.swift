import Foundation
import Samverkan

/// The contact sheet "Vem kontaktar jag?" as a page to print: Markdown (a table), a standalone
/// HTML page that prints on one A4 page, or a PDF drawn by libgvc. Texts in the current language.
public struct ContactSheetPage: Sendable {
  public var sheet: ContactSheet

  public init(sheet: ContactSheet) {
    self.sheet = sheet
  }

  /// The sheet as Markdown: a heading, a table of concerns by severity and the rules below it.
  public var markdown: String {
    let m = UnsafeText.markdown
    var text = "# \(m(L10n.report("sheet.title")))\n\n\(m(subtitle))\n\n"
    text +=
      "| "
      + ([L10n.report("sheet.concern")] + Severity.allCases.map { ContactSheet.heading($0.name) })
      .map(m)
      .joined(separator: " | ") + " |\n|" + String(repeating: " --- |", count: 4) + "\n"
    for row in sheet.rows {
      text +=
        "| **\(m(ContactSheet.heading(row.concern.name)))** | "
        + row.cells.map { cell in
          let (whom, details) = cell.lines
          return (["**\(m(whom))**"] + details.map(m)).joined(separator: "<br>")
        }.joined(separator: " | ") + " |\n"
    }
    text += "\n"
    for rule in sheet.rules {
      text += "- **\(m(rule.title))** \(m(rule.text))\n"
    }
    text += "\n*\(m(L10n.report("sheet.footer")))*\n"
    return text
  }

  /// The sheet as a standalone HTML page: no script, nothing fetched, `lang` the current language,
  /// and a print style sheet that fits one A4 page.
  public var html: String {
    let e = HTMLText.escape
    var page = """
      <!DOCTYPE html>
      <html lang="\(Language.current.rawValue)">
      <head>
      <meta charset="utf-8">
      \(MapReport.contentSecurityPolicy)
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(e(L10n.report("sheet.title"))) – \(e(sheet.mapName))</title>
      <style>\(Self.css)</style>
      </head>
      <body>
      <main>
      <h1>\(e(L10n.report("sheet.title")))</h1>
      <p class="meta">\(e(subtitle))</p>
      <table>
      <thead><tr><th class="concern">\(e(L10n.report("sheet.concern")))</th>
      """
    for severity in Severity.allCases {
      page += "<th class=\"\(severity.rawValue)\">\(e(ContactSheet.heading(severity.name)))</th>"
    }
    page += "</tr></thead>\n<tbody>\n"
    for row in sheet.rows {
      page +=
        "<tr><th class=\"concern\" scope=\"row\">\(e(ContactSheet.heading(row.concern.name)))</th>"
      for (count, cell) in row.spans {
        let (whom, details) = cell.lines
        page += count > 1 ? "<td colspan=\"\(count)\">" : "<td>"
        page += "<strong>\(e(whom))</strong>"
        page += details.map { "<br>\(e($0))" }.joined()
        page += "</td>"
      }
      page += "</tr>\n"
    }
    page += "</tbody>\n</table>\n<ul class=\"rules\">\n"
    for rule in sheet.rules {
      page += "<li><strong>\(e(rule.title))</strong> \(e(rule.text))</li>\n"
    }
    page += """
      </ul>
      <p class="footer">\(e(L10n.report("sheet.footer")))</p>
      </main>
      </body>
      </html>

      """
    return page
  }

  /// The sheet as a PDF, drawn in process by `renderer`.
  public func pdf(renderer: MapRenderer) throws -> RenderedMap {
    try renderer.render(GraphDescription(contactSheet: sheet), format: .pdf)
  }

  private var subtitle: String {
    L10n.report("sheet.subtitle", sheet.mapName, sheet.school.name, sheet.reviewed.description)
  }

  /// On screen a readable table; in print one A4 page, text no smaller than 7 pt.
  static let css = """
    body{font-family:system-ui,Helvetica,Arial,sans-serif;margin:0;color:#1d1d1d;background:#fff}
    main{max-width:1100px;margin:0 auto;padding:1rem}
    h1{margin:0 0 .2rem;font-size:1.5rem}.meta{color:#555;margin:0 0 .6rem}
    table{border-collapse:collapse;width:100%;font-size:.85rem;table-layout:fixed}
    th,td{border:1px solid #bbb;padding:.3rem .4rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
    th.concern{width:16%;background:#eee;overflow-wrap:anywhere}th.mild{background:#e8f4ea}
    th.moderate{background:#fff4d6}th.severe{background:#fbe3e1}
    .rules{padding-left:1.1rem;font-size:.85rem}.rules li{margin:.2rem 0}
    .footer{color:#555;font-size:.8rem;font-style:italic}
    @page{size:A4;margin:10mm}
    @media print{main{max-width:none;padding:0}h1{font-size:14pt}.meta{font-size:8pt}
    table,.rules{font-size:7.5pt}th,td{padding:2pt 3pt}.footer{font-size:7pt}
    tr{break-inside:avoid}th,td{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
    """
}
