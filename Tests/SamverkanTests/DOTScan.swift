import Samverkan

/// Reads DOT text the way Graphviz's lexer does, enough to check what `DOTWriter` wrote.
///
/// Inside a quoted string only `\"` is unescaped (any other backslash stays as it is, and a
/// backslash right before the closing quote escapes it); an HTML string runs to the `>` that
/// balances its opening `<`.
struct DOTScan {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  enum Token: Equatable {
    case id(String)
    case quoted(String)
    case html(String)
    case symbol(String)
  }

  enum Subject: Hashable {
    case defaults(String)
    case node(String)
    case edge(tail: String, head: String)
  }

  struct Statement {
    var subject: Subject
    var attributes: [GraphDescription.Attribute]

    /// The value of the first attribute called `name`.
    func value(_ name: String) -> GraphDescription.Value? {
      attributes.first { $0.name == name }?.value
    }
  }

  private(set) var graphName = ""
  private(set) var statements: [Statement] = []
  private(set) var subgraphs: [String] = []
  private var tokens: [Token] = []
  private var position = 0

  init(_ text: String) throws {
    tokens = try Self.tokenize(text)
    try expect(.id("digraph"))
    graphName = try name()
    try expect(.symbol("{"))
    try body()
    guard position == tokens.count else { throw Failure(description: "text after the graph") }
  }

  /// The node statements, by node name.
  var nodes: [String: Statement] {
    var result: [String: Statement] = [:]
    for statement in statements {
      if case .node(let name) = statement.subject { result[name] = statement }
    }
    return result
  }

  /// The edge statements, in order.
  var edges: [Statement] {
    statements.filter { if case .edge = $0.subject { true } else { false } }
  }

  /// Every HTML value of every statement.
  var htmlValues: [String] {
    statements.flatMap(\.attributes).compactMap {
      if case .html(let html) = $0.value { html } else { nil }
    }
  }

  // MARK: Parsing

  private mutating func body() throws {
    while true {
      switch next() {
      case .symbol("}"):
        return
      case .id("subgraph"):
        subgraphs.append(try name())
        try expect(.symbol("{"))
        try body()
      case .id(let keyword) where ["graph", "node", "edge"].contains(keyword):
        statements.append(Statement(subject: .defaults(keyword), attributes: try attributeList()))
        try expect(.symbol(";"))
      case .quoted(let tail):
        if peek() == .symbol("->") {
          position += 1
          let head = try name()
          statements.append(
            Statement(subject: .edge(tail: tail, head: head), attributes: try attributeList()))
        } else {
          statements.append(Statement(subject: .node(tail), attributes: try attributeList()))
        }
        try expect(.symbol(";"))
      case let token:
        throw Failure(description: "unexpected \(String(describing: token)) at token \(position)")
      }
    }
  }

  private mutating func attributeList() throws -> [GraphDescription.Attribute] {
    try expect(.symbol("["))
    var attributes: [GraphDescription.Attribute] = []
    while peek() != .symbol("]") {
      let key = try name()
      try expect(.symbol("="))
      switch next() {
      case .quoted(let text): attributes.append(GraphDescription.Attribute(key, .text(text)))
      case .html(let html): attributes.append(GraphDescription.Attribute(key, .html(html)))
      case let token:
        throw Failure(description: "attribute '\(key)' has value \(String(describing: token))")
      }
      if peek() == .symbol(",") { position += 1 }
    }
    position += 1
    return attributes
  }

  /// A quoted name: the writer quotes every name.
  private mutating func name() throws -> String {
    guard case .quoted(let text) = next() else {
      throw Failure(description: "expected a quoted name at token \(position - 1)")
    }
    return text
  }

  private mutating func expect(_ token: Token) throws {
    let found = next()
    guard found == token else {
      throw Failure(
        description:
          "expected \(token) at token \(position - 1), found \(String(describing: found))")
    }
  }

  private mutating func next() -> Token? {
    defer { position += 1 }
    return position < tokens.count ? tokens[position] : nil
  }

  private func peek() -> Token? { position < tokens.count ? tokens[position] : nil }

  // MARK: Lexing

  private static func tokenize(_ text: String) throws -> [Token] {
    let scalars = Array(text.unicodeScalars)
    var tokens: [Token] = []
    var i = 0
    while i < scalars.count {
      let scalar = scalars[i]
      switch scalar {
      case " ", "\t", "\n", "\r":
        i += 1
      case "\"":
        var value = String.UnicodeScalarView()
        i += 1
        var closed = false
        while i < scalars.count {
          let c = scalars[i]
          if c == "\"" {
            closed = true
            i += 1
            break
          }
          if c == "\\", i + 1 < scalars.count, scalars[i + 1] == "\"" {
            value.append("\"")
            i += 2
          } else if c == "\\", i + 1 < scalars.count, scalars[i + 1] == "\\" {
            // cgraph's scanner keeps a pair of backslashes as it is, so `\\"` ends the string.
            value.append("\\")
            value.append("\\")
            i += 2
          } else if c == "\\", i + 1 < scalars.count, scalars[i + 1] == "\n" {
            i += 2
          } else {
            value.append(c)
            i += 1
          }
        }
        guard closed else { throw Failure(description: "a quoted string never ends") }
        tokens.append(.quoted(String(value)))
      case "<":
        var value = String.UnicodeScalarView()
        var depth = 1
        i += 1
        while i < scalars.count {
          let c = scalars[i]
          if c == "<" { depth += 1 }
          if c == ">" { depth -= 1 }
          i += 1
          if depth == 0 { break }
          value.append(c)
        }
        guard depth == 0 else { throw Failure(description: "an HTML string never ends") }
        tokens.append(.html(String(value)))
      case "-" where i + 1 < scalars.count && scalars[i + 1] == ">":
        tokens.append(.symbol("->"))
        i += 2
      case "{", "}", "[", "]", "=", ";", ",":
        tokens.append(.symbol(String(scalar)))
        i += 1
      case _ where scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_":
        var value = String.UnicodeScalarView()
        while i < scalars.count,
          scalars[i].properties.isAlphabetic || ("0"..."9").contains(scalars[i])
            || scalars[i] == "_"
        {
          value.append(scalars[i])
          i += 1
        }
        tokens.append(.id(String(value)))
      default:
        throw Failure(description: "unexpected character '\(scalar)' at scalar \(i)")
      }
    }
    return tokens
  }
}
