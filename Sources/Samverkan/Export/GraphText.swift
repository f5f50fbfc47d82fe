/// Turns free text from a map into safe Graphviz attribute values.
enum GraphText {
  /// Text for an HTML-like label: XML-escaped, newlines as `<BR/>`, tabs as spaces, other control
  /// characters dropped, and backslashes doubled, since Graphviz expands `\N`, `\G`... in HTML
  /// labels too.
  static func html(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": result += "\\\\"
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      case "\n": result += "<BR/>"
      case "\t": result += " "
      case _ where scalar.properties.generalCategory == .control: continue
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// Text for the `tooltip` attribute, which Graphviz reads twice: first `\n`, `\l` and `\r`
  /// become line breaks and any other `\x` loses its backslash, then `\N`, `\G`... become names;
  /// last, an `&` that starts an entity is copied into the XML as it is. So each backslash is
  /// written four times and each `&` as `&amp;`, for the text to come out as written; newlines
  /// become `\n`, tabs spaces, and other control characters are dropped.
  static func tooltip(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": result += "\\\\\\\\"
      case "&": result += "&amp;"
      case "\n": result += "\\n"
      case "\t": result += " "
      case _ where scalar.properties.generalCategory == .control: continue
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
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
