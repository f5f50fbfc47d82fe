import Foundation
import Samverkan
import SamverkanRender
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite("Embeddable SVG (--embed)")
struct SVGEmbedderTests {
  static let xmllint = "/usr/bin/xmllint"

  static func map(_ name: String) throws -> CollaborationMap {
    try MapLoader().load(Fixture.packageRoot.appendingPathComponent("Maps/\(name).yaml").path)
  }

  static func embedded(_ map: CollaborationMap) throws -> (text: String, notes: [String]) {
    let drawn = try MapRenderer().render(map, format: .svg)
    let embedded = try SVGEmbedder().embed(drawn.data, map: map)
    return (String(decoding: embedded.data, as: UTF8.self), embedded.notes)
  }

  /// Every element of a parsed document.
  static func elements(_ document: XMLDocument) throws -> [XMLElement] {
    try document.nodes(forXPath: "//*").compactMap { $0 as? XMLElement }
  }

  /// Every `id` in a parsed document, duplicates kept.
  static func ids(_ document: XMLDocument) throws -> [String] {
    try elements(document).compactMap { $0.value(of: "id") }
  }

  /// A map that tries every trick a label or a link can play.
  static func hostileMap() throws -> CollaborationMap {
    let script = "<script>alert(1)</script>"
    let mandate = Mandate(
      concerns: [.absence], basis: "SoL \(script) \" onload=\"x ]]> & <![CDATA[ x ]]>")
    let actors = [
      Actor(
        id: "skola", name: "Skola \(script)", kind: .organisation, sector: .school,
        contact: ContactPoint(role: "Rektor \" onload=\"alert(1)", url: "javascript:alert(1)"),
        mandates: [mandate]),
      Actor(
        id: "elevhalsa", name: "Elevhälsa \" onmouseover=\"alert(1)", kind: .unit,
        sector: .school, parent: "skola",
        contact: ContactPoint(webForm: "data:text/html,<script>alert(1)</script>")),
      Actor(
        id: "soc", name: "Socialtjänst ]]> & <b>fet</b>", kind: .organisation,
        sector: .socialServices,
        contact: ContactPoint(url: "JavaScript:alert(document.domain)")),
      Actor(
        id: "bup", name: "BUP <svg onload=alert(1)>", kind: .organisation, sector: .healthCare,
        contact: ContactPoint(url: "https://example.se/bup?a=1&b=2"), mandates: [mandate]),
      Actor(
        id: "familj", name: "Vårdnadshavare <!-- x --> &amp;", kind: .function, sector: .family,
        contact: ContactPoint(phone: "031-00 00 00", url: " javascript:alert(1)")),
    ]
    let routes = [
      Route(
        id: "oro", from: "elevhalsa", to: "soc", channel: .reportOfConcern,
        purpose: "\" onclick=\"alert(1) \(script)", sharing: .provision("SoL <x onerror=y>")),
      Route(
        id: "remiss", from: "elevhalsa", to: "bup", channel: .referral, purpose: "]]> &",
        sharing: .consentRequired, status: .planned),
      Route(
        id: "sip", from: "soc", to: "familj", channel: .sipInvitation, sharing: .consentRequired),
    ]
    return CollaborationMap(
      id: "elak-karta", name: "Elak karta \(script) \" onload=\"x",
      reviewed: try #require(Fixture.reviewed),
      sources: [MapSource(file: "källa ]]> & \(script)")], actors: actors, routes: routes)
  }

  @Test("two maps embedded in one HTML page have no id in common, and every reference resolves")
  func twoMapsOnOnePage() throws {
    let molndal = try Self.embedded(Self.map("molndal")).text
    let partille = try Self.embedded(Self.map("partille")).text
    let html = """
      <html xmlns="http://www.w3.org/1999/xhtml"><head><title>Kartor</title></head><body>
      \(molndal)
      \(partille)
      </body></html>
      """
    let page = try XMLDocument(data: Data(html.utf8), options: [])
    let pageIDs = try Self.ids(page)
    let duplicates = Dictionary(grouping: pageIDs, by: { $0 }).filter { $0.value.count > 1 }.keys
    #expect(duplicates.isEmpty, "ids used twice on the page: \(duplicates.sorted())")

    for (prefix, text) in [("molndal", molndal), ("partille", partille)] {
      let svg = try XMLDocument(data: Data(text.utf8), options: [])
      let ids = try Self.ids(svg)
      #expect(ids.count > 20)
      #expect(ids.allSatisfy { $0.hasPrefix("\(prefix)-") }, "an id without the map's prefix")
      #expect(Set(ids).count == ids.count)
      for element in try Self.elements(svg) {
        for attribute in element.attributes ?? [] {
          let value = attribute.stringValue ?? ""
          if attribute.plainName == "href", value.hasPrefix("#") {
            #expect(ids.contains(String(value.dropFirst())), "dangling reference \(value)")
          }
          if let range = value.range(of: "url(#") {
            let target = value[range.upperBound...].prefix { $0 != ")" }
            #expect(ids.contains(String(target)), "dangling reference \(value)")
          }
        }
      }
    }
    let names = try Self.elements(page).filter { $0.plainName == "svg" }.compactMap {
      $0.value(of: "aria-label")
    }
    #expect(names.count == 2)
  }

