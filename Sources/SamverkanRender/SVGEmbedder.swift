import Foundation
import Samverkan

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Turns the SVG libgvc drew for a map into one that can sit inline in an HTML page, next to other
/// maps: no prolog, DOCTYPE or comments; every id (and every `#` reference and `url(#…)`) prefixed
/// with the map's id; `role="img"`, `aria-label`, `<title>` and `<desc>` for the map and each
/// actor; full width with the viewBox kept; a style sheet with a dark variant; a legend below.
///
/// Everything is done on the parsed XML tree, never on the text, so no label can break out. Script
/// elements, event attributes and links other than `https:`, `mailto:` and `tel:` are taken out
/// (see `SVGSanitizer`), and the result's `notes` say what was.
public struct SVGEmbedder: Sendable {
  /// What can make an SVG impossible to embed.
  public enum Failure: Error, Sendable, CustomStringConvertible {
    case notSVG
    /// The SVG's DOCTYPE declares entities or other DTD content, which could read local files
    /// or expand without end; Graphviz never writes any.
    case declaresDTDContent

    public var description: String {
      switch self {
      case .notSVG: L10n.cli("render.embed.not-svg")
      case .declaresDTDContent: L10n.cli("render.embed.dtd-content")
      }
    }
  }

  /// Whether to draw the legend below the map.
  public var legend: Bool

  public init(legend: Bool = true) {
    self.legend = legend
  }

  /// The embeddable form of `svg`, which Graphviz drew from `map`. `idPart` goes into every id
  /// after the map's, so that two pictures of one map can sit in one page (`process`).
  public func embed(_ svg: Data, map: CollaborationMap, idPart: String? = nil) throws
    -> RenderedMap
  {
    guard let text = Self.readableXML(svg) else { throw Failure.notSVG }
    // External entities stay unread and entities unexpanded (FoundationXML's default substitutes
    // both, so `<!ENTITY x SYSTEM "file:///…">` would copy a local file into the page).
    let document = try XMLDocument(data: text, options: [.nodeLoadExternalEntitiesNever])
    // (Read through the document's children: FoundationXML's `dtd` crashes when there is none.)
    let doctypes = (document.children ?? []).filter { $0.kind == .DTDKind }
    guard doctypes.allSatisfy({ ($0.children ?? []).isEmpty }) else {
      throw Failure.declaresDTDContent
    }
    guard let root = document.rootElement(), root.svgLocalName == "svg" else {
      throw Failure.notSVG
    }
    root.detach()
    var notes = SVGSanitizer().sanitize(root)
    for leftover in root.svgDescendants.flatMap({ $0.children ?? [] })
    where leftover.kind == .comment || leftover.kind == .processingInstruction {
      leftover.detach()
    }
    let prefix = Self.prefix(for: idPart.map { "\(map.id)-\($0)" } ?? map.id)
    describe(root, map: map)
    notes += droppedContactLinks(in: root, map: map)
    if legend { addLegend(to: root, map: map) }
    root.insertSVGChild(
      XMLElement.svg("style", text: MapStyleSheet.css(rootID: "\(prefix)-map")), at: 2)
    root.setSVGValue("id", "map")
    prefixIDs(in: root, with: prefix)
    root.removeSVGAttributes { $0.name == "height" || $0.name == "width" }
    root.setSVGValue("width", "100%")
    root.setSVGValue("role", "img")
    root.setSVGValue("aria-label", L10n.report("render.aria-label", map.name))
    return RenderedMap(data: Data((root.xmlString(options: []) + "\n").utf8), notes: notes)
  }

