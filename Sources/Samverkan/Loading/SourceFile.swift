import Foundation

/// The text of one map or case file, read only when it is a regular file within the size limit,
/// and only when it is UTF-8; a UTF-8 byte order mark is dropped.
struct SourceFile {
  let text: String
  /// The bytes read, before any decoding: what a cache must compare.
  let bytes: Data
  /// The file read, every symbolic link resolved.
  let realPath: String

  /// Reads `url`; every refusal is a `MapLoadError` naming `shownAs`, and the first bad byte's
  /// line and column when the text is not UTF-8.
  init(url: URL, shownAs: String, maxSize: Int) throws {
    let start = SourceLocation(file: shownAs, line: 1, column: 1)
    func failure(_ rule: String, _ message: String, _ hint: String) -> MapLoadError {
      failure(rule, message, hint, at: start)
    }
    func failure(
      _ rule: String, _ message: String, _ hint: String, at location: SourceLocation
    ) -> MapLoadError {
      MapLoadError(
        Diagnostic(.error, rule: rule, message: message, location: location, hint: hint))
    }
    let path = url.resolvingSymlinksInPath().path
    guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
      throw failure(
        "unreadable-file", L10n.diagnostics("load.unreadable"),
        L10n.diagnostics("load.unreadable.hint"))
    }
    switch attributes[.type] as? FileAttributeType {
    case .typeRegular?: break
    case .typeDirectory?:
      throw failure(
        "unreadable-file", L10n.diagnostics("load.folder"), L10n.diagnostics("load.folder.hint"))
    default:
      throw failure(
        "unreadable-file", L10n.diagnostics("load.not-regular-file"),
        L10n.diagnostics("load.not-regular-file.hint"))
    }
    let tooLarge = failure(
      "file-too-large",
      L10n.diagnostics("load.file-too-large", Self.size(maxSize)),
      L10n.diagnostics("load.file-too-large.hint"))
    if let size = (attributes[.size] as? NSNumber)?.intValue, size > maxSize { throw tooLarge }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw failure(
        "unreadable-file", L10n.diagnostics("load.cannot-open"),
        L10n.diagnostics("load.cannot-open.hint"))
    }
    defer { try? handle.close() }
    // Read at most one byte more than allowed, so a file that grew since it was measured is
    // still refused without being read whole.
    let data: Data
    do {
      data = try handle.read(upToCount: maxSize + 1) ?? Data()
    } catch {
      throw failure(
        "unreadable-file", L10n.diagnostics("load.read-failed", error.localizedDescription),
        L10n.diagnostics("load.cannot-open.hint"))
    }
    if data.count > maxSize { throw tooLarge }
    if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
      throw failure(
        "not-utf8", L10n.diagnostics("load.utf16"), L10n.diagnostics("load.utf16.hint"))
    }
    guard var text = String(validating: data, as: UTF8.self) else {
      let (line, column, byte) = Self.firstInvalidByte(in: data)
      throw failure(
        "not-utf8",
        L10n.diagnostics("load.not-utf8", String(byte, radix: 16, uppercase: true)),
        L10n.diagnostics("load.not-utf8.hint"),
        at: SourceLocation(file: shownAs, line: line, column: column))
    }
    // The loader tells libyaml the text is UTF-8, and then libyaml takes a byte order mark for part of
    // the first key; editors hide it, so columns are counted without it too.
    if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
    if data.withUnsafeBytes(Self.mayHoldNoncharacter),
      let (line, column, scalar) = Self.firstNoncharacter(in: text)
    {
      throw failure(
        "noncharacter",
        L10n.diagnostics(
          "load.noncharacter-in-file", String(scalar.value, radix: 16, uppercase: true)),
        L10n.diagnostics("load.noncharacter-in-file.hint"),
        at: SourceLocation(file: shownAs, line: line, column: column))
    }
    self.text = text
    bytes = data
    realPath = path
  }

  /// Whether `scalar` is one of Unicode's 66 noncharacters: U+FDD0–U+FDEF and the last two code
  /// points of every plane, U+FFFE and U+FFFF among them.
  static func isNoncharacter(_ scalar: Unicode.Scalar) -> Bool {
    (0xFDD0...0xFDEF).contains(scalar.value) || scalar.value & 0xFFFE == 0xFFFE
  }

  /// Whether UTF-8 `bytes` may hold a noncharacter: every one is encoded from a lead byte of
  /// 0xEF (U+FDD0–U+FDEF, U+FFFE, U+FFFF) or 0xF0 and up (the other planes), so text without
  /// such a byte, as most Swedish text is, needs no decoding to know that it holds none.
  static func mayHoldNoncharacter(_ bytes: UnsafeRawBufferPointer) -> Bool {
    bytes.contains { $0 >= 0xEF }
  }

  /// The line and column (in Unicode scalars) of the first noncharacter in `text`, and it.
  private static func firstNoncharacter(
    in text: String
  ) -> (line: Int, column: Int, scalar: Unicode.Scalar)? {
    guard text.unicodeScalars.contains(where: isNoncharacter) else { return nil }
    var line = 1
    var column = 1
    var afterCarriageReturn = false
    for scalar in text.unicodeScalars {
      if isNoncharacter(scalar) { return (line, column, scalar) }
      if scalar == "\r" || (scalar == "\n" && !afterCarriageReturn) {
        line += 1
        column = 1
      } else if scalar != "\n" {
        column += 1
      }
      afterCarriageReturn = scalar == "\r"
    }
    return nil
  }

  /// `10 MB (10000000 bytes)`, or `40 bytes` below a megabyte.
  private static func size(_ bytes: Int) -> String {
    bytes >= 1_000_000
      ? L10n.diagnostics("load.megabytes", String(bytes / 1_000_000), String(bytes))
      : L10n.diagnostics("load.bytes", String(bytes))
  }

  /// The line and column (in Unicode scalars, as the YAML parser counts) of the first byte that
  /// is not part of valid UTF-8, and that byte.
  private static func firstInvalidByte(in data: Data) -> (line: Int, column: Int, byte: UInt8) {
    var line = 1
    var column = 1
    var offset = 0
    var afterCarriageReturn = false
    var bytes = data.makeIterator()
    var parser = Unicode.UTF8.ForwardParser()
    while true {
      switch parser.parseScalar(from: &bytes) {
      case .valid(let encoded):
        // Line breaks are LF, CR LF or a lone CR, as YAML has them.
        let byte = encoded.count == 1 ? encoded.first : nil
        if byte == UInt8(ascii: "\r") || (byte == UInt8(ascii: "\n") && !afterCarriageReturn) {
          line += 1
          column = 1
        } else if byte != UInt8(ascii: "\n") {
          column += 1
        }
        afterCarriageReturn = byte == UInt8(ascii: "\r")
        offset += encoded.count
      case .error:
        return (line, column, data[data.startIndex + offset])
      case .emptyInput:
        return (line, column, 0)
      }
    }
  }
}
