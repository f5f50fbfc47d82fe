extension MapLoader {
  /// A YAML syntax error as a positioned diagnostic.
  static func diagnostic(for error: YAMLReadError, in text: String, file: String) -> Diagnostic {
    switch error {
    case .syntax(let context, let problem, let mark):
      return syntaxDiagnostic(context: context, problem: problem, at: mark, in: text, file: file)
    case .duplicateKeys(let duplicates, let mark):
      let keys = duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")
      return Diagnostic(
        .error, rule: "duplicate-key", message: L10n.diagnostics("load.duplicate-key", keys),
        location: SourceLocation(file: file, line: mark.line, column: mark.column),
        hint: L10n.diagnostics("load.duplicate-key.hint"))
    case .reader(let problem, let offset):
      let location = offset.map { position(ofCharacter: $0, in: text, file: file) }
      return Diagnostic(
        .error, rule: "yaml-syntax", message: problem, location: location,
        hint: L10n.diagnostics("load.reader.hint"))
    case .memory:
      return Diagnostic(
        .error, rule: "yaml-syntax", message: "Memory error",
        location: SourceLocation(file: file, line: 1, column: 1))
    }
  }

  /// A YAML syntax error in words for the usual causes: a tab, a second document, a quote or
  /// bracket left open until the end of the file.
  private static func syntaxDiagnostic(
    context: (text: String, mark: YAMLReadError.Mark)?, problem: String,
    at mark: YAMLReadError.Mark, in yaml: String, file: String
  ) -> Diagnostic {
    func at(_ mark: YAMLReadError.Mark) -> SourceLocation {
      SourceLocation(file: file, line: mark.line, column: mark.column)
    }
    if character(at: mark, in: yaml) == "\t" {
      return Diagnostic(
        .error, rule: "yaml-syntax", message: L10n.diagnostics("load.tab"),
        location: at(mark), hint: L10n.diagnostics("load.tab.hint"))
    }
    if problem.hasPrefix("Maximum nesting level reached") {
      // libyaml's own limit, met while it looks ahead through brackets before any event.
      return Diagnostic(
        .error, rule: "too-deeply-nested", message: L10n.diagnostics("load.nested-1000"),
        location: at(mark), hint: YAMLEventScan.nestingHint)
    }
    if problem == "but found another document" {
      return Diagnostic(
        .error, rule: "yaml-syntax",
        message: L10n.diagnostics("load.second-document"), location: at(mark),
        hint: L10n.diagnostics("load.second-document.hint"))
    }
    if let context, problem.hasSuffix("end of stream") {
      // Where the file ends says little: point at what was left open.
      return Diagnostic(
        .error, rule: "yaml-syntax",
        message: L10n.diagnostics("load.unclosed", context.text), location: at(context.mark),
        hint: L10n.diagnostics("load.unclosed.hint"))
    }
    // libyaml's own words (`context` and `problem`) stay English: they name YAML's grammar.
    var message = L10n.diagnostics("load.yaml-syntax", problem)
    if let context {
      message =
        context.mark.line == mark.line && context.mark.column == mark.column
        ? L10n.diagnostics("load.yaml-syntax.context", context.text, problem)
        : L10n.diagnostics(
          "load.yaml-syntax.begun", context.text, String(context.mark.line),
          String(context.mark.column), problem)
    }
    return Diagnostic(
      .error, rule: "yaml-syntax", message: message, location: at(mark),
      hint: L10n.diagnostics("load.yaml-syntax.hint"))
  }

  /// The character at a 1-based line and column (in Unicode scalars) of `text`.
  private static func character(at mark: YAMLReadError.Mark, in text: String) -> Unicode.Scalar? {
    var line = 1
    var column = 1
    for scalar in text.unicodeScalars {
      if line == mark.line, column == mark.column { return scalar }
      if line > mark.line { return nil }
      if scalar == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    return nil
  }

  /// A file whose top level is not a mapping: nothing but `---`, a list or a single text.
  static func diagnostic(forTopLevel node: YAMLNode, file: String, emptyHint: String)
    -> Diagnostic
  {
    let location = SourceLocation(file: file, line: node.line, column: node.column)
    if let text = node.string, ["", "~", "null", "Null", "NULL"].contains(text) {
      return Diagnostic(
        .error, rule: "empty-file", message: L10n.diagnostics("load.empty-document"),
        location: location, hint: emptyHint)
    }
    return Diagnostic(
      .error, rule: "wrong-type",
      message: L10n.diagnostics(
        node.sequence != nil ? "load.top-level-list" : "load.top-level-scalar"),
      location: location, hint: emptyHint)
  }

  /// A decoding error (wrong type, missing key, bad value) as a positioned diagnostic.
  static func diagnostic(for error: DecodingError, positions: YAMLPositions) -> Diagnostic {
    switch error {
    case .keyNotFound(let key, let context):
      return Diagnostic(
        .error, rule: "missing-key", message: L10n.diagnostics("load.missing-key", key.stringValue),
        location: positions.location(at: context.codingPath),
        hint: L10n.diagnostics("load.missing-key.hint", key.stringValue))
    case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
      let written = positions.scalar(at: context.codingPath) ?? ""
      let tooLarge =
        type == Int.self && !written.isEmpty
        && written.drop(while: { $0 == "-" || $0 == "+" }).allSatisfy { ("0"..."9").contains($0) }
      return Diagnostic(
        .error, rule: "wrong-type",
        message: tooLarge
          ? L10n.diagnostics("load.number-too-large", dottedPath(context.codingPath))
          : L10n.diagnostics(
            "load.wrong-type", dottedPath(context.codingPath), describe(type)),
        location: positions.location(at: context.codingPath),
        hint: L10n.diagnostics("load.wrong-type.hint"))
    case .dataCorrupted(let context):
      return Diagnostic(
        .error, rule: "invalid-value", message: context.debugDescription,
        location: positions.location(at: context.codingPath))
    @unknown default:
      return Diagnostic(.error, rule: "invalid-value", message: "\(error)")
    }
  }

  private static func describe(_ type: Any.Type) -> String {
    // The loader names the YAML node it expected (YAMLNode.Sequence, .Mapping, .Scalar); Swift's
    // own decoding names the Swift type.
    switch "\(type)" {
    case "String", "Scalar": L10n.diagnostics("load.type.text")
    case "Int": L10n.diagnostics("load.type.integer")
    case "Bool": L10n.diagnostics("load.type.bool")
    case "Sequence": L10n.diagnostics("load.type.list")
    case let name where name.hasPrefix("Array"): L10n.diagnostics("load.type.list")
    default: L10n.diagnostics("load.type.mapping")
    }
  }

  static func dottedPath(_ path: [any CodingKey]) -> String {
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
