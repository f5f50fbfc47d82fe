import Synchronization

/// A coding key for any string, used to find keys a type does not know.
struct AnyCodingKey: CodingKey {
  var stringValue: String
  var intValue: Int? { nil }
  init(stringValue: String) { self.stringValue = stringValue }
  init?(intValue: Int) { nil }
}

/// A map file has a key its schema does not know: most often a typo.
struct UnknownKeyError: Error {
  var codingPath: [any CodingKey]
  var key: String
  var known: [String]
}

/// The names of the cases of each key type that strict containers have used, listed once.
private let caseNameLists = Mutex<[ObjectIdentifier: [String]]>([:])

extension CaseIterable where Self: CodingKey {
  /// The names of all cases, as a map file writes them; listed once per type, since listing
  /// them costs more than the lookup of a list made before.
  static var caseNames: [String] {
    caseNameLists.withLock { names in
      if let known = names[ObjectIdentifier(Self.self)] { return known }
      let known = allCases.map { $0.stringValue }
      names[ObjectIdentifier(Self.self)] = known
      return known
    }
  }
}

extension Decoder {
  /// A keyed container that rejects every key `Keys` does not list, so typos never pass silently.
  func strictContainer<Keys: CodingKey & CaseIterable>(
    keyedBy type: Keys.Type
  ) throws -> KeyedDecodingContainer<Keys> {
    // The map loader's decoder checks the keys on the one pass that indexes the mapping.
    if let decoding = self as? NodeDecoding {
      return try decoding.strictContainer(keyedBy: type)
    }
    let known = Keys.caseNames
    for key in try container(keyedBy: AnyCodingKey.self).allKeys
    where !known.contains(key.stringValue) {
      throw UnknownKeyError(codingPath: codingPath + [key], key: key.stringValue, known: known)
    }
    return try container(keyedBy: type)
  }
}

extension KeyedDecodingContainer {
  /// Decodes an optional value, or returns `fallback` when the key is absent.
  func decode<T: Decodable>(_ type: T.Type, forKey key: Key, default fallback: T) throws -> T {
    try decodeIfPresent(type, forKey: key) ?? fallback
  }

  /// Decodes an id: lowercase letters, digits and hyphens, starting with a letter or digit.
  func decodeID(forKey key: Key) throws -> String {
    let id = try decode(String.self, forKey: key)
    let allowed = id.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
    }
    guard allowed, let first = id.first, first != "-", id.count <= 80 else {
      throw invalid(
        key, L10n.diagnostics("load.id-not-kebab-case", id))
    }
    return id
  }

  /// Decodes text that must say something: an empty or blank value is an error.
  func decodeText(forKey key: Key) throws -> String {
    let text = try decode(String.self, forKey: key)
    if text.allSatisfy(\.isWhitespace) {
      throw invalid(key, L10n.diagnostics("load.empty-text", key.stringValue))
    }
    return text
  }

  /// Decodes an optional web address a reader may follow: `https://` and nothing that could hide
  /// another scheme or break out of an attribute (spaces, control characters, quotes, `<`, `>`).
  func decodeLinkIfPresent(forKey key: Key) throws -> String? {
    guard let link = try decodeIfPresent(String.self, forKey: key) else { return nil }
    let hiding = link.unicodeScalars.contains {
      $0.properties.isWhitespace || $0.properties.generalCategory == .control
        || "\"'<>\\`".unicodeScalars.contains($0)
    }
    guard !hiding, link.lowercased().hasPrefix("https://") else {
      throw invalid(key, L10n.diagnostics("load.link-not-https", key.stringValue))
    }
    return link
  }

  /// Throws a positioned error for the value under `key`.
  func invalid(_ key: Key, _ message: String) -> DecodingError {
    DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: message)
  }
}
