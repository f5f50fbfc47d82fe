import Foundation
import Samverkan
import SamverkanRender

/// The server's HTML pages, in the current language, in the report's look (`MapReport.css`):
/// every map text escaped with `UnsafeText.html`, no inline script, one script file that only
/// adds pan, zoom and the actor panel to pages that work without it.
enum WebPages {
  static let e = UnsafeText.html
  /// The one script every page loads.
  static let scriptPath = "/static/samverkan.js"

  /// A whole page around `body`.
  static func document(title: String, body: String) -> String {
    """
    <!DOCTYPE html>
    <html lang="\(Language.current.rawValue)">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>\(e(title))</title>
    <style>\(MapReport.css)\n\(css)</style>
    <script src="\(scriptPath)" defer></script>
    </head>
    <body>
    <main>
    \(body)</main>
    </body>
    </html>

    """
  }

  // MARK: The index

  /// `/`: the maps grouped by region, each with its review date and findings.
  static func index(_ entries: [MapLibrary.Entry]) -> String {
    var body = "<h1>\(e(L10n.report("web.index.title")))</h1>\n"
    body += "<p class=\"meta\">\(e(L10n.report("web.index.lead")))</p>\n"
    let shown = entries.compactMap(\.shown)
    var regions: [String?] = []
    for snapshot in shown where !regions.contains(snapshot.region) {
      regions.append(snapshot.region)
    }
    for region in regions {
      body +=
        "<section class=\"region\"><h2>\(e(region ?? L10n.report("web.index.no-region")))</h2>\n"
      body += "<div class=\"scroll\"><table><thead><tr>"
      body += [
        L10n.report("report.index.map"), L10n.report("report.index.reviewed"),
        L10n.report("web.index.findings"),
      ].map { "<th>\(e($0))</th>" }.joined()
      body += "</tr></thead><tbody>\n"
      for entry in entries {
        guard let snapshot = entry.shown, snapshot.region == region else { continue }
        let id = snapshot.map.id
        body += "<tr><td><a href=\"\(e(mapPath(id)))\">\(e(snapshot.map.name))</a>"
        if entry.problems != nil {
          body += " <span class=\"bad\">\(e(L10n.report("web.index.broken-edit")))</span>"
        }
        body += "</td><td>\(e(snapshot.map.reviewed.description))</td>"
        body +=
          "<td><a href=\"\(e(mapPath(id) + "/fynd"))\">\(e(findingsSummary(snapshot)))</a></td></tr>\n"
      }
      body += "</tbody></table></div></section>\n"
    }
    let unreadable = entries.filter { $0.shown == nil }
    if !unreadable.isEmpty {
      body += "<section class=\"problems\"><h2>\(e(L10n.report("web.index.unreadable")))</h2>\n"
      for entry in unreadable { body += problemList(entry.problems ?? []) }
      body += "</section>\n"
    }
    return document(title: L10n.report("web.index.title"), body: body)
  }

  static func findingsSummary(_ snapshot: MapLibrary.Snapshot) -> String {
    L10n.report(
      "web.findings.summary", String(snapshot.diagnostics.count), String(snapshot.errors),
      String(snapshot.warnings))
  }

  static func mapPath(_ id: String) -> String {
    "/karta/" + (id.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? id)
  }

  // MARK: A map

  /// What a map page shows above its pictures: nothing, a who-answer or a refusal of the question.
  enum Asked {
    case nothing
    case answer(AnswerText.Document, interpretations: [ConcernVocabulary.Interpretation])
    case refused(String)
  }

  /// What the form shows filled in.
  struct Question {
    var text = ""
    var from = ""
    var age = ""
    var severity = ""
  }

