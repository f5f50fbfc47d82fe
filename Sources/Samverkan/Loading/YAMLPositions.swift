/// Finds where in a YAML tree a value was written, to give every error its line and column.
struct YAMLPositions {
  let file: String
  let root: YAMLNode

  /// The location of a node's first character.
  func location(of node: YAMLNode) -> SourceLocation {
    SourceLocation(file: file, line: node.line, column: node.column)
  }

  /// The location of the value at `path`, or of its key when `pointAtKey` is set.
  ///
  /// Stops at the deepest node that exists, so a missing key points at the mapping that lacks it.
  func location(at path: [any CodingKey], pointAtKey: Bool = false) -> SourceLocation {
    var node = root
    var keyNode: YAMLNode?
    for key in path {
      if let index = key.intValue, let sequence = node.sequence, sequence.indices.contains(index) {
        node = sequence[index]
        keyNode = nil
      } else if let mapping = node.mapping,
        let pair = mapping.first(where: { $0.key.string == key.stringValue })
      {
        node = pair.value
        keyNode = pair.key
      } else {
        break
      }
    }
    return location(of: pointAtKey ? keyNode ?? node : node)
  }

  /// The text of the scalar at `path`, or nil when the path leads elsewhere.
  func scalar(at path: [any CodingKey]) -> String? {
    var node = root
    for key in path {
      if let index = key.intValue, let sequence = node.sequence, sequence.indices.contains(index) {
        node = sequence[index]
      } else if let value = node.mapping?.first(where: { $0.key.string == key.stringValue })?.value
      {
        node = value
      } else {
        return nil
      }
    }
    return node.string
  }

  /// The anchor of the mapping at `path`: its own position and the position of each value.
  func anchor(at path: [PathKey]) -> SourceAnchor {
    anchor(of: node(at: path))
  }

  /// The node at `path` from `start` (the root by default); a key or index that is not there is
  /// passed over, so the path a + b leads where b leads from the node at a.
  func node(at path: [PathKey], from start: YAMLNode? = nil) -> YAMLNode {
    var node = start ?? root
    for key in path {
      if let index = key.intValue, let sequence = node.sequence, sequence.indices.contains(index) {
        node = sequence[index]
      } else if let value = node.mapping?.first(where: { $0.key.string == key.stringValue })?.value
      {
        node = value
      }
    }
    return node
  }

  /// The anchors of the first `count` items of the list at `path`, as `anchor(at:)` finds each
  /// (`path` + its index) but with the path walked once.
  func anchors(ofItemsAt path: [PathKey], count: Int) -> [SourceAnchor] {
    let list = node(at: path)
    return (0..<count).map { anchor(of: node(at: [PathKey($0)], from: list)) }
  }

  /// A mapping's anchor: its own position and the position of each value.
  func anchor(of node: YAMLNode) -> SourceAnchor {
    let pairs = node.mapping ?? []
    var fields: [String: SourceLocation] = [:]
    fields.reserveCapacity(pairs.count)
    for pair in pairs {
      if let key = pair.key.string { fields[key] = location(of: pair.value) }
    }
    return SourceAnchor(element: location(of: node), fields: fields)
  }
}

/// A path segment for `YAMLPositions`: a key in a mapping or an index in a sequence.
struct PathKey: CodingKey {
  var stringValue: String
  var intValue: Int?
  init(stringValue: String) { self.stringValue = stringValue }
  init(intValue: Int) {
    self.stringValue = String(intValue)
    self.intValue = intValue
  }
  init(_ key: String) { self.init(stringValue: key) }
  init(_ index: Int) { self.init(intValue: index) }
}
