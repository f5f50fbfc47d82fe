/// Turns free text from a map into safe Graphviz attribute values.
enum GraphText {
  /// Text for an HTML-like label: XML-escaped, newlines as `<BR/>`, tabs as spaces, other control
  /// characters dropped, and backslashes doubled, since Graphviz expands `\N`, `\G`... in HTML
  /// labels too.
  static func html(_ text: String) -> String {
    escaped(text) { byte in
      switch byte {
      case UInt8(ascii: "\\"): "\\\\"
      case UInt8(ascii: "&"): "&amp;"
      case UInt8(ascii: "<"): "&lt;"
      case UInt8(ascii: ">"): "&gt;"
      case UInt8(ascii: "\""): "&quot;"
      case UInt8(ascii: "'"): "&#39;"
      case UInt8(ascii: "\n"): "<BR/>"
      case UInt8(ascii: "\t"): " "
      default: nil
      }
    }
  }

  /// Text for the `tooltip` attribute, which Graphviz reads twice: first `\n`, `\l` and `\r`
  /// become line breaks and any other `\x` loses its backslash, then `\N`, `\G`... become names;
  /// last, an `&` that starts an entity is copied into the XML as it is. So each backslash is
  /// written four times and each `&` as `&amp;`, for the text to come out as written; newlines
  /// become `\n`, tabs spaces, and other control characters are dropped.
  static func tooltip(_ text: String) -> String {
    escaped(text) { byte in
      switch byte {
      case UInt8(ascii: "\\"): "\\\\\\\\"
      case UInt8(ascii: "&"): "&amp;"
      case UInt8(ascii: "\n"): "\\n"
      case UInt8(ascii: "\t"): " "
      default: nil
      }
    }
  }

  /// `text` with each ASCII character that `replacement` names written as it says, the other
  /// control characters (general category Cc: U+0000–U+001F and U+007F–U+009F) dropped, and the
  /// rest copied. It works on the UTF-8 bytes: in valid UTF-8 an ASCII byte is always a character
  /// of its own, and U+0080–U+009F are the two bytes C2 80–C2 9F.
  private static func escaped(_ text: String, _ replacement: (UInt8) -> String?) -> String {
    let bytes = Array(text.utf8)
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if let replaced = replacement(byte) {
        result += replaced.utf8
      } else if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) {
        index += 1
      } else if byte >= 0x20 && byte != 0x7F {
        result.append(byte)
      }
      index += 1
    }
    return String(decoding: result, as: UTF8.self)
  }

  /// A link a reader may follow: only `https:`, `mailto:` and `tel:` pass.
  static func safeLink(_ link: String?) -> String? {
    guard let link,
      !link.unicodeScalars.contains(where: {
        $0.properties.isWhitespace || $0.properties.generalCategory == .control
          || "\\\"<>'`".unicodeScalars.contains($0)
      })
    else { return nil }
    let lower = link.lowercased()
    return ["https://", "mailto:", "tel:"].contains(where: lower.hasPrefix) ? link : nil
  }
}