  /// `/karta/<id>` and `/karta/<id>/fraga`: the question form, the answer if asked, the process
  /// and network pictures with pan and zoom, the actors' panels.
  static func map(
    _ entry: MapLibrary.Entry, _ snapshot: MapLibrary.Snapshot, pictures: MapPictures,
    question: Question, asked: Asked
  ) -> String {
    let map = snapshot.map
    var body = header(entry, snapshot)
    body += form(map, question)
    switch asked {
    case .nothing: break
    case .answer(let document, let interpretations):
      body += answer(document, interpretations: interpretations)
    case .refused(let message):
      body +=
        "<section class=\"answer refused\" id=\"svar\" role=\"alert\"><p>\(lines(message))</p></section>\n"
    }
    if let process = pictures.process {
      body += figure(
        L10n.report("report.page.process"), svg: process.data,
        prefix: SVGEmbedder.prefix(for: "\(map.id)-process"), id: "process")
    }
    body += figure(
      L10n.report("report.page.network"), svg: pictures.network.data,
      prefix: SVGEmbedder.prefix(for: map.id), id: "natverk")
    body += actors(map)
    return document(title: L10n.report("web.map.title", map.name), body: body)
  }

  /// The back link, the name, the review date, the findings and what the newest edit broke.
  static func header(_ entry: MapLibrary.Entry, _ snapshot: MapLibrary.Snapshot) -> String {
    let map = snapshot.map
    let base = mapPath(map.id)
    var body =
      "<nav class=\"back\"><a href=\"/\">\(e(L10n.report("web.back.index")))</a> · "
      + "<a href=\"\(e(base))\">\(e(map.name))</a></nav>\n"
    body += "<h1>\(e(map.name))</h1>\n"
    body +=
      "<p class=\"meta\">\(e(L10n.report("report.reviewed", map.reviewed.description))) · "
      + "<a href=\"\(e(base + "/fynd"))\">\(e(findingsSummary(snapshot)))</a> · "
      + "<span class=\"version\" data-version=\"\(snapshot.version)\">"
      + "\(e(L10n.report("web.map.version", String(snapshot.version))))</span></p>\n"
    if let problems = entry.problems {
      body +=
        "<section class=\"problems\" id=\"problem\" role=\"alert\"><h2>"
        + "\(e(L10n.report("web.problems.title")))</h2>\n"
        + "<p>\(e(L10n.report("web.problems.kept")))</p>\n" + problemList(problems) + "</section>\n"
    }
    body +=
      "<nav class=\"tools\"><a href=\"\(e(base + "/blad"))\">\(e(L10n.report("web.tools.sheet")))</a>"
      + " · <a href=\"\(e(base + "/fall"))\">\(e(L10n.report("web.tools.case")))</a>"
      + " · <a href=\"\(e(base + "/fynd"))\">\(e(L10n.report("web.tools.findings")))</a></nav>\n"
    return body
  }

  /// Positioned errors, `file:line:column` first.
  static func problemList(_ diagnostics: [Diagnostic]) -> String {
    "<ul class=\"positioned\">"
      + diagnostics.map { diagnostic in
        var item = "<li><code>\(e(place(diagnostic)))</code> \(e(diagnostic.message))"
        if let hint = diagnostic.hint { item += "<br><span class=\"hint\">\(e(hint))</span>" }
        return item + "</li>"
      }.joined() + "</ul>\n"
  }

  /// `Maps/molndal.yaml:12:5`, or the file alone.
  static func place(_ diagnostic: Diagnostic) -> String {
    guard let location = diagnostic.location else { return "" }
    return "\(location.file):\(location.line):\(location.column)"
  }

