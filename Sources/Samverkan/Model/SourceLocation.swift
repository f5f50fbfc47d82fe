/// A position in a map file: 1-based line and column (columns count Unicode scalars).
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int

  public init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }

  public var description: String { "\(file):\(line):\(column)" }
}

/// Where an element of a map was written: its own position and the position of each of its values.
public struct SourceAnchor: Sendable, Hashable {
  public var element: SourceLocation
  public var fields: [String: SourceLocation]

  public init(element: SourceLocation, fields: [String: SourceLocation] = [:]) {
    self.element = element
    self.fields = fields
  }

  /// The position of one key's value, or of the element when the key is absent.
  public func location(of field: String) -> SourceLocation { fields[field] ?? element }
}