  @Test("no SVG holds a script, an event attribute or a javascript: URL, whatever the map says")
  func hostileMap() throws {
    let (text, notes) = try Self.embedded(Self.hostileMap())
    let lower = text.lowercased()
    #expect(!lower.contains("<script"))
    #expect(!lower.contains("javascript:"))
    #expect(!lower.contains("data:text"))
    #expect(!lower.contains("<foreignobject"))
    // Inside a tag, an event attribute would read ` onload="`; in text or in a quoted value the
    // words stay inert (a quote inside a value is written `&quot;`).
    #expect(
      text.range(
        of: #"<[^<>]*\son[a-z]+\s*=\s*["']"#, options: [.regularExpression, .caseInsensitive])
        == nil)
    let document = try XMLDocument(data: Data(text.utf8), options: [])
    for element in try Self.elements(document) {
      #expect(!["script", "foreignObject"].contains(element.plainName))
      for attribute in element.attributes ?? [] {
        let name = attribute.plainName.lowercased()
        #expect(!name.hasPrefix("on"), "event attribute \(attribute.name ?? "")")
        if name == "href" {
          let value = attribute.stringValue ?? ""
          #expect(
            ["https:", "mailto:", "tel:", "#"].contains { value.lowercased().hasPrefix($0) },
            "unsafe link \(value)")
        }
      }
    }
    // The words are still there, as text.
    let titles = try document.nodes(forXPath: "//*[local-name()='title']").compactMap(\.stringValue)
    #expect(titles.contains("Skola <script>alert(1)</script>"))
    #expect(titles.contains("Socialtjänst ]]> & <b>fet</b>"))
    // The safe links stay; the others are reported.
    #expect(text.contains("https://example.se/bup?a=1&amp;b=2"))
    for actor in ["skola", "elevhalsa", "soc", "familj"] {
      #expect(
        notes.contains { $0.contains("'\(actor)'") && $0.contains("tog bort kontaktlänken") },
        "no note for \(actor): \(notes)")
    }
    #expect(!notes.contains { $0.contains("'bup'") })
    #expect(notes.contains { $0.contains("javascript:alert(1)") }, "\(notes)")
  }

  @Test("the embedder itself takes script, handlers and unsafe links out of any SVG")
  func sanitisesForeignSVG() throws {
    let svg = Fixture.foreignSVG
    let map = CollaborationMap(
      id: "elak-karta", name: "Karta", reviewed: try #require(Fixture.reviewed),
      actors: [Actor(id: "skola", name: "Skola", kind: .organisation, sector: .school)])
    let result = try SVGEmbedder().embed(Data(svg.utf8), map: map)
    let text = String(decoding: result.data, as: UTF8.self)
    let lower = text.lowercased()
    for banned in [
      "<script", "javascript:", "data:text", "foreignobject", "onload", "onclick", "<set",
      "<?xml", "<!doctype", "<!--", "evil",
    ] {
      #expect(!lower.contains(banned), "\(banned) survived")
    }
    #expect(text.contains("tel:+4631000000"))
    #expect(text.contains("url(#elak-karta-l_0)"))
    #expect(text.contains("xlink:href=\"#elak-karta-l_0\""))
    #expect(result.notes.contains { $0.contains("<script>") })
    #expect(result.notes.contains { $0.contains("javascript:alert(1)") })
  }

  @Test(
    "bytes libxml2 makes no document of are refused, not a crash",
    arguments: ["", "   ", "\u{FEFF}", "just text", #"<?xml encoding="bogus" <svg/>"#])
  func refusesUnreadable(_ input: String) throws {
    let map = CollaborationMap(
      id: "karta", name: "Karta", reviewed: try #require(Fixture.reviewed), actors: [])
    #expect(throws: SVGEmbedder.Failure.notSVG) {
      try SVGEmbedder().embed(Data(input.utf8), map: map)
    }
  }

  @Test(
    "a bare SVG, with no DOCTYPE or children, an encoding libxml2 lacks or a huge viewBox, embeds",
    arguments: [
      #"<svg xmlns="http://www.w3.org/2000/svg"/>"#,
      #"<?xml version="1.0" encoding="bogus"?><svg/>"#,
      #"<svg><g id="actor-skola"/><g id="cluster-skola"/></svg>"#,
      #"<svg viewBox="0 0 3360 10666666666666666666666694.77"/>"#,
      #"<svg viewBox="0 0 inf nan"/>"#,
    ])
  func bareSVG(_ svg: String) throws {
    let map = CollaborationMap(
      id: "karta", name: "Karta", reviewed: try #require(Fixture.reviewed),
      actors: [Actor(id: "skola", name: "Skola", kind: .organisation, sector: .school)])
    let result = try SVGEmbedder().embed(Data(svg.utf8), map: map)
    let text = String(decoding: result.data, as: UTF8.self)
    #expect(text.hasPrefix("<svg") && text.contains("<title>Karta</title>"), "\(text)")
  }

  @Test("a script, handler or script URL behind a malformed prefix or a safe scheme is dropped")
  func malformedPrefixes() throws {
    let svg = """
      <svg xmlns="http://www.w3.org/2000/svg"><g id="graph0" class="graph">
      <script:>alert(1)</script:><a:script:b>alert(2)</a:script:b>
      <rect on:click="alert(3)" x:onload="alert(4)" width="1" height="1"/>
      <a href="https:javascript:alert(5)"><text>x</text></a></g></svg>
      """
    let map = CollaborationMap(
      id: "karta", name: "Karta", reviewed: try #require(Fixture.reviewed), actors: [])
    let text = String(
      decoding: try SVGEmbedder().embed(Data(svg.utf8), map: map).data, as: UTF8.self)
    #expect(!text.contains("alert"), "\(text)")
  }

  @Test("an SVG whose DOCTYPE declares entities is refused, and no file it names is read")
  func refusesEntities() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("samverkan-xxe-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let secret = folder.appendingPathComponent("secret.txt")
    try Data("hemligt-innehall".utf8).write(to: secret)
    let svg = """
      <?xml version="1.0"?>
      <!DOCTYPE svg [<!ENTITY file SYSTEM "\(secret.absoluteString)"><!ENTITY a "aaaa">]>
      <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><text>&file;&a;</text></svg>
      """
    let map = CollaborationMap(
      id: "karta", name: "Karta", reviewed: try #require(Fixture.reviewed), actors: [])
    #expect(throws: SVGEmbedder.Failure.declaresDTDContent) {
      try SVGEmbedder().embed(Data(svg.utf8), map: map)
    }
  }

  @Test("the output has no prolog, and has role, label, title, description and full width")
  func accessibleAndEmbeddable() throws {
    let map = try Self.map("molndal")
    let (text, _) = try Self.embedded(map)
    #expect(text.hasPrefix("<svg"))
    for banned in ["<?xml", "<!DOCTYPE", "<!--"] { #expect(!text.contains(banned)) }
    let picture = try SVGPicture(Data(text.utf8))
    let root = try #require(picture.document.rootElement())
    #expect(root.value(of: "role") == "img")
    #expect(root.value(of: "aria-label")?.contains(map.name) == true)
    #expect(root.value(of: "width") == "100%")
    #expect(root.value(of: "height") == nil)
    #expect(root.value(of: "viewBox")?.split(separator: " ").count == 4)
    #expect(root.elements(forName: "title").first?.stringValue == map.name)
    let description = try #require(root.elements(forName: "desc").first?.stringValue)
    #expect(description.contains("\(map.reviewed)"))
    #expect(map.sources.map(\.shown).allSatisfy(description.contains))

    let nodes = try picture.groups(ofClass: "node")
    #expect(!nodes.isEmpty)
    for node in nodes {
      let id = try #require(node.value(of: "id"))
      let actor = try #require(map.actors.first { id == "molndal-actor-\($0.id)" }, "\(id)")
      #expect(picture.title(of: node) == actor.name)
      let desc = try #require(node.elements(forName: "desc").first?.stringValue, "\(id)")
      for mandate in actor.mandates { #expect(desc.contains(mandate.basis)) }
    }
  }

  @Test("the legend names the sectors and kinds of route the map uses, and nothing else")
  func legend() throws {
    for name in ["molndal", "partille"] {
      let map = try Self.map(name)
      let picture = try SVGPicture(Data(try Self.embedded(map).text.utf8))
      let legend = try #require(try picture.groups(ofClass: "legend").first)
      let text = try picture.text(of: legend)
      for sector in Sector.allCases {
        let used = map.actors.contains { $0.sector == sector }
        #expect(text.contains(sector.name) == used, "\(name): \(sector)")
      }
      // The legend is of the lines drawn: the duties are in the title's band, not arrows.
      let duties = Set(NetworkDuties(map: map).routes.map(\.id))
      let drawn = map.routes.filter { !duties.contains($0.id) }
      #expect(drawn.count < map.routes.count, "\(name) has reports of concern in the band")
      for channel in Channel.allCases {
        let used = drawn.contains { $0.channel == channel }
        #expect(text.contains(channel.name) == used, "\(name): \(channel)")
      }
      let consent = drawn.contains { $0.sharing.needsConsent }
      #expect(text.contains("samtycke krävs") == consent)
      let lines = try legend.nodes(forXPath: ".//*[local-name()='path']").compactMap {
        ($0 as? XMLElement)?.value(of: "stroke-dasharray")
      }
      let dashed =
        drawn.contains {
          $0.channel == .sipInvitation || $0.channel == .sipRequest || $0.status != .active
        } || map.actors.contains { $0.status != .active }
      #expect(!lines.isEmpty == dashed, "SIP and planned lines are dashed in the legend too")
      // The legend lies inside the picture.
      let box = try #require(picture.document.rootElement()?.value(of: "viewBox"))
        .split(separator: " ").compactMap { Double($0) }
      let legendBottom =
        try legend.nodes(forXPath: ".//*[local-name()='text']")
        .compactMap { ($0 as? XMLElement)?.value(of: "y").flatMap(Double.init) }.max() ?? 0
      #expect(box.count == 4 && legendBottom < box[1] + box[3])
    }
  }

  @Test("colours come through CSS classes with a dark variant; inline colours stay as fallback")
  func styleSheet() throws {
    let (text, _) = try Self.embedded(Self.map("molndal"))
    let picture = try SVGPicture(Data(text.utf8))
    let css = try #require(
      try picture.document.nodes(forXPath: "//*[local-name()='style']").first?.stringValue)
    #expect(css.contains("@media (prefers-color-scheme: dark)"))
    #expect(css.contains("#molndal-map .actor.sector-school path"))
    #expect(css.contains("#molndal-map .route.report-of-concern path"))
    #expect(css.contains("#molndal-map .background"))
    #expect(!css.contains("<") && !css.contains("&"))
    let node = try #require(try picture.groups(ofClass: "node").first)
    let shape = try #require(
      try node.nodes(forXPath: ".//*[local-name()='path']").first as? XMLElement)
    #expect(shape.value(of: "fill")?.hasPrefix("#") == true, "Graphviz's inline fill is kept")
  }

  @Test(
    "xmllint accepts every SVG, embedded or not, hostile map too",
    .enabled(
      if: FileManager.default.isExecutableFile(atPath: xmllint),
      "\(xmllint) is missing: install libxml2-utils (scripts/bootstrap does)"))
  func xmllintAccepts() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("svg-embed-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let maps = try ["molndal", "partille"].map(Self.map) + [Self.hostileMap()]
    var files: [String] = []
    for map in maps {
      let file = folder.appendingPathComponent("\(map.id).svg")
      try Data(try Self.embedded(map).text.utf8).write(to: file)
      let plain = folder.appendingPathComponent("\(map.id)-plain.svg")
      try MapRenderer().render(map, format: .svg).data.write(to: plain)
      files += [file.path, plain.path]
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Self.xmllint)
    process.arguments = ["--noout", "--nonet"] + files
    let errors = Pipe()
    process.standardError = errors
    try process.run()
    let message = String(
      decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(message)")
  }
}