  /// The who-question as a GET form: it works without the script.
  static func form(_ map: CollaborationMap, _ question: Question) -> String {
    var form =
      "<form class=\"who\" method=\"get\" action=\"\(e(mapPath(map.id) + "/fraga"))\" "
      + "role=\"search\">\n<h2>\(e(L10n.report("web.form.title")))</h2>\n"
    form +=
      "<p><label for=\"text\">\(e(L10n.report("web.form.text")))</label> "
      + "<input id=\"text\" name=\"text\" type=\"search\" required maxlength=\"\(WebSite.maxTextLength)\" "
      + "value=\"\(e(question.text))\" placeholder=\"\(e(L10n.report("web.form.text.example")))\"></p>\n"
    form +=
      "<p><label for=\"fran\">\(e(L10n.report("web.form.from")))</label> <select id=\"fran\" name=\"fran\">"
    form += "<option value=\"\">\(e(L10n.report("web.form.from.nobody")))</option>"
    // The asker as `who --from` reads the typed words ("rektor"), so the form shows that actor.
    let asker =
      question.from.isEmpty ? nil : try? TypedArgument.actor(question.from, option: "fran", in: map)
    for actor in map.actors where actor.status != .ended {
      let selected = asker?.id == actor.id ? " selected" : ""
      form += "<option value=\"\(e(actor.id))\"\(selected)>\(e(actor.name))</option>"
    }
    form += "</select></p>\n"
    form +=
      "<p><label for=\"alder\">\(e(L10n.report("web.form.age")))</label> "
      + "<input id=\"alder\" name=\"alder\" type=\"number\" min=\"0\" max=\"25\" value=\"\(e(question.age))\"> "
      + "<label for=\"grad\">\(e(L10n.report("web.form.severity")))</label> <select id=\"grad\" name=\"grad\">"
      + "<option value=\"\">\(e(L10n.report("web.form.severity.any")))</option>"
    form += severityOptions(question.severity)
    form +=
      "</select> <button type=\"submit\">\(e(L10n.report("web.form.ask")))</button></p>\n</form>\n"
    return form
  }

  /// One option per severity, the one the typed word names (Swedish or English) chosen.
  static func severityOptions(_ typed: String) -> String {
    let chosen = Severity(mapWord: typed)
    return Severity.allCases.map { severity in
      let selected = chosen == severity ? " selected" : ""
      return "<option value=\"\(e(severity.rawValue))\"\(selected)>\(e(severity.name))</option>"
    }.joined()
  }

  /// The answer in `samverkan who`'s order and words, as a list.
  static func answer(
    _ document: AnswerText.Document, interpretations: [ConcernVocabulary.Interpretation]
  ) -> String {
    var html =
      "<section class=\"answer\" id=\"svar\" aria-live=\"polite\"><h2>\(e(document.heading))</h2>\n"
    for reading in interpretations {
      html +=
        "<p class=\"note\">\(e(L10n.answers("who.interpretation", reading.typed, reading.understood)))</p>\n"
    }
    if let none = document.none { html += "<p>\(e(none))</p>\n" }
    html += "<ol class=\"answers\">\n"
    for answer in document.answers {
      html += "<li><h3>\(e(answer.title))</h3><dl>"
      for line in answer.lines {
        html += "<dt>\(e(line.label))</dt><dd>\(e(line.text))</dd>"
      }
      html += "</dl></li>\n"
    }
    return html + "</ol>\n<p class=\"meta\">\(e(L10n.report("web.answer.lit")))</p></section>\n"
  }

  /// A picture in a box that pans and zooms (with the script), with buttons for it.
  static func figure(_ title: String, svg: Data, prefix: String, id: String) -> String {
    let tools = [
      ("in", "+", L10n.report("web.zoom.in")), ("out", "−", L10n.report("web.zoom.out")),
      ("reset", "⟲", L10n.report("web.zoom.reset")),
    ].map {
      "<button type=\"button\" data-zoom=\"\($0.0)\" title=\"\(e($0.2))\" aria-label=\"\(e($0.2))\">\($0.1)</button>"
    }.joined()
    return
      "<section id=\"\(id)\"><h2>\(e(title))</h2>\n"
      + "<p class=\"zoom-tools\" hidden>\(tools) <span class=\"meta\">\(e(L10n.report("web.zoom.help")))</span></p>\n"
      + "<figure class=\"map zoom\" tabindex=\"0\" data-id-prefix=\"\(e(prefix))\" "
      + "aria-label=\"\(e(title))\">\(String(decoding: svg, as: UTF8.self))</figure>\n</section>\n"
  }

