import Foundation
import Yams

/// Decodes `Decodable` values from a composed YAML tree, as Yams' `YAMLDecoder` does, faster.
///
/// `YAMLDecoder` finds each key by a linear scan that builds a key node per lookup, and asks the
/// runtime for every type whether it is a scalar type; on the national model that was four fifths
/// of loading. Here each mapping is indexed once and scalars are read through the concrete methods
/// `Decodable` calls. Values mean what they mean to Yams: scalars are read with Yams' own
/// constructors, merge keys (`<<`) are merged the same way, and failures are the same
/// `DecodingError`s at the same coding paths.
struct NodeDecoder {
  func decode<T: Decodable>(_ type: T.Type, from node: Node) throws -> T {
    try T(from: NodeDecoding(node: node, codingPath: []))
  }
}

/// One node being decoded, at a coding path.
struct NodeDecoding: Decoder, SingleValueDecodingContainer {
  let node: Node
  let codingPath: [any CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    guard let mapping = node.mapping else { throw mismatch(Node.Mapping.self) }
    return KeyedDecodingContainer(
      KeyedNodeContainer<Key>(index: MappingIndex(mapping), codingPath: codingPath))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    guard let sequence = node.sequence else { throw mismatch(Node.Sequence.self) }
    return UnkeyedNodeContainer(sequence: sequence, codingPath: codingPath)
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

  /// A keyed container that refuses every key not in `known` with an `UnknownKeyError`.
  func container<Key: CodingKey>(
    keyedBy type: Key.Type, knowing known: [String]
  ) throws -> KeyedDecodingContainer<Key> {
    guard let mapping = node.mapping else { throw mismatch(Node.Mapping.self) }
    let index = MappingIndex(mapping)
    for key in index.keys where !known.contains(key) {
      throw UnknownKeyError(
        codingPath: codingPath + [AnyCodingKey(stringValue: key)], key: key, known: known)
    }
    return KeyedDecodingContainer(KeyedNodeContainer<Key>(index: index, codingPath: codingPath))
  }

  // MARK: Single values

  func decodeNil() -> Bool {
    guard case .scalar(let scalar) = node else { return false }
    return NSNull.construct(from: scalar) != nil
  }

  /// `true` or `false` only, as YAML 1.2 and the JSON Schema read them: YAML 1.1's `yes`, `no`,
  /// `on`, `off`, `y` and `n`, which Yams would take for booleans, are refused with a message, and
  /// so is a quoted `"true"`, which is text.
  func decode(_ type: Bool.Type) throws -> Bool {
    guard case .scalar(let scalar) = node else { throw mismatch(Node.Scalar.self) }
    guard scalar.style == .plain, ["true", "false"].contains(scalar.string.lowercased()) else {
      if scalar.style == .plain,
        ["yes", "no", "on", "off", "y", "n"].contains(scalar.string.lowercased())
      {
        let yes = ["yes", "on", "y"].contains(scalar.string.lowercased())
        throw invalid(
          L10n.diagnostics(
            yes ? "load.bool-yaml11-true" : "load.bool-yaml11-false",
            MapLoader.dottedPath(codingPath), scalar.string))
      }
      throw mismatch(type)
    }
    return scalar.string.lowercased() == "true"
  }

  /// Text; a bare `~` or `null`, which YAML reads as no value, is refused rather than taken for
  /// the text "~".
  func decode(_ type: String.Type) throws -> String {
    if case .scalar(let scalar) = node, scalar.style == .plain,
      ["~", "null"].contains(scalar.string.lowercased())
    {
      throw invalid(
        L10n.diagnostics("load.text-is-null", MapLoader.dottedPath(codingPath), scalar.string))
    }
    return try scalar(type)
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

  /// The node's scalar read by Yams' constructor for `T`; a number written in quotes is text,
  /// and is refused as such.
  private func scalar<T: ScalarConstructible>(_ type: T.Type) throws -> T {
    guard case .scalar(let scalar) = node else { throw mismatch(Node.Scalar.self) }
    if T.self != String.self, scalar.style != .plain {
      throw invalid(L10n.diagnostics("load.number-in-quotes", MapLoader.dottedPath(codingPath)))
    }
    guard let value = T.construct(from: scalar) else { throw mismatch(type) }
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
private struct MappingIndex {
  var keys: [String] = []
  var values: [String: Node] = [:]

  init(_ mapping: Node.Mapping) {
    let merged = Self.hasMergeKey(mapping) ? Self.flattened(mapping) : Array(mapping)
    values.reserveCapacity(merged.count)
    // As in Yams, the last pair with a key counts.
    for pair in merged {
      guard let key = pair.key.string else { continue }
      if values.updateValue(pair.value, forKey: key) == nil { keys.append(key) }
    }
  }

  private static func hasMergeKey(_ mapping: Node.Mapping) -> Bool {
    mapping.contains {
      $0.key.scalar?.string == "<<" && $0.key.tag.rawValue == Tag.Name.merge.rawValue
    }
  }

  /// The pairs of a mapping with each merge key replaced by the pairs it names, put before the
  /// mapping's own so that its own keys win.
  private static func flattened(_ mapping: Node.Mapping) -> [(key: Node, value: Node)] {
    var own: [(key: Node, value: Node)] = []
    var merged: [(key: Node, value: Node)] = []
    for pair in mapping {
      guard pair.key.tag.rawValue == Tag.Name.merge.rawValue else {
        own.append(pair)
        continue
      }
      switch pair.value {
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

  func contains(_ key: Key) -> Bool { index.values[key.stringValue] != nil }

  private func decoder(for key: any CodingKey) throws -> NodeDecoding {
    guard let node = index.values[key.stringValue] else {
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
    guard let node = index.values[key.stringValue] else { return nil }
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
  let sequence: Node.Sequence
  let codingPath: [any CodingKey]
  private(set) var currentIndex = 0

  init(sequence: Node.Sequence, codingPath: [any CodingKey]) {
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
    try next(Node.Sequence.self).unkeyedContainer()
  }

  mutating func superDecoder() throws -> any Decoder { try next(Node.self) }
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
