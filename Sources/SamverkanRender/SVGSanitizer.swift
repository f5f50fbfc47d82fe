import Foundation
import Samverkan

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Takes out of an SVG tree everything that could run code or leave for an unsafe address:
/// script-like elements, every element that is not a drawing element of SVG (an HTML `<meta>`,
/// `<img>` or `<p>` inside inline SVG breaks out into the page), event-handler attributes, links
/// other than `https:`, `mailto:`, `tel:` and in-document `#` references, and any attribute that
/// mentions a `javascript:` URL. The link and script-URL rules are `UnsafeText`'s, which the
/// reports' text escaping shares.
struct SVGSanitizer {
  /// Elements that run code, embed other documents or change attributes at run time.
  static let droppedElements: Set<String> = [
    "script", "foreignobject", "handler", "listener", "iframe", "embed", "object", "style",
    "set", "animate", "animatemotion", "animatetransform", "animatecolor", "discard",
  ]

  /// The SVG elements a picture may hold: shapes, text, groups, links, paint servers and filters.
  /// Anything else is dropped; `image` and `feImage` too, which would fetch from elsewhere.
  static let drawingElements: Set<String> = [
    "svg", "g", "defs", "title", "desc", "metadata", "symbol", "use", "switch", "path", "polygon",
    "polyline", "ellipse", "circle", "rect", "line", "text", "tspan", "textpath", "a", "marker",
    "lineargradient", "radialgradient", "stop", "clippath", "mask", "pattern", "filter",
    "feblend", "fecolormatrix", "fecomponenttransfer", "fecomposite", "feconvolvematrix",
    "fediffuselighting", "fedisplacementmap", "feflood", "fegaussianblur", "femerge",
    "femergenode", "femorphology", "feoffset", "fespecularlighting", "fetile", "feturbulence",
    "fedistantlight", "fepointlight", "fespotlight", "fefunca", "fefuncb", "fefuncg", "fefuncr",
  ]

  /// Sanitises `root` in place; returns what was taken out, in words for the map's author.
  func sanitize(_ root: XMLElement) -> [String] {
    var notes: [String] = []
    for element in root.svgDescendants {
      let name = element.name ?? ""
      if !Self.keeps(elementNamed: name) {
        element.detach()
        notes.append(L10n.cli("render.sanitize.element", Self.shown(name.lowercased())))
        continue
      }
      element.removeSVGAttributes { attribute in
        guard
          let reason = Self.problem(name: attribute.name ?? "", value: attribute.stringValue ?? "")
        else { return false }
        notes.append(reason)
        return true
      }
    }
    return notes
  }

  /// Whether an element of this qualified name may stay: a drawing element, and no part of its
  /// name one that runs code. The rule of `sanitize` and of `PictureCheck`'s reading of a picture.
  static func keeps(elementNamed name: String) -> Bool {
    let parts = nameParts(name)
    return !parts.contains(where: droppedElements.contains)
      && drawingElements.contains(parts.last ?? "")
  }

  /// Why an attribute of this qualified name and value must go, or nil when it may stay. The rule
  /// of `sanitize` and of `PictureCheck`'s reading of a picture.
  static func problem(name: String, value: String) -> String? {
    let (isEvent, isLink) = kind(ofAttribute: name)
    if isEvent {
      return L10n.cli("render.sanitize.event", shown(name))
    }
    if isLink, !isSafeLink(value) {
      return L10n.cli("render.sanitize.link", shown(value))
    }
    if mayMentionScriptURL(value), UnsafeText.mentionsScriptURL(value) {
      return L10n.cli("render.sanitize.script-url", shown(name))
    }
    return nil
  }

  /// False only when `UnsafeText.mentionsScriptURL` is false too, read from the UTF-8 bytes
  /// alone: its lowercased text without whitespace and control characters holds `script:` only
  /// when the ASCII letters and colon of the value, everything else skipped, do (no other
  /// character lowercases to one of them, and `İ` to an `i` it is read as).
  static func mayMentionScriptURL(_ value: String) -> Bool {
    let pattern = Array("script:".utf8)
    var matched = 0
    var previous: UInt8 = 0
    for byte in value.utf8 {
      defer { previous = byte }
      let letter: UInt8
      if byte == 0xB0, previous == 0xC4 {
        letter = UInt8(ascii: "i")
      } else if byte > 0x20, byte < 0x7F {
        letter = byte | ((byte >= 0x41 && byte <= 0x5A) ? 0x20 : 0)
      } else {
        continue
      }
      matched = letter == pattern[matched] ? matched + 1 : (letter == pattern[0] ? 1 : 0)
      if matched == pattern.count { return true }
    }
    return false
  }

  /// The local names of attributes that hold a link.
  static let linkNames: Set<String> = ["href", "src", "action", "formaction"]

  /// Whether an attribute name is an event handler's (a part of it begins with `on`) and whether
  /// it names a link (its last part is one of `linkNames`), parts as `nameParts` makes them.
  static func kind(ofAttribute name: String) -> (isEvent: Bool, isLink: Bool) {
    guard name.utf8.allSatisfy({ $0 < 0x80 }) else {
      let parts = nameParts(name)
      return (parts.contains { $0.hasPrefix("on") }, linkNames.contains(parts.last ?? ""))
    }
    // An ASCII name, read byte by byte: the same parts without making a string of each.
    let bytes = Array(name.utf8).map { $0 | (($0 >= 0x41 && $0 <= 0x5A) ? 0x20 : 0) }
    let colon = UInt8(ascii: ":")
    var isEvent = false
    for index in bytes.indices.dropLast()
    where (index == 0 || bytes[index - 1] == colon) && bytes[index] == UInt8(ascii: "o")
      && bytes[index + 1] == UInt8(ascii: "n")
    {
      isEvent = true
    }
    let local = bytes.split(separator: colon).last.map { String(decoding: $0, as: UTF8.self) }
    return (isEvent, linkNames.contains(local ?? ""))
  }

  /// A name's parts between colons, lowercased, empty ones left out: `svg:script` and the
  /// malformed `script:` both hold `script`, which a check of the local name alone would miss.
  static func nameParts(_ name: String) -> [String] {
    name.lowercased().split(separator: ":").map(String.init)
  }

  /// Whether a link is an in-document reference or uses a safe scheme, with nothing hidden in it.
  static func isSafeLink(_ link: String) -> Bool {
    UnsafeText.isSafeLink(link)
  }

  /// Text from the SVG made fit for a message: control characters out, at most 60 characters.
  static func shown(_ text: String) -> String {
    let clean = String(
      text.unicodeScalars.filter { $0.properties.generalCategory != .control }
        .map(Character.init))
    return clean.count > 60 ? String(clean.prefix(59)) + "…" : clean
  }
}
