import Foundation

/// Prints diagnostics the way a compiler does, with the offending line and a caret under the column.
///
///     Maps/molndal.yaml:12:9: error[unknown-key]: unknown key 'emial'
///        |
///     12 |     emial: x
///        |     ^ expected one of: role, phone, email, ...
public struct DiagnosticFormatter {
  private var files: [String: Data] = [:]
  /// Whether to colour the severity with ANSI escapes, for a terminal.
  public var colour: Bool

  public init(colour: Bool = false) {
    self.colour = colour
  }

  /// The diagnostic with its source line quoted when the file can be read.
  ///
  /// Text from the map (a value in a message, the quoted line) may hold control characters, such
  /// as a terminal's escape sequences; they are shown as symbols (␛, ␇) instead, and a long line is
  /// cut to the stretch around the column.
  public mutating func format(_ diagnostic: Diagnostic) -> String {
    var text = Self.printable(diagnostic.description)
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
    let hint = diagnostic.hint.map(Self.printable)
    if let location = diagnostic.location, let line = sourceLine(location) {
      let (shown, caretColumn) = Self.excerpt(of: line, around: location.column)
      let number = String(location.line)
      let gutter = String(repeating: " ", count: number.count)
      let caretIndent = String(
        shown.unicodeScalars.prefix(max(0, caretColumn - 1)).map { $0 == "\t" ? "\t" : " " })
      text += "\n\(gutter) |\n\(number) | \(shown)\n\(gutter) | \(caretIndent)^"
      if let hint { text += " \(hint)" }
    } else if let hint {
      text += "\n  " + L10n.diagnostics("format.hint", hint)
    }
    return text
  }

  /// The widest stretch of a source line quoted, in Unicode scalars; a longer line is cut.
  public static let excerptWidth = 120

  /// At most `excerptWidth` scalars of a line around `column`, with `…` where it was cut, control
  /// characters made visible; and the column in that excerpt.
  private static func excerpt(of line: SourceLine, around column: Int) -> (String, Int) {
    let scalars = Array(line.text.unicodeScalars)
    let cut = line.isCut || scalars.count > excerptWidth
    guard cut else { return (printable(line.text), column) }
    let start = max(0, min(column - 1 - excerptWidth / 2, scalars.count - excerptWidth))
    let end = min(scalars.count, start + excerptWidth)
    var shown = start > 0 ? "…" : ""
    shown.unicodeScalars.append(contentsOf: scalars[start..<end])
    if end < scalars.count || line.isCut { shown += "…" }
    return (printable(shown), column - start + (start > 0 ? 1 : 0))
  }

  /// `text` with each control character (tab aside) and each bidirectional override shown as one
  /// visible symbol, so columns stay where they were.
  private static func printable(_ text: String) -> String {
    var result = ""
    result.unicodeScalars.append(
      contentsOf: text.unicodeScalars.map { scalar in
        switch scalar.value {
        case 0x09: scalar
        case 0x00..<0x20: Unicode.Scalar(0x2400 + scalar.value) ?? "\u{FFFD}"
        case 0x7F: "\u{2421}"
        case 0x80..<0xA0, 0x202A...0x202E, 0x2066...0x2069: "\u{FFFD}"
        default: scalar
        }
      })
    return result
  }

  /// The start of one source line: enough of it to quote around any column up to `column`.
  private struct SourceLine {
    var text: String
    /// Whether the line goes on past `text`.
    var isCut: Bool
  }

  private mutating func sourceLine(_ location: SourceLocation) -> SourceLine? {
    if files[location.file] == nil {
      guard let data = Self.read(location.file) else { return nil }
      files[location.file] = data
    }
    guard let data = files[location.file], location.line >= 1 else { return nil }
    // Line breaks are LF, CR LF or a lone CR, as YAML has them.
    var line = 1
    var start = data.startIndex
    var index = data.startIndex
    while line < location.line {
      guard index < data.endIndex else { return nil }
      let byte = data[index]
      index += 1
      if byte == UInt8(ascii: "\n")
        || (byte == UInt8(ascii: "\r")
          && (index == data.endIndex || data[index] != UInt8(ascii: "\n")))
      {
        line += 1
        start = index
      }
    }
    let end =
      data[start...].firstIndex { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
      ?? data.endIndex
    // A scalar takes at most four bytes: decode no more than the excerpt can show.
    let wanted = 4 * (max(location.column, 1) + Self.excerptWidth)
    let shownEnd = data.index(start, offsetBy: min(wanted, end - start))
    return SourceLine(
      text: String(decoding: data[start..<shownEnd], as: UTF8.self), isCut: shownEnd < end)
  }

  /// A regular file's bytes, up to the size a map may have, without a UTF-8 byte order mark (the
  /// loader counts columns without it). Bytes that are not UTF-8 show as U+FFFD when quoted.
  private static func read(_ path: String) -> Data? {
    guard
      let attributes = try? FileManager.default.attributesOfItem(
        atPath: URL(fileURLWithPath: path).resolvingSymlinksInPath().path),
      attributes[.type] as? FileAttributeType == .typeRegular,
      let handle = FileHandle(forReadingAtPath: path)
    else { return nil }
    defer { try? handle.close() }
    guard let data = try? handle.read(upToCount: LoadLimits().maxFileSize) else { return nil }
    return data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data
  }
}
