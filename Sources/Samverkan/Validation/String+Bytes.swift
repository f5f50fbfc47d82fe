extension String {
  /// Whether the text's UTF-8 holds `ascii`'s bytes in a row: a cheap test that must pass before
  /// a citation can name `ascii` at all (an ASCII word found as characters is found as bytes), so
  /// a rule asks it first and reads the text character by character only when it passes.
  func mayMention(_ ascii: StaticString) -> Bool {
    let needle = UnsafeBufferPointer(start: ascii.utf8Start, count: ascii.utf8CodeUnitCount)
    guard let first = needle.first else { return true }
    var utf8 = Substring(self).utf8
    while let start = utf8.firstIndex(of: first) {
      if utf8[start...].starts(with: needle) { return true }
      utf8 = utf8[utf8.index(after: start)...]
    }
    return false
  }
}
