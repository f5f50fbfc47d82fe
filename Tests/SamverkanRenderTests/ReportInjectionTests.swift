import Foundation
import Samverkan
import SamverkanRender
import Testing

/// Map text a hostile author might write, and what must never come out of it as markup.
enum HostileText {
  static let texts = [
    "<img src=x onerror=alert(1)>", "[klicka](javascript:alert(1))", "![x](https://evil/x.png)",
    "<script>alert(1)</script>", "java\tscript:alert(1)", "**fet** _kursiv_ `kod`",
    "rad ett\nrad två", "a | b", "<a href=\"javascript:alert(1)\">x</a>", "&lt;img&gt;",
    "<https://evil.example>", "[x]: javascript:alert(1)", "\\[escaped\\]", "x onmouseover=alert(1)",
  ]

  /// What is wrong with `text` as output made from hostile map text, or nil.
  static func problem(in text: String, allowing allowed: Set<String> = []) -> String? {
    let lower = text.lowercased()
    if lower.contains("javascript:") { return "a javascript: URL" }
    if lower.range(of: #"(^|[^a-z0-9_-])on[a-z]+\s*="#, options: .regularExpression) != nil {
      return "an event attribute"
    }
    var index = lower.startIndex
    while let open = lower[index...].firstIndex(of: "<") {
      var rest = lower[lower.index(after: open)...]
      if rest.first == "/" { rest = rest.dropFirst() }
      let tag =
        (rest.first == "!" ? "!" : "")
        + rest.drop { $0 == "!" }.prefix {
          $0.isLetter || $0.isNumber
        }
      if !allowed.contains(tag) { return "a <\(tag)> tag" }
      index = lower.index(after: open)
    }
    return nil
  }

  /// The tags the HTML report writes itself.
  static let pageTags: Set<String> = [
    "!doctype", "html", "head", "meta", "title", "style", "body", "main", "h1", "h2", "p",
    "figure", "svg", "section", "table", "thead", "tbody", "tr", "th", "td", "ol", "li", "strong",
    "br", "span", "a", "nav", "ul", "label", "input", "output", "div", "h3", "dl", "dt", "dd",
  ]

  /// The one script tag the page writes itself, which `problem` does not allow.
  static let pageScript = "<script src=\"report.js\" defer></script>"

  /// `page` without its own script tag, to check for any other.
  static func withoutPageScript(_ page: String) -> String {
    page.replacingOccurrences(of: pageScript, with: "")
  }
}

@Suite("Report: map text never becomes markup in HTML or Markdown")
struct ReportInjectionTests {
  private func hostileMap(_ text: String) throws -> CollaborationMap {
    let reviewed = try #require(Fixture.reviewed)
    var school = Actor(id: "skola", name: text, kind: .organisation, sector: .school)
    school.contact = ContactPoint(role: text, hours: text)
    return CollaborationMap(
      id: "elak", name: text, reviewed: reviewed, sources: [MapSource(file: text, title: text)],
      actors: [school, Actor(id: "soc", name: text, kind: .organisation, sector: .socialServices)],
      ladders: [
        EscalationLadder(
          id: "trappa", name: text, concern: .absence,
          steps: [EscalationLadder.Step(id: "steg", name: text, trigger: text, actor: "skola")])
      ])
  }

  @Test("the Markdown report shows hostile text as text", arguments: HostileText.texts)
  func markdown(text: String) throws {
    let report = MapReport(
      map: try hostileMap(text),
      diagnostics: [Diagnostic(.warning, rule: "x", message: text, location: nil)], svg: "")
    let markdown = report.markdown(svgFile: "map.svg")
    #expect(HostileText.problem(in: markdown) == nil, "\(markdown)")
    // The only link is the picture's own.
    #expect(markdown.components(separatedBy: "](").count == 2, "\(markdown)")
    #expect(!markdown.contains("\n\n" + text))
  }

  @Test("the HTML report shows hostile text as text and has a CSP", arguments: HostileText.texts)
  func html(text: String) throws {
    let report = MapReport(
      map: try hostileMap(text),
      diagnostics: [Diagnostic(.warning, rule: "x", message: text, location: nil)], svg: "<svg/>")
    let page = HostileText.withoutPageScript(report.html)
    #expect(HostileText.problem(in: page, allowing: HostileText.pageTags) == nil)
    #expect(
      page.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'"))
    #expect(!page.lowercased().contains("<img"))
  }

  @Test("the index page escapes map names and has a CSP")
  func index() throws {
    let map = try hostileMap("<img src=x onerror=alert(1)>")
    let page = ReportIndex(entries: [
      .init(map: map, errors: 0, warnings: 0, page: "elak/index.html")
    ]).html
    #expect(HostileText.problem(in: page, allowing: HostileText.pageTags) == nil)
    #expect(page.contains("Content-Security-Policy"))
  }

  @Test("SVG elements that would break out into the HTML page are dropped")
  func breakout() throws {
    let svg = """
      <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><g id="graph0" class="graph">
      <meta http-equiv="refresh" content="0;url=https://evil.example/"/>
      <p>para</p><img src="https://evil.example/x.png"/><image href="https://evil.example/y.png"/>
      <table><tr><td>x</td></tr></table><base href="https://evil.example/"/>
      <text>kept</text><path d="M0 0"/></g></svg>
      """
    let map = CollaborationMap(
      id: "elak", name: "Karta", reviewed: try #require(Fixture.reviewed),
      actors: [Actor(id: "skola", name: "Skola", kind: .organisation, sector: .school)])
    let text = String(
      decoding: try SVGEmbedder(legend: false).embed(Data(svg.utf8), map: map).data, as: UTF8.self)
    for banned in ["<meta", "<p>", "<img", "<image", "<table", "<base", "evil"] {
      #expect(!text.contains(banned), "\(banned) survived")
    }
    #expect(text.contains("kept"))
    #expect(text.contains("<path"))
  }
}

@Suite("UnsafeText: script URLs, with what browsers skip hidden in them")
struct ScriptURLTests {
  @Test("javascript: and vbscript: are found through case, whitespace and control characters")
  func hiddenSchemes() {
    // Browsers drop tab, line breaks and control characters inside a URL's scheme (WHATWG URL:
    // "remove all ASCII tab or newline"), so each of these runs as script in a link.
    for text in [
      "javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)",
      "java\nscript:x", "java\u{0}script:x", "vb script:x", " javascript :x",
      "url(javascript:x)",
    ] {
      #expect(UnsafeText.mentionsScriptURL(text), "\(text.debugDescription)")
    }
  }

  @Test("a picture's ordinary values, and script without a colon, are no script URL")
  func ordinaryValues() {
    for text in [
      "M 10,20 C 30,40 50,60 70,80", "#1a5fb4", "node actor-bup", "fill:red", "javascript",
      "https://www.1177.se", "tel:1177", "Socialtjänst: mottagning", "java\u{212A}script:x",
    ] {
      #expect(!UnsafeText.mentionsScriptURL(text), "\(text.debugDescription)")
    }
  }
}
