import CLibXML2
import Foundation

/// Whether a picture read back from a cache is one the renderer could have made: checked as
/// closely as a fresh one is sanitised, so what sits in a cache folder cannot reach the output
/// unchecked.
public enum PictureCheck {
  /// Whether `data` is a well-formed picture in `format` (`svg`, `png`, `pdf` or `dot`) and, for
  /// SVG, one the sanitiser would leave exactly as it is: no script, event attribute, unsafe link
  /// or DTD content.
  /// An SVG made with `--embed` holds the map's own style sheet, which the check accepts when it
  /// can load nothing (no `url(`, `@import` or `expression`).
  public static func isSound(_ data: Data, format: String, embedded: Bool = false) -> Bool {
    switch format {
    case "png": return data.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    case "pdf": return data.starts(with: Array("%PDF-".utf8)) && data.count > 100
    case "dot":
      guard let text = String(validating: data, as: UTF8.self) else { return false }
      return text.hasPrefix("digraph") || text.hasPrefix("strict") || text.hasPrefix("graph")
    case "svg": return isSafeSVG(data, embedded: embedded)
    default: return false
    }
  }

  /// Whether `data` is well-formed SVG that the sanitiser finds nothing in to take out.
  ///
  /// One pass over libxml2's reader, which keeps no tree: the same preparation as a fresh
  /// picture's (`SVGEmbedder.readableXML`), the parser options FoundationXML's `XMLDocument` uses
  /// (entities unexpanded, no DTD loaded) and no network; the root must be `svg`, a DTD may hold
  /// nothing, and every element and attribute must pass the sanitiser's own rules
  /// (`SVGSanitizer.keeps(elementNamed:)`, `SVGSanitizer.problem(name:value:)`), names and values
  /// read as FoundationXML reads them. Any well-formedness error refuses the picture.
  public static func isSafeSVG(_ data: Data, embedded: Bool = false) -> Bool {
    guard let text = SVGEmbedder.readableXML(data), text.count < Int32.max else { return false }
    return text.withUnsafeBytes { bytes in
      guard
        let reader = xmlReaderForMemory(
          bytes.baseAddress, Int32(bytes.count), nil, nil, Int32(readerOptions))
      else { return false }
      defer { xmlFreeTextReader(reader) }
      var sawRoot = false
      while true {
        switch xmlTextReaderRead(reader) {
        case 0: return sawRoot
        case 1: break
        default: return false
        }
        guard let node = xmlTextReaderCurrentNode(reader) else { return false }
        switch node.pointee.type {
        case XML_DTD_NODE:
          guard node.pointee.children == nil else { return false }
        case XML_ELEMENT_NODE where xmlTextReaderNodeType(reader) == 1:
          let name = qualifiedName(node)
          if !sawRoot {
            guard localName(name) == "svg" else { return false }
            sawRoot = true
          }
          if embedded, localName(name) == "style" {
            guard isInertStyle(xmlTextReaderExpand(reader)) else { return false }
            continue
          }
          guard SVGSanitizer.keeps(elementNamed: name) else { return false }
          var attribute = node.pointee.properties
          while let current = attribute {
            let value = content(
              UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlNode.self))
            guard SVGSanitizer.problem(name: qualifiedName(current), value: value) == nil else {
              return false
            }
            attribute = current.pointee.next
          }
        default: break
        }
      }
    }
  }

  /// Whether a style sheet of an `--embed` picture can load nothing and leave its element.
  static func isInertStyleSheet(_ css: String) -> Bool {
    let css = css.lowercased()
    return !["url(", "@import", "expression", "\\", "<"].contains(where: css.contains)
  }

  /// `XMLDocument(data:options: [.nodeLoadExternalEntitiesNever])`'s options for libxml2
  /// (recovery, redundant namespace declarations dropped, blank text left out), with no network
  /// and no messages.
  private static let readerOptions =
    XML_PARSE_RECOVER.rawValue | XML_PARSE_NSCLEAN.rawValue | XML_PARSE_NOBLANKS.rawValue
    | XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue

  /// A `<style>` element (read whole) with no attributes, only text in it, and an inert sheet.
  private static func isInertStyle(_ style: xmlNodePtr?) -> Bool {
    guard let style, style.pointee.properties == nil else { return false }
    var child = style.pointee.children
    while let current = child {
      guard current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE
      else { return false }
      child = current.pointee.next
    }
    return isInertStyleSheet(content(style))
  }

  /// A node's name as FoundationXML's `name` gives it: `prefix:local` when it has a prefix.
  private static func qualifiedName<Node>(_ node: UnsafeMutablePointer<Node>) -> String {
    let raw = UnsafeMutableRawPointer(node).assumingMemoryBound(to: xmlNode.self)
    let local = raw.pointee.name.map { String(cString: $0) } ?? ""
    guard let prefix = raw.pointee.ns?.pointee.prefix else { return local }
    return String(cString: prefix) + ":" + local
  }

  /// The part of a name after its last colon, as `XMLNode.svgLocalName` reads it.
  private static func localName(_ name: String) -> Substring {
    guard let colon = name.lastIndex(of: ":") else { return name[...] }
    return name[name.index(after: colon)...]
  }

  /// A node's text as FoundationXML's `stringValue` gives it (`xmlNodeGetContent`).
  private static func content(_ node: xmlNodePtr) -> String {
    guard let text = xmlNodeGetContent(node) else { return "" }
    defer { samverkan_xml_free(text) }
    return String(cString: text)
  }
}
