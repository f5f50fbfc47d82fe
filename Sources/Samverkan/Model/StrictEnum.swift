import Foundation

/// A closed set of values in a map file; an unknown value is an error that lists the valid ones.
///
/// A map may write each value in English, as its `rawValue`, or in Swedish, as one of its
/// `aliases`; either is read regardless of case and diacritics, with a hyphen the same as a space
/// (`Vårdbegäran`, `vardbegaran`, `kallelse-till-sip`). A value is always encoded in English.
public protocol StrictEnum: RawRepresentable, CaseIterable, Codable, Sendable, Hashable
where RawValue == String {
  /// What the value is called in error messages, in the current language: "sektor", or "sector".
  static var noun: String { get }
  /// The Swedish words a map file may write for each value, in the spelling `Maps/README.md` and
  /// the JSON Schema show.
  ///
  /// They are part of the file format, not a translation: they stay as they are whatever the
  /// catalogue's words for the values become, or maps written with them would no longer load.
  static var aliases: [Self: [String]] { get }
}

extension StrictEnum {
  /// The value a map file means by `text`: a raw value or an alias, read regardless of case,
  /// diacritics and hyphens; nil for anything else.
  public init?(mapWord text: String) {
    if let value = Self(rawValue: text) {
      self = value
      return
    }
    let wanted = Self.folded(text)
    let aliases = Self.aliases
    guard
      let value = Self.allCases.first(where: { value in
        Self.folded(value.rawValue) == wanted
          || aliases[value, default: []].contains { Self.folded($0) == wanted }
      })
    else { return nil }
    self = value
  }

  /// Every Swedish word for the values, in the order of `allCases`.
  public static var allAliases: [String] {
    let aliases = Self.aliases
    return allCases.flatMap { aliases[$0, default: []] }
  }

  /// `text` as map words are compared: lowercase, without diacritics, a hyphen as a space, runs
  /// of spaces as one.
  static func folded(_ text: String) -> String {
    text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
      .replacingOccurrences(of: "-", with: " ")
      .split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// The message for a word that is no value: the word, the nearest value when it looks like a
  /// typo, and the English and Swedish values.
  static func unknownValueMessage(_ text: String) -> String {
    let english = allCases.map(\.rawValue)
    let swedish = allAliases
    let candidates = english + swedish
    let near = folded(text).closestMatch(in: candidates.map(folded)).flatMap { match in
      candidates.first { folded($0) == match }
    }
    var message = L10n.diagnostics("enum.unknown", noun, text)
    if let near { message += L10n.diagnostics("enum.did-you-mean", near) }
    return message
      + L10n.diagnostics(
        "enum.expected", english.joined(separator: ", "), swedish.joined(separator: ", "))
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let raw = try container.decode(String.self)
    guard let value = Self(mapWord: raw) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: Self.unknownValueMessage(raw))
    }
    self = value
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}
