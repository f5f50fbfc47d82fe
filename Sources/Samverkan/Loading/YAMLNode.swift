import CYaml

/// A YAML node as the loader reads it, built by `YAMLEventScan` in its one pass over the events:
/// a text, a list or a mapping, with the line and column (1-based, in characters) of its first
/// character. An alias is the node its anchor names, position included.
struct YAMLNode: Sendable, CustomStringConvertible {
  enum Content: Sendable {
    case scalar(Scalar)
    case sequence([YAMLNode])
    case mapping([Pair])
  }

  /// A text as written: its value, whether it was plain (unquoted, no block style) and its tag.
  struct Scalar: Sendable {
    var string: String
    var isPlain: Bool
    var tag: Tag
  }

  /// A scalar's tag once resolved: text, unless written otherwise; a plain `<<` is a merge key.
  enum Tag: Sendable, Hashable {
    case str
    case merge
    case other(String)

    init(written: String) {
      self = written == "tag:yaml.org,2002:str" ? .str : .other(written)
    }
  }

  /// A key and its value in a mapping.
  struct Pair: Sendable {
    var key: YAMLNode
    var value: YAMLNode
  }

  /// What a decoder expected where it found something else: these names pick the words of
  /// the error message (`MapLoader.describe`).
  enum Mapping {}
  enum Sequence {}

  var content: Content
  var line: Int
  var column: Int

  var scalar: Scalar? {
    if case .scalar(let scalar) = content { scalar } else { nil }
  }
  var sequence: [YAMLNode]? {
    if case .sequence(let sequence) = content { sequence } else { nil }
  }
  var mapping: [Pair]? {
    if case .mapping(let mapping) = content { mapping } else { nil }
  }
  /// The text of a scalar; nil for a list or mapping.
  var string: String? { scalar?.string }

  var description: String {
    switch content {
    case .scalar(let scalar): "scalar \"\(scalar.string)\" at \(line):\(column)"
    case .sequence(let items): "list of \(items.count) at \(line):\(column)"
    case .mapping(let pairs): "mapping of \(pairs.count) at \(line):\(column)"
    }
  }
}

/// What reading YAML text into nodes refuses besides the limits: a syntax error in libyaml's
/// words, a key twice in one mapping, an alias of no anchor, a second document.
enum YAMLReadError: Error {
  /// Where something begun (`text` names it) or went wrong: 1-based line and column.
  struct Mark {
    var line: Int
    var column: Int
  }

  /// A syntax error found by libyaml's scanner or parser, or what composing the tree refuses;
  /// `context` is what was being read and where it began.
  case syntax(context: (text: String, mark: Mark)?, problem: String, mark: Mark)
  /// The keys that occur more than once in one mapping, sorted; `mark` is the first of them.
  case duplicateKeys([String], mark: Mark)
  /// A character libyaml's reader refuses, at a character offset into the text when known.
  case reader(problem: String, offset: Int?)
  /// libyaml ran out of memory.
  case memory

  /// The error libyaml's parser stopped with, as Yams reported it.
  init(parser: yaml_parser_t, text: String) {
    func mark(_ mark: yaml_mark_t) -> Mark {
      Mark(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }
    let problem = parser.problem.map { String(cString: $0) } ?? ""
    switch parser.error {
    case YAML_READER_ERROR:
      let index = text.utf8.index(
        text.utf8.startIndex, offsetBy: parser.problem_offset, limitedBy: text.utf8.endIndex)?
        .samePosition(in: text)
      self = .reader(
        problem: problem, offset: index.map { text.distance(from: text.startIndex, to: $0) })
    case YAML_SCANNER_ERROR, YAML_PARSER_ERROR, YAML_COMPOSER_ERROR:
      let context = parser.context.map {
        (text: String(cString: $0), mark: mark(parser.context_mark))
      }
      self = .syntax(context: context, problem: problem, mark: mark(parser.problem_mark))
    default:
      self = .memory
    }
  }
}
