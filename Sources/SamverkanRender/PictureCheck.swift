import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

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
  public static func isSafeSVG(_ data: Data, embedded: Bool = false) -> Bool {
    guard let text = SVGEmbedder.readableXML(data),
      let document = try? XMLDocument(data: text, options: [.nodeLoadExternalEntitiesNever]),
      (document.children ?? []).allSatisfy({ $0.kind != .DTDKind || ($0.children ?? []).isEmpty }),
      let root = document.rootElement(), root.svgLocalName == "svg"
    else { return false }
    if embedded {
      for style in root.svgDescendants where style.svgLocalName == "style" {
        let css = (style.stringValue ?? "").lowercased()
        guard !["url(", "@import", "expression", "\\", "<"].contains(where: css.contains),
          (style.attributes ?? []).isEmpty, (style.children ?? []).allSatisfy({ $0.kind == .text })
        else { return false }
        style.detach()
      }
    }
    return SVGSanitizer().sanitize(root).isEmpty
  }
}
