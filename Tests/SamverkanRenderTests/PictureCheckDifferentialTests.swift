import Foundation
import Samverkan
import Testing

@testable import SamverkanRender

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// `PictureCheck.isSafeSVG` reads a cached picture in one pass over libxml2's reader; these
/// compare it with the check it replaced, kept here as the reference: FoundationXML's tree walked
/// by `SVGSanitizer`. They agree on every well-formed picture; libxml2 recovers a tree from a
/// malformed one, which the reference then judges, while the reader refuses it.
@Suite("picture check: the streaming reader against the sanitiser on the tree")
struct PictureCheckDifferentialTests {
  /// The check as it was: FoundationXML's tree, the DTD and root rules, the `--embed` style rule,
  /// then `SVGSanitizer` finding nothing to take out.
  static func treeVerdict(_ data: Data, embedded: Bool = false) -> Bool {
    guard let text = SVGEmbedder.readableXML(data),
      let document = try? XMLDocument(data: text, options: [.nodeLoadExternalEntitiesNever]),
      (document.children ?? []).allSatisfy({ $0.kind != .DTDKind || ($0.children ?? []).isEmpty }),
      let root = document.rootElement(), root.svgLocalName == "svg"
    else { return false }
    if embedded {
      for style in root.svgDescendants where style.svgLocalName == "style" {
        guard PictureCheck.isInertStyleSheet(style.stringValue ?? ""),
          (style.attributes ?? []).isEmpty, (style.children ?? []).allSatisfy({ $0.kind == .text })
        else { return false }
        style.detach()
      }
    }
    return SVGSanitizer().sanitize(root).isEmpty
  }

  static let xmllint = "/usr/bin/xmllint"

