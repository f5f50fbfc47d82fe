/// The one set of rules for map text in every page samverkan writes: which links may be followed,
/// what counts as a script URL, and how text is made inert in HTML and in Markdown. The SVG
/// sanitiser, the HTML report and the Markdown report all use these.
public enum UnsafeText {
  /// Link schemes a reader may follow.
  public static let safeSchemes = ["https:", "mailto:", "tel:"]

  /// Whether a link is an in-document reference or uses a safe scheme, with nothing hidden in it.
  public static func isSafeLink(_ link: String) -> Bool {
    if link.unicodeScalars.contains(where: {
      $0.properties.isWhitespace || $0.properties.generalCategory == .control
    }) {
      return false
    }
    let lower = link.lowercased()
    return lower.hasPrefix("#") || safeSchemes.contains(where: lower.hasPrefix)
  }

  /// Whether `text` holds a `javascript:` or `vbscript:` URL, with whitespace and control
  /// characters hidden in it too (browsers skip them in a link).
  public static func mentionsScriptURL(_ text: String) -> Bool {
    // Lowercasing never makes a colon: without one there is no scheme to find (most values of a
    // picture: coordinates, colours, classes), and the scalar-by-scalar reading is skipped.
    guard text.utf8.contains(UInt8(ascii: ":")) else { return false }
    let squeezed = String(
      text.lowercased().unicodeScalars.filter {
        !$0.properties.isWhitespace && $0.properties.generalCategory != .control
      }.map(Character.init))
    return squeezed.contains("javascript:") || squeezed.contains("vbscript:")
  }

  /// Text for HTML element content or a quoted attribute value: `&`, `<`, `>`, `"` and `'` as
  /// entities, and so are `=` and the colon after a word ending in "script", so that no event
  /// attribute or script URL reads in the page's source either. Control characters but tab and
  /// line breaks, and the noncharacters U+FFFE and U+FFFF, are left out.
  public static func html(_ text: String) -> String {
    escape(text, markdown: false)
  }

  /// Text for Markdown (CommonMark and GitHub's): what `html` does, line breaks as spaces, and
  /// every character that makes a link, an image, emphasis, code, a heading or a table cell
  /// (`[ ] ( ) ! * _ \ # + { } | ~` and backtick) backslash-escaped, so map text is shown as
  /// written and never becomes markup.
  public static func markdown(_ text: String) -> String {
    escape(text, markdown: true)
  }

  private static func escape(_ text: String, markdown: Bool) -> String {
    var result = ""
    var word = ""
    for scalar in text.unicodeScalars {
      if markdown, markdownBreaks.contains(scalar) {
        result += " "
      } else if markdown, markdownMarks.contains(scalar) {
        result += "\\"
        result.unicodeScalars.append(scalar)
      } else {
        switch scalar {
        case "&": result += "&amp;"
        case "<": result += "&lt;"
        case ">": result += "&gt;"
        case "\"": result += "&quot;"
        case "'": result += "&#39;"
        case "=": result += "&#61;"
        case ":" where word.lowercased().hasSuffix("script"): result += "&#58;"
        default:
          if !isDropped(scalar) { result.unicodeScalars.append(scalar) }
        }
      }
      if scalar.properties.isAlphabetic {
        word.unicodeScalars.append(scalar)
      } else if !scalar.properties.isWhitespace, scalar.properties.generalCategory != .control {
        word = ""
      }
    }
    return result
  }

  /// Line breaks, which end a Markdown table row or start a block.
  private static let markdownBreaks: Set<Unicode.Scalar> = ["\n", "\r", "\u{2028}", "\u{2029}"]
  /// Characters that make Markdown links, images, emphasis, code, headings or table cells.
  private static let markdownMarks: Set<Unicode.Scalar> = [
    "[", "]", "(", ")", "!", "*", "_", "\\", "`", "|", "~", "#", "+", "{", "}",
  ]

  private static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
    if scalar == "\t" || scalar == "\n" || scalar == "\r" { return false }
    return scalar.properties.generalCategory == .control || scalar.value == 0xFFFE
      || scalar.value == 0xFFFF
  }
}