  /// One panel per actor, shown by the script on a click in a picture (or by its link).
  static func actors(_ map: CollaborationMap) -> String {
    var html =
      "<section id=\"aktorer\"><h2>\(e(L10n.report("web.actors.title")))</h2>\n"
      + "<p class=\"meta\">\(e(L10n.report("web.actors.help")))</p>\n<ul class=\"actor-list\">"
    let actors = map.actors.filter { $0.status != .ended }
    for actor in actors {
      html +=
        "<li><a href=\"#aktor-\(e(actor.id))\" data-actor=\"\(e(actor.id))\">\(e(actor.name))</a></li>"
    }
    html += "</ul>\n"
    for actor in actors { html += panel(actor, in: map) }
    return html + "</section>\n"
  }

  /// An actor's mandates, contact and routes in and out.
  static func panel(_ actor: Actor, in map: CollaborationMap) -> String {
    var html =
      "<section class=\"panel\" id=\"aktor-\(e(actor.id))\" tabindex=\"-1\" hidden>"
      + "<h3>\(e(actor.name))</h3><p class=\"meta\">\(e(actor.kind.name)), \(e(actor.sector.name))</p>"
    html += "<h4>\(e(L10n.report("web.panel.mandates")))</h4>"
    html +=
      actor.mandates.isEmpty
      ? "<p>\(e(L10n.report("web.panel.none")))</p>"
      : "<ul>"
        + actor.mandates.map { mandate in
          "<li>\(e(mandate.concerns.map(\.name).joined(separator: ", "))) — "
            + "\(e(AnswerText.severities(mandate))), \(e(mandate.ages.name)) — \(e(mandate.basis))</li>"
        }.joined() + "</ul>"
    html += "<h4>\(e(L10n.report("web.panel.contact")))</h4>"
    html += "<p>\(e(map.contactSummary(of: actor) ?? L10n.report("web.panel.none")))</p>"
    for (title, routes) in [
      (L10n.report("web.panel.in"), map.routes.filter { $0.to == actor.id && map.isUsable($0) }),
      (L10n.report("web.panel.out"), map.routes.filter { $0.from == actor.id && map.isUsable($0) }),
    ] {
      html += "<h4>\(e(title))</h4>"
      html +=
        routes.isEmpty
        ? "<p>\(e(L10n.report("web.panel.none")))</p>"
        : "<ul>" + routes.map { "<li>\(e(AnswerText.describe([$0], in: map)))</li>" }.joined()
          + "</ul>"
    }
    return html
      + "<p><a href=\"#aktorer\" data-close>\(e(L10n.report("web.panel.close")))</a></p></section>\n"
  }

  // MARK: Findings, case

  /// `/karta/<id>/fynd`: what the newest edit broke, then every finding with file, line, column.
  static func findings(_ entry: MapLibrary.Entry, _ snapshot: MapLibrary.Snapshot) -> String {
    var body = header(entry, snapshot)
    body += "<section><h2>\(e(L10n.report("report.findings")))</h2>\n"
    if snapshot.diagnostics.isEmpty {
      body += "<p>\(e(L10n.report("report.no-findings")))</p>"
    } else {
      body += "<div class=\"scroll\"><table><thead><tr>"
      body += [
        L10n.report("report.column.place"), L10n.report("report.column.finding-severity"),
        L10n.report("report.column.rule"), L10n.report("report.column.finding"),
      ].map { "<th>\(e($0))</th>" }.joined()
      body += "</tr></thead><tbody>\n"
      for diagnostic in snapshot.diagnostics {
        body +=
          "<tr class=\"\(diagnostic.severity.rawValue)\"><td><code>\(e(place(diagnostic)))</code></td>"
          + "<td>\(e(severityName(diagnostic.severity)))</td><td>\(e(diagnostic.rule))</td>"
          + "<td>\(e(diagnostic.message))"
          + (diagnostic.hint.map { "<br><span class=\"hint\">\(e($0))</span>" } ?? "")
          + "</td></tr>\n"
      }
      body += "</tbody></table></div>"
    }
    body += "</section>\n"
    return document(
      title: L10n.report("web.findings.title", snapshot.map.name), body: body)
  }

