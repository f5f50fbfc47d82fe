import Foundation

/// Prints diagnostics the way a compiler does, with the offending line and a caret under the column.
///
///     Maps/molndal.yaml:12:9: error[unknown-key]: unknown key 'emial'
///        |
///     12 |     emial: x
///        |     ^ expected one of: role, phone, email, ...
public struct DiagnosticFormatter {
  private var fileLines: [String: [Substring]] = [:]
  /// Whether to colour the severity with ANSI escapes, for a terminal.
  public var colour: Bool

  public init(colour: Bool = false) {
    self.colour = colour
  }

  /// The diagnostic with its source line quoted when the file can be read.
  public mutating func format(_ diagnostic: Diagnostic) -> String {
    var text = diagnostic.description
    if colour {
      let code =
        switch diagnostic.severity {
        case .error: "1;31"
        case .warning: "1;33"
        case .info: "1;36"
        }
      let label = "\(diagnostic.severity.rawValue)[\(diagnostic.rule)]"
      text = text.replacingOccurrences(of: label, with: "\u{1B}[\(code)m\(label)\u{1B}[0m")
    }
    if let location = diagnostic.location, let line = sourceLine(location) {
      let number = String(location.line)
      let gutter = String(repeating: " ", count: number.count)
      let caretIndent = String(
        line.unicodeScalars.prefix(max(0, location.column - 1)).map { $0 == "\t" ? "\t" : " " })
      text += "\n\(gutter) |\n\(number) | \(line)\n\(gutter) | \(caretIndent)^"
      if let hint = diagnostic.hint { text += " \(hint)" }
    } else if let hint = diagnostic.hint {
      text += "\n  hint: \(hint)"
    }
    return text
  }

  private mutating func sourceLine(_ location: SourceLocation) -> Substring? {
    if fileLines[location.file] == nil {
      guard let data = FileManager.default.contents(atPath: location.file),
        let text = String(data: data, encoding: .utf8)
      else { return nil }
      fileLines[location.file] = text.split(
        omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    }
    guard let lines = fileLines[location.file], location.line >= 1, location.line <= lines.count
    else { return nil }
    return lines[location.line - 1]
  }
}
