import Foundation
import Yams

/// Decodes `Decodable` values from the loader's YAML nodes (`YAMLNode`), as Yams' `YAMLDecoder`
/// would from its own.
///
/// Each mapping is indexed once and scalars are read through the concrete methods `Decodable`
/// calls. Values mean what they mean to Yams: numbers are read with Yams' own constructors, merge
/// keys (`<<`) are merged the same way, and failures are the same `DecodingError`s at the same
/// coding paths.
struct NodeDecoder {
  func decode<T: Decodable>(_ type: T.Type, from node: YAMLNode) throws -> T {
    try T(from: NodeDecoding(node: node, codingPath: []))
  }
}

/// One node being decoded, at a coding path.
struct NodeDecoding: Decoder, SingleValueDecodingContainer {
  let node: YAMLNode
  let codingPath: [any CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    guard let mapping = node.mapping else { throw mismatch(YAMLNode.Mapping.self) }
    return KeyedDecodingContainer(
      KeyedNodeContainer<Key>(index: MappingIndex(mapping), codingPath: codingPath))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    guard let sequence = node.sequence else { throw mismatch(YAMLNode.Sequence.self) }
    return UnkeyedNodeContainer(sequence: sequence, codingPath: codingPath)
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

  /// A keyed container that refuses every key `Key` has no case for with an `UnknownKeyError`.
  func strictContainer<Key: CodingKey & CaseIterable>(
    keyedBy type: Key.Type
  ) throws -> KeyedDecodingContainer<Key> {
    guard let mapping = node.mapping else { throw mismatch(YAMLNode.Mapping.self) }
    let index = MappingIndex(mapping)
    let known = Key.caseNames
    if let key = index.keys.first(where: { !known.contains($0) }) {
      throw UnknownKeyError(
        codingPath: codingPath + [AnyCodingKey(stringValue: key)], key: key, known: known)
    }
    return KeyedDecodingContainer(KeyedNodeContainer<Key>(index: index, codingPath: codingPath))
  }

  // MARK: Single values

  func decodeNil() -> Bool {
    guard let scalar = node.scalar, scalar.isPlain else { return false }
    switch scalar.string {
    case "", "~", "null", "Null", "NULL": return true
    default: return false
    }
  }

  /// `true` or `false` only, as YAML 1.2 and the JSON Schema read them: YAML 1.1's `yes`, `no`,
  /// `on`, `off`, `y` and `n`, which Yams would take for booleans, are refused with a message, and
  /// so is a quoted `"true"`, which is text.
  func decode(_ type: Bool.Type) throws -> Bool {
    guard let scalar = node.scalar else { throw mismatch(YAMLNode.Scalar.self) }
    let word = scalar.isPlain ? Self.shortWord(scalar.string) : nil
    switch word {
    case "true": return true
    case "false": return false
    case "yes", "on", "y", "no", "off", "n":
      let yes = word == "yes" || word == "on" || word == "y"
      throw invalid(
        L10n.diagnostics(
          yes ? "load.bool-yaml11-true" : "load.bool-yaml11-false",
          MapLoader.dottedPath(codingPath), scalar.string))
    default: throw mismatch(type)
    }
  }

  /// Text; a bare `~` or `null`, which YAML reads as no value, is refused rather than taken for
  /// the text "~".
  func decode(_ type: String.Type) throws -> String {
    guard let scalar = node.scalar else { throw mismatch(YAMLNode.Scalar.self) }
    if scalar.isPlain, let word = Self.shortWord(scalar.string), word == "~" || word == "null" {
      throw invalid(
        L10n.diagnostics("load.text-is-null", MapLoader.dottedPath(codingPath), scalar.string))
    }
    return scalar.string
  }

  /// A text of at most five bytes in lowercase, to be compared with YAML's words for true,
  /// false and null (`false` is the longest); nil for a longer text, which is none of them:
  /// no character of two or more bytes lowercases to one of their letters, so lowercasing
  /// never shortens a longer text to one of them.
  private static func shortWord(_ text: String) -> String? {
    text.utf8.count <= 5 ? text.lowercased() : nil
  }
  func decode(_ type: Double.Type) throws -> Double { try scalar(type) }
  func decode(_ type: Float.Type) throws -> Float { try scalar(type) }
  func decode(_ type: Int.Type) throws -> Int { try scalar(type) }
  func decode(_ type: Int8.Type) throws -> Int8 { try scalar(type) }
  func decode(_ type: Int16.Type) throws -> Int16 { try scalar(type) }
  func decode(_ type: Int32.Type) throws -> Int32 { try scalar(type) }
  func decode(_ type: Int64.Type) throws -> Int64 { try scalar(type) }
  func decode(_ type: UInt.Type) throws -> UInt { try scalar(type) }
  func decode(_ type: UInt8.Type) throws -> UInt8 { try scalar(type) }
  func decode(_ type: UInt16.Type) throws -> UInt16 { try scalar(type) }
  func decode(_ type: UInt32.Type) throws -> UInt32 { try scalar(type) }
  func decode(_ type: UInt64.Type) throws -> UInt64 { try scalar(type) }

  func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: self) }

  /// The node's scalar read as a number by Yams' constructor for `T`; a number written in
  /// quotes is text, and is refused as such. The constructors read only the text and its style,
  /// never the tag's resolver, so the resolver without rules does: `Tag.implicit` would compile
  /// the default resolver's regular expressions on first use, a quarter of loading one map.
  private func scalar<T: ScalarConstructible>(_ type: T.Type) throws -> T {
    guard let scalar = node.scalar else { throw mismatch(YAMLNode.Scalar.self) }
    guard scalar.isPlain else {
      throw invalid(L10n.diagnostics("load.number-in-quotes", MapLoader.dottedPath(codingPath)))
    }
    guard let value = T.construct(from: Node.Scalar(scalar.string, Tag(.implicit, .basic), .plain))
    else {
      throw mismatch(type)
    }
    return value
  }

  private func invalid(_ message: String) -> DecodingError {
    .dataCorrupted(.init(codingPath: codingPath, debugDescription: message))
  }

  private func mismatch(_ expected: Any.Type) -> DecodingError {
    .typeMismatch(
      expected,
      .init(
        codingPath: codingPath, debugDescription: "Expected to decode \(expected) but found \(node)"
      ))
  }
}

