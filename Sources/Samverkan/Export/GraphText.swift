/// Turns free text from a map into safe Graphviz attribute values.
enum GraphText {
  /// Text for an HTML-like label: XML-escaped, newlines as `<BR/>`, control characters dropped,
  /// and backslashes doubled, since Graphviz expands `\N`, `\G`... in HTML labels too.
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
      case _ where scalar.properties.generalCategory == .control: continue
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// Text for an escString attribute such as `tooltip`: backslashes doubled so `\N` and friends stay
  /// literal, newlines as `\n`, control characters dropped.
  static func escString(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
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