  /// Whether `xmllint` reads `data` (after `readableXML`) without a well-formedness error.
  static func isWellFormed(_ data: Data) throws -> Bool {
    guard let text = SVGEmbedder.readableXML(data) else { return false }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: xmllint)
    process.arguments = ["--noout", "--nonet", "-"]
    let input = Pipe()
    process.standardInput = input
    process.standardError = FileHandle.nullDevice
    try process.run()
    input.fileHandleForWriting.write(text)
    try input.fileHandleForWriting.close()
    process.waitUntilExit()
    return process.terminationStatus == 0
  }

  static let maps = [
    "goteborg-norra-hisingen", "harryda", "molndal", "orebro", "partille",
    "stockholm-exempelkommun",
  ]

  static func picture(_ name: String, view: MapView?, embed: Bool) throws -> Data {
    let map = try MapLoader().load(
      Fixture.packageRoot.appendingPathComponent("Maps/\(name).yaml").path)
    return try MapDrawing(map: map, view: view, embed: embed).draw(
      with: MapRenderer(), format: .svg
    ).data
  }

  @Test("every picture of the six maps, in every view and embedded, passes both", arguments: maps)
  func realPictures(_ name: String) throws {
    for view in [nil] + MapView.allCases.map(Optional.some) {
      for embed in [false, true] {
        let svg = try Self.picture(name, view: view, embed: embed)
        let label = "\(name) \(view?.rawValue ?? "standard") embed \(embed)"
        #expect(PictureCheck.isSafeSVG(svg, embedded: embed), "\(label)")
        #expect(Self.treeVerdict(svg, embedded: embed), "\(label)")
        if !embed {
          // Without --embed a picture holds no style sheet, so an embedded reading also passes,
          // and the embedded picture's style sheet is refused when read as a plain picture.
          #expect(PictureCheck.isSafeSVG(svg, embedded: true), "\(label)")
        } else {
          #expect(!PictureCheck.isSafeSVG(svg, embedded: false), "\(label)")
          #expect(!Self.treeVerdict(svg, embedded: false), "\(label)")
        }
      }
    }
  }

  /// A mutation of Mölndal's network picture: `replace` put in place of the first `target`,
  /// and the verdicts expected of the reader and of the tree.
  struct Mutation: Sendable, CustomTestStringConvertible {
    var name: String
    var target: String
    var replacement: String
    var embedded = false
    var stream: Bool
    var tree: Bool
    var testDescription: String { name }
  }

  static let mutations: [Mutation] = [
    Mutation(
      name: "unchanged", target: "<title>", replacement: "<title>", stream: true, tree: true),
    Mutation(
      name: "a script", target: "<title>", replacement: "<script>alert(1)</script><title>",
      stream: false, tree: false),
    Mutation(
      name: "a script in CDATA", target: "<title>",
      replacement: "<script><![CDATA[alert(1)]]></script><title>", stream: false, tree: false),
    Mutation(
      name: "an onload on the root", target: "<svg ", replacement: "<svg onload=\"alert(1)\" ",
      stream: false, tree: false),
    Mutation(
      name: "an upper-case event attribute", target: "<title>",
      replacement: "<g ONCLICK=\"alert(1)\"/><title>", stream: false, tree: false),
    Mutation(
      name: "a javascript: link", target: "<title>",
      replacement: "<a href=\"javascript:alert(1)\"><text>x</text></a><title>", stream: false,
      tree: false),
    Mutation(
      name: "a javascript: link in character references", target: "<title>",
      replacement: "<a href=\"&#106;ava&#x73;cript:alert(1)\"><text>x</text></a><title>",
      stream: false, tree: false),
    Mutation(
      name: "an xlink:href to http", target: "<title>",
      replacement: "<a xlink:href=\"http://evil.example/\"><text>x</text></a><title>",
      stream: false, tree: false),
    Mutation(
      name: "an in-document xlink:href", target: "<title>",
      replacement: "<use xlink:href=\"#graph0\"/><title>", stream: true, tree: true),
    Mutation(
      name: "a javascript: URL in a style attribute", target: "<title>",
      replacement: "<rect style=\"fill:url(javascript:alert(1))\"/><title>", stream: false,
      tree: false),
    Mutation(
      name: "a foreign element", target: "<title>",
      replacement: "<foreignObject><p>x</p></foreignObject><title>", stream: false, tree: false),
    Mutation(
      name: "an HTML element", target: "<title>", replacement: "<img src=\"x\"/><title>",
      stream: false, tree: false),
    Mutation(
      name: "an image", target: "<title>",
      replacement: "<image href=\"https://x.example/a\"/><title>",
      stream: false, tree: false),
    Mutation(
      name: "a prefixed svg:script", target: "<title>",
      replacement:
        "<svg:script xmlns:svg=\"http://www.w3.org/2000/svg\">alert(1)</svg:script><title>",
      stream: false, tree: false),
    Mutation(
      name: "a prefix with script in it", target: "<title>",
      replacement: "<script:g xmlns:script=\"urn:x\"/><title>", stream: false, tree: false),
    Mutation(
      name: "a style sheet in a plain picture", target: "<title>",
      replacement: "<style>g{}</style><title>", stream: false, tree: false),
    Mutation(
      name: "an inert style sheet with --embed", target: "<title>",
      replacement: "<style>g{fill:red}</style><title>", embedded: true, stream: true, tree: true),
    Mutation(
      name: "a style sheet with url( with --embed", target: "<title>",
      replacement: "<style>g{fill:URL(https://x.example/)}</style><title>", embedded: true,
      stream: false, tree: false),
    Mutation(
      name: "a style sheet with a comment in it with --embed", target: "<title>",
      replacement: "<style>g{}<!-- x --></style><title>", embedded: true, stream: false,
      tree: false),
    Mutation(
      name: "a style sheet with an attribute with --embed", target: "<title>",
      replacement: "<style media=\"all\">g{}</style><title>", embedded: true, stream: false,
      tree: false),
    Mutation(
      name: "a style sheet with an element in it with --embed", target: "<title>",
      replacement: "<style><g/></style><title>", embedded: true, stream: false, tree: false),
    Mutation(
      name: "a prefixed style sheet with --embed", target: "<title>",
      replacement: "<x:style xmlns:x=\"urn:x\">g{}</x:style><title>", embedded: true,
      stream: true, tree: true),
    Mutation(
      name: "a DTD with an entity", target: "<svg ",
      replacement: "<!DOCTYPE svg [<!ENTITY x \"y\">]><svg ", stream: false, tree: false),
    Mutation(
      name: "a DTD with an external entity", target: "<svg ",
      replacement: "<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/hostname\">]><svg ",
      stream: false, tree: false),
    Mutation(
      name: "a DTD with only a comment", target: "<svg ",
      replacement: "<!DOCTYPE svg [<!-- x -->]><svg ", stream: false, tree: false),
    Mutation(
      name: "an empty internal subset", target: "svg11.dtd\">", replacement: "svg11.dtd\" []>",
      stream: true, tree: true),
    Mutation(
      name: "an entity in the DOCTYPE graphviz writes", target: "svg11.dtd\">",
      replacement: "svg11.dtd\" [<!ENTITY x \"y\">]>",
      stream: false, tree: false),
    Mutation(
      name: "a comment and a processing instruction", target: "<title>",
      replacement: "<!-- x --><?x y?><title>", stream: true, tree: true),
    Mutation(
      // Not an error of well-formedness beside an external DTD, which is never read.
      name: "an undeclared entity in text", target: "<title>",
      replacement: "<text>&x;</text><title>", stream: true, tree: true),
    Mutation(
      name: "an undeclared entity hiding a scheme", target: "<title>",
      replacement: "<a href=\"java&x;script:alert(1)\"><text>x</text></a><title>",
      stream: false, tree: false),
    Mutation(
      name: "another root element", target: "<svg ", replacement: "<html ", stream: false,
      tree: false),
    Mutation(
      name: "a second root after the first", target: "</svg>",
      replacement: "</svg><svg><script>alert(1)</script></svg>", stream: false, tree: true),
    Mutation(
      name: "a repeated attribute", target: "<svg ", replacement: "<svg x=\"1\" x=\"2\" ",
      stream: false, tree: true),
    Mutation(
      name: "a control character", target: "<title>", replacement: "<title>\u{1}",
      stream: false, tree: false),
  ]

  static func molndal() throws -> Data { try picture("molndal", view: .network, embed: false) }

  @Test("each mutation of a real picture gets the verdicts written for it", arguments: mutations)
  func mutation(_ mutation: Mutation) throws {
    let original = String(decoding: try Self.molndal(), as: UTF8.self)
    let range = try #require(original.range(of: mutation.target))
    let svg = Data(original.replacingCharacters(in: range, with: mutation.replacement).utf8)
    #expect(PictureCheck.isSafeSVG(svg, embedded: mutation.embedded) == mutation.stream)
    #expect(Self.treeVerdict(svg, embedded: mutation.embedded) == mutation.tree)
  }

  @Test("a picture cut short anywhere is refused by the reader (the tree recovers some)")
  func truncated() throws {
    let svg = try Self.molndal()
    var recovered = 0
    for length in stride(from: 1, to: svg.count, by: 997) {
      let cut = svg.prefix(length)
      #expect(!PictureCheck.isSafeSVG(cut), "\(length) bytes")
      if Self.treeVerdict(cut) { recovered += 1 }
    }
    #expect(PictureCheck.isSafeSVG(svg))
    #expect(recovered > 0, "the tree recovers a cut picture")
  }

  /// The hostile SVG the other suites feed the embedder and the cache.
  static let hostile: [String] = [
    "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
    "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(2)</script></svg>",
    "<html/>", "", "   ", "\u{FEFF}", "just text", #"<?xml encoding="bogus" <svg/>"#,
    #"<svg xmlns="http://www.w3.org/2000/svg"/>"#, #"<?xml version="1.0" encoding="bogus"?><svg/>"#,
    #"<svg><g id="actor-skola"/><g id="cluster-skola"/></svg>"#,
    #"<svg viewBox="0 0 3360 10666666666666666666666694.77"/>"#, #"<svg viewBox="0 0 inf nan"/>"#,
    Fixture.foreignSVG,
  ]

  static let corpus = Fixture.packageRoot.appendingPathComponent("Fuzz/Corpus/FuzzSVG")

  @Test(
    "the hostile SVG of the other suites and the fuzzing corpus: the same verdict when well-formed, refused when not",
    .enabled(
      if: FileManager.default.isExecutableFile(atPath: xmllint),
      "xmllint (libxml2-utils) tells which inputs are well-formed"))
  func hostileAndCorpus() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path).sorted()
    #expect(files.count >= 50)
    let inputs =
      Self.hostile.map { ($0, Data($0.utf8)) }
      + (try files.map { ($0, try Data(contentsOf: Self.corpus.appendingPathComponent($0))) })
    var accepted = 0
    for (name, data) in inputs {
      for embedded in [false, true] {
        let stream = PictureCheck.isSafeSVG(data, embedded: embedded)
        let expected = try Self.isWellFormed(data) && Self.treeVerdict(data, embedded: embedded)
        #expect(stream == expected, "\(name.prefix(60)) embedded \(embedded)")
        if stream { accepted += 1 }
      }
    }
    #expect(accepted > 0)
  }

  @Test(
    "the sanitiser's quick reading of a value passes none that mentions a script URL",
    arguments: [
      ("javascript:alert(1)", true), ("JaVaScRiPt:alert(1)", true), ("java\tscript:x", true),
      ("java\u{0}scr\u{7F}ipt:x", true), ("vb\u{A0}script:x", true), ("vb\u{2028}script :x", true),
      ("javascr\u{130}pt:x", true), ("javascript\u{301}:x", true), ("script:", true),
      ("Mandat: psykisk ohälsa", false), ("tel:+4631000000", false), ("https://x.example/", false),
      ("scrip t", false), ("", false),
    ])
  func quickScriptURLReading(_ value: String, mayMention: Bool) {
    #expect(SVGSanitizer.mayMentionScriptURL(value) == mayMention)
    if UnsafeText.mentionsScriptURL(value) { #expect(SVGSanitizer.mayMentionScriptURL(value)) }
  }

  @Test(
    "an ASCII attribute name read byte by byte has the event and link parts nameParts gives it",
    arguments: [
      ("onload", true, false), ("ONCLICK", true, false), ("xlink:href", false, true),
      ("svg:onload", true, false), ("on", true, false), ("o", false, false),
      ("href:", false, true), ("::on", true, false), ("a:b:SRC", false, true),
      ("FormAction", false, true), ("x:on:y", true, false), ("xlink:title", false, false),
      ("action:x", false, false), ("", false, false), ("\u{E9}:onload", true, false),
      ("hr\u{E9}f", false, false),
    ])
  func attributeNameParts(_ name: String, isEvent: Bool, isLink: Bool) {
    let kind = SVGSanitizer.kind(ofAttribute: name)
    #expect(kind.isEvent == isEvent && kind.isLink == isLink)
    let parts = SVGSanitizer.nameParts(name)
    #expect(kind.isEvent == parts.contains { $0.hasPrefix("on") })
    #expect(kind.isLink == SVGSanitizer.linkNames.contains(parts.last ?? ""))
  }
}
