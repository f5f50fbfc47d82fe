import Foundation

/// Prints diagnostics the way a compiler does, with the offending line and a caret under the column.
///
///     Maps/molndal.yaml:12:9: error: unknown key 'emial' [unknown-key]
///        |
///     12 |     emial: x
///        |     ^ expected one of: role, phone, email, ...
public struct DiagnosticFormatter {
  private var fileLines: [String: [Substring]] = [:]

  public init() {}

  /// The diagnostic with its source line quoted when the file can be read.
  public mutating func format(_ diagnostic: Diagnostic) -> String {
    var text = diagnostic.description
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
