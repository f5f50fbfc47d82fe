import Foundation
import Samverkan

/// The fields of a query string or a form body (`application/x-www-form-urlencoded`), read
/// strictly: a bad percent escape, a field without a name or more than `maxFields` fields is a
/// 400, never a guess. The first of repeated fields counts.
struct WebQuery: Sendable {
  private var fields: [(name: String, value: String)] = []

  static let maxFields = 32

  init(_ encoded: String?) throws {
    guard let encoded, !encoded.isEmpty else { return }
    let parts = encoded.split(separator: "&", omittingEmptySubsequences: true)
    guard parts.count <= Self.maxFields else {
      throw WebError(.badRequest, L10n.report("web.error.fields", String(Self.maxFields)))
    }
    for part in parts {
      let pair = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      guard let name = Self.decode(pair[0]), !name.isEmpty,
        let value = pair.count > 1 ? Self.decode(pair[1]) : ""
      else { throw WebError(.badRequest, L10n.report("web.error.malformed-query")) }
      fields.append((name, value))
    }
  }

  /// The field's value with surrounding whitespace taken off; nil when absent or empty.
  subscript(_ name: String) -> String? {
    guard let value = fields.first(where: { $0.name == name })?.value else { return nil }
    let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
    return trimmed.isEmpty ? nil : trimmed
  }

  /// The field's value as it came, untrimmed; nil when absent.
  func raw(_ name: String) -> String? { fields.first(where: { $0.name == name })?.value }

  /// Whether any field is given.
  var isEmpty: Bool { fields.isEmpty }

  /// `+` as a space, then percent escapes; nil for a bad escape, text that is not UTF-8, or a
  /// control character other than a line break or tab.
  private static func decode(_ text: Substring) -> String? {
    let spaced = text.replacingOccurrences(of: "+", with: " ")
    guard let decoded = spaced.removingPercentEncoding else { return nil }
    let allowed: Set<Unicode.Scalar> = ["\n", "\r", "\t"]
    if decoded.unicodeScalars.contains(where: {
      $0.properties.generalCategory == .control && !allowed.contains($0)
    }) {
      return nil
    }
    return decoded
  }
}