  static func severityName(_ severity: Diagnostic.Severity) -> String {
    switch severity {
    case .error: L10n.report("report.severity.error")
    case .warning: L10n.report("report.severity.warning")
    case .info: L10n.report("report.severity.info")
    }
  }

  /// What the case form shows filled in.
  struct CaseFields {
    var text = ""
    var age = ""
    var severity = ""
    var absence = ""
    var consent = false
    var pupilConsent = false
    var harm = false
    var yaml = ""
  }

  /// `/karta/<id>/fall`: a form (GET fields, or pasted YAML by POST) and the walk.
  static func caseWalk(
    _ entry: MapLibrary.Entry, _ snapshot: MapLibrary.Snapshot, fields: CaseFields,
    walk: CaseWalk?, refusal: WebError?
  ) -> String {
    let action = e(mapPath(snapshot.map.id) + "/fall")
    var body = header(entry, snapshot)
    body += "<section><h2>\(e(L10n.report("web.case.title")))</h2>\n"
    body += "<p class=\"meta\">\(e(L10n.report("web.case.lead")))</p>\n"
    body += "<form class=\"case\" method=\"get\" action=\"\(action)\">\n"
    body +=
      "<p><label for=\"text\">\(e(L10n.report("web.case.concerns")))</label> "
      + "<input id=\"text\" name=\"text\" required maxlength=\"\(WebSite.maxTextLength)\" value=\"\(e(fields.text))\"> "
      + "<label for=\"alder\">\(e(L10n.report("web.form.age")))</label> "
      + "<input id=\"alder\" name=\"alder\" type=\"number\" min=\"0\" max=\"25\" required value=\"\(e(fields.age))\"></p>\n"
    body +=
      "<p><label for=\"grad\">\(e(L10n.report("web.form.severity")))</label> <select id=\"grad\" name=\"grad\">"
    body += severityOptions(fields.severity)
    body +=
      "</select> <label for=\"franvaro\">\(e(L10n.report("web.case.absence")))</label> "
      + "<input id=\"franvaro\" name=\"franvaro\" type=\"number\" min=\"0\" max=\"100\" value=\"\(e(fields.absence))\"></p>\n"
    for (name, label, on) in [
      ("samtycke", L10n.report("web.case.consent"), fields.consent),
      ("elevsamtycke", L10n.report("web.case.pupil-consent"), fields.pupilConsent),
      ("farilla", L10n.report("web.case.harm"), fields.harm),
    ] {
      body +=
        "<p><input type=\"checkbox\" id=\"\(name)\" name=\"\(name)\" value=\"ja\"\(on ? " checked" : "")> "
        + "<label for=\"\(name)\">\(e(label))</label></p>\n"
    }
    body += "<p><button type=\"submit\">\(e(L10n.report("web.case.walk")))</button></p>\n</form>\n"
    body +=
      "<form class=\"case\" method=\"post\" action=\"\(action)\">\n"
      + "<p><label for=\"yaml\">\(e(L10n.report("web.case.yaml", String(WebSite.maxBodySize / 1024))))</label><br>"
      + "<textarea id=\"yaml\" name=\"yaml\" rows=\"10\" cols=\"80\">\(e(fields.yaml))</textarea></p>\n"
      + "<p><button type=\"submit\">\(e(L10n.report("web.case.walk")))</button></p>\n</form>\n</section>\n"
    if let refusal {
      body +=
        "<section class=\"problems\" id=\"svar\" role=\"alert\"><p>\(lines(refusal.message))</p>"
        + problemList(refusal.diagnostics) + "</section>\n"
    }
    if let walk {
      body +=
        "<section class=\"walk\" id=\"svar\"><h2>\(e(walk.pupil.title))</h2>\n<pre>\(e(walk.text))</pre></section>\n"
    }
    return document(title: L10n.report("web.case.page", snapshot.map.name), body: body)
  }