/// A mapping's values by key, merge keys merged the way Yams merges them.
///
/// A map's mappings hold a handful of keys and are asked for a handful, so a small one is
/// searched key by key, which costs less than hashing its keys; a large one is hashed.
private struct MappingIndex {
  /// The keys, each once, in the order they first appear.
  private(set) var keys: [String] = []
  /// The value of each key in `keys`.
  private var values: [YAMLNode] = []
  /// For a mapping of more than `searchedSize` pairs, the position of each key in `keys`.
  private var positions: [String: Int]?
  private static let searchedSize = 16

  init(_ mapping: [YAMLNode.Pair]) {
    let merged = Self.hasMergeKey(mapping) ? Self.flattened(mapping) : mapping
    keys.reserveCapacity(merged.count)
    values.reserveCapacity(merged.count)
    if merged.count > Self.searchedSize { positions = Dictionary(minimumCapacity: merged.count) }
    for pair in merged {
      guard let key = pair.key.string else { continue }
      // As in Yams, the last pair with a key counts.
      if let position = position(of: key) {
        values[position] = pair.value
      } else {
        positions?[key] = keys.count
        keys.append(key)
        values.append(pair.value)
      }
    }
  }

  /// The value of `key`; nil when the mapping has no such key.
  subscript(key: String) -> YAMLNode? {
    position(of: key).map { values[$0] }
  }

  private func position(of key: String) -> Int? {
    if let positions { return positions[key] }
    return keys.firstIndex(of: key)
  }

  private static func hasMergeKey(_ mapping: [YAMLNode.Pair]) -> Bool {
    mapping.contains { $0.key.scalar?.tag == .merge }
  }

  /// The pairs of a mapping with each merge key replaced by the pairs it names, put before the
  /// mapping's own so that its own keys win.
  private static func flattened(_ mapping: [YAMLNode.Pair]) -> [YAMLNode.Pair] {
    var own: [YAMLNode.Pair] = []
    var merged: [YAMLNode.Pair] = []
    for pair in mapping {
      guard pair.key.scalar?.tag == .merge else {
        own.append(pair)
        continue
      }
      switch pair.value.content {
      case .mapping(let inner):
        merged += flattened(inner)
      case .sequence(let sequence):
        for inner in sequence.compactMap(\.mapping).reversed() { merged += flattened(inner) }
      default:
        break
      }
    }
    return merged + own
  }
}