  /// The SVG as UTF-8 without its XML declaration, or nil when it is not UTF-8 text with a tag.
  ///
  /// libxml2 makes no document at all of empty input or of a declared encoding it cannot read,
  /// and FoundationXML then crashes instead of throwing; Graphviz writes UTF-8, and the output
  /// drops the declaration anyway.
  ///
  /// A character XML 1.0 never allows (a C0 control other than tab and line breaks, U+FFFE,
  /// U+FFFF) makes libxml2 stop before it has a document for some inputs, and FoundationXML then
  /// crashes too; no such text is well-formed, so it is refused here.
  static func readableXML(_ svg: Data) -> Data? {
    svg.withUnsafeBytes { raw -> Data? in
      let bytes = raw.bindMemory(to: UInt8.self)
      // Once the bytes are valid UTF-8, the characters refused are these byte sequences.
      guard String(validating: bytes, as: UTF8.self) != nil, !bytes.containsNonXMLCharacter
      else { return nil }
      var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
      if bytes[start...].starts(with: Array("<?xml".utf8)) {
        guard let end = bytes.firstIndex(of: Array("?>".utf8), from: start) else { return nil }
        start = end + 2
      }
      guard bytes[start...].contains(UInt8(ascii: "<")) else { return nil }
      return Data(bytes[start...])
    }
  }

  /// An id prefix from a map id: letters, digits, `-` and `_` kept, starting with a letter.
  public static func prefix(for mapID: String) -> String {
    let kept = String(
      mapID.unicodeScalars.map {
        $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-")
          ? Character($0) : "_"
      })
    guard let first = kept.unicodeScalars.first, first.properties.isAlphabetic else {
      return "map-" + kept
    }
    return kept
  }

  // MARK: Titles and descriptions

