import Foundation

extension JSONEncoder {
  /// The encoder for every JSON samverkan writes: indented, keys sorted, slashes left alone, so
  /// the same input gives the same bytes.
  public static var stable: JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return encoder
  }
}
