import Foundation
import Testing

@testable import Samverkan

/// Numbers in a map are read by Yams' constructors, with the meanings YAML 1.1 gives plain
/// numbers (signs, `0x`, `0o`, a leading `0`, `_` between digits, `:` for base 60, `.inf`); a
/// number in quotes is text. The expected values are what those constructors give.
@Suite("Numbers: plain numbers mean what they meant to Yams, quoted ones are refused")
struct NumberReadingTests {
  private func read<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
    try decodeYAML(
      type, text: text, shownAs: "tal.yaml", limits: LoadLimits(), emptyHint: "tom"
    ).0
  }

  @Test("whole numbers in every form YAML 1.1 writes them")
  func wholeNumbers() throws {
    let text = """
      plain: 13
      plus: +13
      minus: -13
      hex: 0x0D
      octal: 0o15
      leading-zero: 015
      binary: 0b1101
      underscores: 1_3
      base-sixty: 1:13
      zero: 0
      """
    let numbers = try read([String: Int].self, text)
    #expect(
      numbers == [
        "plain": 13, "plus": 13, "minus": -13, "hex": 13, "octal": 13, "leading-zero": 13,
        "binary": 13, "underscores": 13, "base-sixty": 73, "zero": 0,
      ])
  }

  @Test("decimals, base 60 and infinity")
  func decimals() throws {
    let numbers = try read(
      [String: Double].self, "half: 1.5\nexponent: 15e-1\nbase-sixty: 1:30\ninfinite: .inf\n")
    #expect(numbers == ["half": 1.5, "exponent": 1.5, "base-sixty": 90, "infinite": .infinity])
  }

  @Test("a quoted number is text, and a word is no number")
  func refused() {
    #expect(throws: (any Error).self) { try read([String: Int].self, "age: \"13\"\n") }
    #expect(throws: (any Error).self) { try read([String: Int].self, "age: tretton\n") }
    #expect(throws: (any Error).self) { try read([String: UInt].self, "age: -1\n") }
  }
}