private struct KeyedNodeContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
  let index: MappingIndex
  let codingPath: [any CodingKey]

  var allKeys: [Key] { index.keys.compactMap(Key.init(stringValue:)) }

  func contains(_ key: Key) -> Bool { index[key.stringValue] != nil }

  private func decoder(for key: any CodingKey) throws -> NodeDecoding {
    guard let node = index[key.stringValue] else {
      throw DecodingError.keyNotFound(
        key,
        .init(
          codingPath: codingPath,
          debugDescription: "No value associated with key \(key) (\"\(key.stringValue)\")."))
    }
    return NodeDecoding(node: node, codingPath: codingPath + [key])
  }

  func decodeNil(forKey key: Key) throws -> Bool { try decoder(for: key).decodeNil() }
  func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
    try decoder(for: key).decode(type)
  }
  func decode(_ type: String.Type, forKey key: Key) throws -> String {
    try decoder(for: key).decode(type)
  }
  func decode(_ type: Double.Type, forKey key: Key) throws -> Double {
    try decoder(for: key).decode(type)
  }
  func decode(_ type: Float.Type, forKey key: Key) throws -> Float {
    try decoder(for: key).decode(type)
  }
  func decode(_ type: Int.Type, forKey key: Key) throws -> Int {
    try decoder(for: key).decode(type)
  }
  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
    try T(from: decoder(for: key))
  }

  // One lookup for an optional value, where the defaults take three.
  func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
    try optional(key)?.decode(type)
  }
  func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
    try optional(key)?.decode(type)
  }
  func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
    try optional(key)?.decode(type)
  }
  func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
    try optional(key).map { try T(from: $0) }
  }

  /// The decoder of the value under `key`, nil when the key is absent or its value is null.
  private func optional(_ key: Key) -> NodeDecoding? {
    guard let node = index[key.stringValue] else { return nil }
    let decoder = NodeDecoding(node: node, codingPath: codingPath + [key])
    return decoder.decodeNil() ? nil : decoder
  }

  func nestedContainer<NestedKey: CodingKey>(
    keyedBy type: NestedKey.Type, forKey key: Key
  ) throws -> KeyedDecodingContainer<NestedKey> {
    try decoder(for: key).container(keyedBy: type)
  }

  func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
    try decoder(for: key).unkeyedContainer()
  }

  func superDecoder() throws -> any Decoder { try decoder(for: IndexKey.superKey) }
  func superDecoder(forKey key: Key) throws -> any Decoder { try decoder(for: key) }
}

private struct UnkeyedNodeContainer: UnkeyedDecodingContainer {
  let sequence: [YAMLNode]
  let codingPath: [any CodingKey]
  private(set) var currentIndex = 0

  init(sequence: [YAMLNode], codingPath: [any CodingKey]) {
    self.sequence = sequence
    self.codingPath = codingPath
  }

  var count: Int? { sequence.count }
  var isAtEnd: Bool { currentIndex >= sequence.count }

  /// The decoder of the next element; moves past it.
  private mutating func next(_ type: Any.Type) throws -> NodeDecoding {
    let key = IndexKey(intValue: currentIndex)
    guard !isAtEnd else {
      throw DecodingError.valueNotFound(
        type,
        .init(codingPath: codingPath + [key], debugDescription: "Unkeyed container is at end."))
    }
    let decoder = NodeDecoding(node: sequence[currentIndex], codingPath: codingPath + [key])
    currentIndex += 1
    return decoder
  }

  mutating func decodeNil() throws -> Bool {
    guard !isAtEnd else { return try next(Any?.self).decodeNil() }
    let isNil = NodeDecoding(node: sequence[currentIndex], codingPath: codingPath).decodeNil()
    if isNil { currentIndex += 1 }
    return isNil
  }

  mutating func decode(_ type: Bool.Type) throws -> Bool { try next(type).decode(type) }
  mutating func decode(_ type: String.Type) throws -> String { try next(type).decode(type) }
  mutating func decode(_ type: Double.Type) throws -> Double { try next(type).decode(type) }
  mutating func decode(_ type: Int.Type) throws -> Int { try next(type).decode(type) }
  mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: next(type)) }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy type: NestedKey.Type
  ) throws -> KeyedDecodingContainer<NestedKey> {
    try next(type).container(keyedBy: type)
  }

  mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
    try next(YAMLNode.Sequence.self).unkeyedContainer()
  }

  mutating func superDecoder() throws -> any Decoder { try next(YAMLNode.self) }
}

/// The coding key of a list element, and of a keyed container's `super`.
private struct IndexKey: CodingKey {
  var stringValue: String
  var intValue: Int?

  init(intValue: Int) {
    stringValue = "Index \(intValue)"
    self.intValue = intValue
  }

  init(stringValue: String) {
    self.stringValue = stringValue
    intValue = nil
  }

  static let superKey = IndexKey(stringValue: "super")
}
