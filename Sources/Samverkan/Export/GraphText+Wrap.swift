extension GraphText {
  /// Text broken into lines of at most `width` characters at spaces; a longer word stands alone.
  static func wrapped(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in text.split(whereSeparator: \.isWhitespace) {
      if !line.isEmpty, line.count + 1 + word.count > width {
        lines.append(line)
        line = ""
      }
      line += line.isEmpty ? String(word) : " " + word
    }
    if !line.isEmpty { lines.append(line) }
    return lines
  }

  /// Wrapped text for an HTML-like label, its lines joined by `<BR/>`.
  static func wrappedHTML(_ text: String, width: Int) -> String {
    wrapped(text, width: width).map(html).joined(separator: "<BR/>")
  }
}
