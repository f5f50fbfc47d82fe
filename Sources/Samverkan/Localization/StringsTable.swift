/// One `.strings` table read into a dictionary, and its formats filled in, without Foundation's
/// property-list parser and `String(format:)`: they cost a render about a fifth of its
/// instructions (UTF-16 bridging of every message, a `CVarArg` format per argument).
///
/// The tables are the old-style property-list subset the catalogue uses: `"key" = "value";`
/// entries, `/* … */` and `//` comments, and the escapes `\"`, `\\`, `\n`, `\t` and `\r` in the
/// quoted strings. A test reads every table both ways and compares.
struct StringsTable {
  /// Key → format.
  var formats: [String: String]
}

extension StringsTable {
  /// The table in `bytes` (UTF-8); nil when they are not such a table.
  init?(_ bytes: [UInt8]) {
    var reader = Reader(bytes: bytes)
    var formats: [String: String] = [:]
    while reader.skipSpaceAndComments() {
      guard let key = reader.quoted(), reader.skipSpaceAndComments(),
        reader.take(UInt8(ascii: "=")),
        reader.skipSpaceAndComments(), let value = reader.quoted(), reader.skipSpaceAndComments(),
        reader.take(UInt8(ascii: ";"))
      else { return nil }
      formats[key] = value
    }
    self.formats = formats
  }

  /// `format` with its placeholders filled as `String(format:)` fills them: `%@` takes the next
  /// argument, `%2$@` the second, and `%%` is a percent sign.
  static func fill(_ format: String, with arguments: [String]) -> String {
    var result = ""
    var next = 0
    var utf8 = format.utf8[...]
    while let percent = utf8.firstIndex(of: UInt8(ascii: "%")) {
      result += Substring(utf8[..<percent])
      utf8 = utf8[utf8.index(after: percent)...]
      let digits = utf8.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
      var rest = utf8[digits.endIndex...]
      if rest.first == UInt8(ascii: "%") {
        result += "%"
      } else if rest.first == UInt8(ascii: "@") {
        result += argument(next, of: arguments)
        next += 1
      } else if !digits.isEmpty, rest.first == UInt8(ascii: "$"),
        rest.dropFirst().first == UInt8(ascii: "@"), let position = Int(Substring(digits))
      {
        result += argument(position - 1, of: arguments)
        rest = rest.dropFirst()
      } else {
        result += "%"
        continue
      }
      utf8 = rest.dropFirst()
    }
    return result + Substring(utf8)
  }

  private static func argument(_ index: Int, of arguments: [String]) -> String {
    arguments.indices.contains(index) ? arguments[index] : ""
  }

  /// Reads a table's bytes from the front.
  private struct Reader {
    let bytes: [UInt8]
    var index = 0

    /// Skips white space and comments; false at the end of the bytes.
    mutating func skipSpaceAndComments() -> Bool {
      while index < bytes.count {
        switch bytes[index] {
        case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
          index += 1
        case UInt8(ascii: "/")
        where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "*"):
          index += 2
          while index + 1 < bytes.count,
            !(bytes[index] == UInt8(ascii: "*") && bytes[index + 1] == UInt8(ascii: "/"))
          {
            index += 1
          }
          index += 2
        case UInt8(ascii: "/")
        where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "/"):
          while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
        default:
          return true
        }
      }
      return false
    }

    /// Takes `byte` when it comes next.
    mutating func take(_ byte: UInt8) -> Bool {
      guard index < bytes.count, bytes[index] == byte else { return false }
      index += 1
      return true
    }

    /// A quoted string with its escapes resolved; nil when none comes next or it is not closed.
    mutating func quoted() -> String? {
      guard take(UInt8(ascii: "\"")) else { return nil }
      let start = index
      var escapes = false
      while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
        if bytes[index] == UInt8(ascii: "\\") {
          escapes = true
          index += 1
        }
        index += 1
      }
      guard index < bytes.count else { return nil }
      index += 1
      let text = bytes[start..<index - 1]
      return escapes
        ? String(decoding: Self.unescaped(text), as: UTF8.self)
        : String(decoding: text, as: UTF8.self)
    }

    /// The bytes of a quoted string with each `\x` resolved.
    private static func unescaped(_ text: ArraySlice<UInt8>) -> [UInt8] {
      var result: [UInt8] = []
      result.reserveCapacity(text.count)
      var escaped = false
      for byte in text {
        if escaped {
          switch byte {
          case UInt8(ascii: "n"): result.append(UInt8(ascii: "\n"))
          case UInt8(ascii: "t"): result.append(UInt8(ascii: "\t"))
          case UInt8(ascii: "r"): result.append(UInt8(ascii: "\r"))
          default: result.append(byte)
          }
          escaped = false
        } else if byte == UInt8(ascii: "\\") {
          escaped = true
        } else {
          result.append(byte)
        }
      }
      return result
    }
  }
}
