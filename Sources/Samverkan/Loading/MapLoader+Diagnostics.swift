import Yams

extension MapLoader {
  /// A YAML syntax error as a positioned diagnostic.
  static func diagnostic(for error: YamlError, file: String) -> Diagnostic {
    func at(_ mark: Mark) -> SourceLocation {
      SourceLocation(file: file, line: mark.line, column: mark.column)
    }
    let hint = "fix the YAML syntax here; indentation and ':' after keys are the usual causes"
    switch error {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let message = [context?.text, problem].compactMap { $0 }.joined(separator: ", ")
      return Diagnostic(
        .error, rule: "yaml-syntax", message: message, location: at(mark), hint: hint)
    case .duplicatedKeysInMapping(let duplicates, let context):
      let keys = duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")
      return Diagnostic(
        .error, rule: "duplicate-key", message: "key \(keys) appears twice in one mapping",
        location: at(context.mark), hint: "keep one of them; YAML would silently drop the other")
    case .reader(let problem, let offset, _, let yaml):
      let location = offset.map { position(ofCharacter: $0, in: yaml, file: file) }
      return Diagnostic(
        .error, rule: "yaml-syntax", message: problem, location: location,
        hint: "remove control characters and save the file as UTF-8")
    default:
      return Diagnostic(
        .error, rule: "yaml-syntax", message: "\(error)",
        location: SourceLocation(file: file, line: 1, column: 1))
    }
  }

  /// A decoding error (wrong type, missing key, bad value) as a positioned diagnostic.
  static func diagnostic(for error: DecodingError, positions: YAMLPositions) -> Diagnostic {
    switch error {
    case .keyNotFound(let key, let context):
      return Diagnostic(
        .error, rule: "missing-key", message: "missing required key '\(key.stringValue)'",
        location: positions.location(at: context.codingPath),
        hint: "add '\(key.stringValue):' here; Maps/README.md lists the required keys")
    case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
      return Diagnostic(
        .error, rule: "wrong-type",
        message: "'\(dottedPath(context.codingPath))' should be \(describe(type))",
        location: positions.location(at: context.codingPath),
        hint: "Maps/README.md shows the form of each key")
    case .dataCorrupted(let context):
      return Diagnostic(
        .error, rule: "invalid-value", message: context.debugDescription,
        location: positions.location(at: context.codingPath))
    @unknown default:
      return Diagnostic(.error, rule: "invalid-value", message: "\(error)")
    }
  }

  private static func describe(_ type: Any.Type) -> String {
    // Yams names the YAML node it expected (Node.Sequence, Node.Mapping, Node.Scalar); Swift's
    // own decoding names the Swift type.
    switch "\(type)" {
    case "String", "Scalar": "a text"
    case "Int": "a whole number"
    case "Bool": "true or false"
    case "Sequence": "a list"
    case let name where name.hasPrefix("Array"): "a list"
    default: "a mapping of keys to values"
    }
  }

  private static func dottedPath(_ path: [any CodingKey]) -> String {
    path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
      .trimmingPrefix(".").description
  }

  private static func position(ofCharacter offset: Int, in text: String, file: String)
    -> SourceLocation
  {
    var line = 1
    var column = 1
    for character in text.prefix(offset) {
      if character.isNewline {
        line += 1
        column = 1
      } else {
        column += character.unicodeScalars.count
      }
    }
    return SourceLocation(file: file, line: line, column: column)
  }
}
