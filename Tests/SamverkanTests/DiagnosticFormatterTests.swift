import Foundation
import Samverkan
import Testing

@Suite("Diagnostics quote hostile files without harm")
struct DiagnosticFormatterTests {
  /// The lines of the formatted diagnostic.
  private func format(_ diagnostic: Diagnostic) -> [Substring] {
    var formatter = DiagnosticFormatter()
    return formatter.format(diagnostic).split(separator: "\n", omittingEmptySubsequences: false)
  }

  @Test("control characters from the map, such as a terminal escape, are shown as symbols")
  func controlCharacters() throws {
    let folder = try FixtureFolder()
    let path = try folder.write("karta.yaml", "name: \u{1B}]0;titel\u{7}x\u{0}\n")
    let lines = format(
      Diagnostic(
        .error, rule: "invalid-value", message: "unknown sector 'a\u{1B}[31mb\nfake: error'",
        location: Samverkan.SourceLocation(file: path, line: 1, column: 16)))
    #expect(lines.count == 4, "a newline in a message must not start a line of its own")
    for line in lines {
      #expect(!line.unicodeScalars.contains { $0.value < 0x20 && $0 != "\t" })
    }
    #expect(lines[0].contains("'a␛[31mb␊fake: error'"))
    #expect(lines[2] == "1 | name: ␛]0;titel␇x␀")
    #expect(lines[3] == "  |                ^", "each symbol takes the column of its character")
  }

  @Test("a long line is cut to the stretch around the column, the caret under the column")
  func longLine() throws {
    let folder = try FixtureFolder()
    let line = String(repeating: "a", count: 5_000) + "X" + String(repeating: "b", count: 5_000)
    let path = try folder.write("karta.yaml", "\(line)\n")
    let lines = format(
      Diagnostic(
        .error, rule: "text-too-long", message: "too long",
        location: Samverkan.SourceLocation(file: path, line: 1, column: 5_001)))
    let quoted = String(lines[2].dropFirst("1 | ".count))
    #expect(quoted.hasPrefix("…"))
    #expect(quoted.hasSuffix("…"))
    #expect(quoted.count <= DiagnosticFormatter.excerptWidth + 2)
    let caret = String(lines[3].dropFirst("  | ".count))
    let xOffset = quoted.distance(
      from: quoted.startIndex, to: try #require(quoted.firstIndex(of: "X")))
    #expect(caret == String(repeating: " ", count: xOffset) + "^")
  }

  @Test("a device named in a diagnostic is not read: the hint stands alone")
  func device() {
    let lines = format(
      Diagnostic(
        .error, rule: "unreadable-file", message: "not a regular file",
        location: Samverkan.SourceLocation(file: "/dev/zero", line: 1, column: 1),
        hint: "name a file"))
    #expect(
      lines == ["/dev/zero:1:1: error[unreadable-file]: not a regular file", "  tips: name a file"])
    let english = Language.$override.withValue(.english) {
      format(
        Diagnostic(
          .error, rule: "unreadable-file", message: "not a regular file",
          location: Samverkan.SourceLocation(file: "/dev/zero", line: 1, column: 1),
          hint: "name a file"))
    }
    #expect(english.last == "  hint: name a file")
  }
}