  /// Title and description for the map, and for each actor's node, box and each route.
  private func describe(_ root: XMLElement, map: CollaborationMap) {
    var summary = L10n.report(
      "render.summary", map.reviewed.description, String(map.actors.count),
      String(map.routes.count))
    if !map.sources.isEmpty {
      summary +=
        " "
        + L10n.report("render.summary.sources", map.sources.map(\.shown).joined(separator: "; "))
    }
    for old in root.svgChildren("title") + root.svgChildren("desc") { old.detach() }
    root.insertSVGChild(XMLElement.svg("title", text: map.name), at: 0)
    root.insertSVGChild(XMLElement.svg("desc", text: summary), at: 1)

    let routes = Dictionary(map.routes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    for group in root.svgDescendants where group.svgLocalName == "g" {
      let id = group.svgValue("id") ?? ""
      if group.svgValue("class")?.split(separator: " ").contains("graph") == true {
        setTitle(of: group, to: map.name)
      } else if let actor = id.dropPrefix("actor-").flatMap({ map.actor($0) }) {
        setTitle(of: group, to: actor.name)
        setDescription(of: group, to: Self.mandates(of: actor))
      } else if let actor = id.dropPrefix("cluster-").flatMap({ map.actor($0) }) {
        setTitle(of: group, to: actor.name)
      } else if let route = id.dropPrefix("route-").flatMap({ routes[$0] }) {
        // A network edge stands for every route its class names, with the same two ends.
        let merged = (group.svgValue("class") ?? "").split(separator: " ")
          .compactMap { String($0).dropPrefix("route-").flatMap { routes[$0] } }
        var channels: [String] = []
        for channel in (merged.isEmpty ? [route] : merged).map(\.channel.name)
        where !channels.contains(channel) {
          channels.append(channel)
        }
        let from = map.actor(route.from)?.name ?? route.from
        let to = map.actor(route.to)?.name ?? route.to
        setTitle(of: group, to: "\(from) → \(to): \(channels.joined(separator: ", "))")
      }
    }
  }

  private func setTitle(of group: XMLElement, to text: String) {
    if let title = group.svgChildren("title").first {
      title.stringValue = text
    } else {
      group.insertSVGChild(XMLElement.svg("title", text: text), at: 0)
    }
  }

  private func setDescription(of group: XMLElement, to text: String) {
    for old in group.svgChildren("desc") { old.detach() }
    let index = group.svgChildren("title").isEmpty ? 0 : 1
    group.insertSVGChild(XMLElement.svg("desc", text: text), at: index)
  }

  /// An actor's mandates in words, in the current language.
  static func mandates(of actor: Actor) -> String {
    guard !actor.mandates.isEmpty else { return L10n.report("render.no-mandates", actor.name) }
    let lines = actor.mandates.map { mandate in
      let concerns = mandate.concerns.map(\.name).joined(separator: ", ")
      let severities = mandate.severities.map(\.name).joined(separator: "–")
      return L10n.report("render.mandate", concerns, severities, mandate.ages.name, mandate.basis)
        + "."
    }
    return lines.joined(separator: " ")
  }

  /// A note for each actor whose contact link is unsafe or did not survive as a link on its node.
  private func droppedContactLinks(in root: XMLElement, map: CollaborationMap) -> [String] {
    var linked: Set<String> = []
    var drawn: Set<String> = []
    for group in root.svgDescendants where group.svgLocalName == "g" {
      guard let actor = group.svgValue("id")?.dropPrefix("actor-") else { continue }
      drawn.insert(actor)
      let links = group.svgDescendants.filter { $0.svgLocalName == "a" }
      if links.contains(where: { $0.svgValue("xlink:href") ?? $0.svgValue("href") != nil }) {
        linked.insert(actor)
      }
    }
    return map.actors.compactMap { actor in
      guard let link = actor.contact?.link else { return nil }
      let lost = drawn.contains(actor.id) && !linked.contains(actor.id)
      guard lost || !SVGSanitizer.isSafeLink(link) else { return nil }
      return L10n.cli("render.embed.dropped-link", actor.id, SVGSanitizer.shown(link))
    }
  }

  // MARK: Legend

  /// Draws the legend below the map and grows the viewBox to hold it.
  private func addLegend(to root: XMLElement, map: CollaborationMap) {
    let legend = MapLegend(map: map)
    let box = (root.svgValue("viewBox") ?? "").split(whereSeparator: { $0 == " " || $0 == "," })
      .compactMap { Double($0) }
    guard !legend.isEmpty, box.count == 4 else { return }
    let drawn = legend.element(x: box[0] + 8, y: box[1] + box[3], width: max(box[2] - 16, 480))
    root.addChild(drawn.group)
    let width = max(box[2], drawn.width)
    let height = box[3] + drawn.height
    root.setSVGValue(
      "viewBox", [box[0], box[1], width, height].map(MapLegend.number).joined(separator: " "))
    // The map's own background, so the dark style sheet can reach it.
    let background = root.svgChildren("g").first?.svgChildren("polygon").first
    if let background, background.svgValue("fill") == "white" {
      background.setSVGValue("class", "background")
    }
  }

  // MARK: Ids

  /// Prefixes every id, every `#` link and every `url(#…)` reference with `prefix-`.
  private func prefixIDs(in root: XMLElement, with prefix: String) {
    for element in root.svgDescendants {
      for attribute in element.attributes ?? [] {
        guard let value = attribute.stringValue else { continue }
        let local = attribute.svgLocalName
        if local == "id" {
          attribute.stringValue = "\(prefix)-\(value)"
        } else if local == "href", value.hasPrefix("#") {
          attribute.stringValue = "#\(prefix)-\(value.dropFirst())"
        } else if value.contains("url(") {
          var result = value
          for opening in ["url(#", "url('#", "url(\"#"] {
            result = result.replacingOccurrences(of: opening, with: "\(opening)\(prefix)-")
          }
          attribute.stringValue = result
        }
      }
    }
  }
}

extension String {
  /// The rest after `prefix`, or nil when the string does not start with it.
  fileprivate func dropPrefix(_ prefix: String) -> String? {
    hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil
  }
}

extension UnsafeBufferPointer<UInt8> {
  /// Whether these UTF-8 bytes hold a character XML 1.0 never allows: a C0 control other than
  /// tab and the line breaks, U+FFFE or U+FFFF.
  fileprivate var containsNonXMLCharacter: Bool {
    for index in indices {
      let byte = self[index]
      if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D { return true }
      if byte == 0xEF, index + 2 < count, self[index + 1] == 0xBF,
        self[index + 2] == 0xBE || self[index + 2] == 0xBF
      {
        return true
      }
    }
    return false
  }

  /// The first index at or after `start` where `pattern` begins.
  fileprivate func firstIndex(of pattern: [UInt8], from start: Int) -> Int? {
    guard let first = pattern.first, count >= pattern.count else { return nil }
    var index = start
    while index <= count - pattern.count {
      if self[index] == first, self[index..<index + pattern.count].elementsEqual(pattern) {
        return index
      }
      index += 1
    }
    return nil
  }
}