  // MARK: Errors

  /// A page for a refused request: the status and the message, and a way back.
  static func error(_ refusal: WebError) -> String {
    var body = "<nav class=\"back\"><a href=\"/\">\(e(L10n.report("web.back.index")))</a></nav>\n"
    body += "<h1>\(refusal.status.code) \(e(refusal.status.reasonPhrase))</h1>\n"
    body += "<p>\(lines(refusal.message))</p>\n"
    if !refusal.diagnostics.isEmpty { body += problemList(refusal.diagnostics) }
    return document(title: "\(refusal.status.code) \(refusal.status.reasonPhrase)", body: body)
  }

  /// Escaped text with its line breaks kept.
  static func lines(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { e(String($0)) }
      .joined(separator: "<br>")
  }

  /// What the web pages add to the report's style sheet: the form, the pan-and-zoom box, the
  /// panels, the problems box.
  static let css = """
    nav.tools{margin:.5rem 0 1rem}form.who,form.case{background:#f6f6f6;border:1px solid #ddd;padding:.5rem 1rem;margin:1rem 0}
    form h2{margin:.25rem 0 .5rem;font-size:1.1rem}form p{margin:.4rem 0}
    input,select,button,textarea{font-size:1rem;max-width:100%}input[type=search]{width:28rem}
    textarea{width:100%;font-family:ui-monospace,monospace}
    .answer{border-left:4px solid #1a5fb4;padding:.25rem 1rem;margin:1rem 0;background:#f0f5fc}
    .answer.refused,.problems{border-left:4px solid #c01c28;background:#fcf0f0;padding:.25rem 1rem;margin:1rem 0}
    .answer dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem .75rem;margin:.25rem 0 .75rem}
    .answer dt{font-weight:bold}.answer dd{margin:0}.answer h3{margin:.5rem 0 .2rem}.note,.hint{color:#555}
    .bad{color:#c01c28;font-weight:bold}ul.positioned code{font-weight:bold}
    figure.zoom{border:1px solid #ccc;overflow:hidden;height:70vh;min-height:320px;cursor:grab;background:#fff}
    figure.zoom:focus{outline:3px solid #1a5fb4}figure.zoom svg{min-width:0;width:100%;height:100%}
    figure.zoom.dragging{cursor:grabbing}.zoom-tools button{min-width:2.2rem}
    g.actor{cursor:pointer}g.actor.chosen>*{stroke-width:3px}
    ul.actor-list{columns:16rem;padding-left:1.25rem}
    .panel{border:2px solid #1a5fb4;background:#fff;padding:.25rem 1rem;margin:1rem 0}
    .panel:target{display:block}.panel h4{margin:.6rem 0 .2rem}
    @media screen and (min-width:900px){.panel{position:fixed;top:0;right:0;bottom:0;width:28rem;margin:0;
    overflow:auto;z-index:2;box-shadow:-4px 0 12px rgba(0,0,0,.25)}body.panel-open{padding-right:29rem}}
    section.walk pre{white-space:pre-wrap;background:#f6f6f6;padding:.75rem;border:1px solid #ddd}
    @media (max-width:640px){input[type=search]{width:100%}figure.zoom{height:60vh}}
    @media (prefers-color-scheme: dark){form.who,form.case,section.walk pre{background:#222;border-color:#444}
    .answer{background:#18222f}.answer.refused,.problems{background:#2f1818}.panel{background:#161616}
    .note,.hint{color:#aaa}figure.zoom{background:#161616}}
    """
}
