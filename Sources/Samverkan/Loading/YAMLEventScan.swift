import CYaml

/// The one pass over a YAML text's parser events: it builds the loader's node tree (`YAMLNode`)
/// and refuses, as it goes, what would make decoding blow up or slip through.
///
/// It keeps a stack of its own, so nesting costs no recursion, counts what each anchor holds, and
/// stops at the first of:
/// - nesting deeper than `LoadLimits.maxDepth` (rule `too-deeply-nested`);
/// - more nodes than `LoadLimits.maxNodes` (`too-many-nodes`);
/// - aliases repeating more than `LoadLimits.maxAliasExpansion` nodes, or more than
///   `LoadLimits.maxAliasCharacters` characters of text (`alias-expansion`): a few aliases of one
///   long text would otherwise make a small file a huge map, picture and report; nine levels of
///   ten aliases ("billion laughs") are refused before anything is repeated;
/// - a name or role longer than `maxNameLength`, another text longer than `maxTextLength`
///   (`text-too-long`);
/// - a tag other than YAML's own for text, numbers, booleans, null, lists and mappings
///   (`yaml-tag`): `!!binary` or `!!python/object` mean nothing in a map;
/// - a key that is a list or a mapping (`complex-key`), which decoding would silently skip;
/// - a text that an escape makes hold a Unicode noncharacter such as U+FFFE (`noncharacter`);
/// - more top-level `actors` or `routes` than `maxActors` or `maxRoutes` (`too-many-actors`,
///   `too-many-routes`), so 100,000 pasted routes are refused before they are decoded.
///
/// Those limits are checked over the whole file, up to a syntax error. What composing the tree
/// refuses — a key twice in one mapping, an alias of an anchor not yet defined, a second
/// document — counts only when no limit is passed in the whole file, and then the first of them
/// or of a syntax error is reported (`YAMLReadError`), as Yams, which composed the tree before,
/// reported them.
///
/// `CYaml` is the copy of libyaml that Yams builds: one YAML reader, with one notion of lines and
/// columns, in the process.
struct YAMLEventScan {
  let file: String
  let limits: LoadLimits

  /// Whether the value of `key` is drawn as a label, held to `LoadLimits.maxNameLength`.
  static func isLabelKey(_ key: String) -> Bool { key == "name" || key == "role" }

  /// What to do about nesting too deep.
  static var nestingHint: String { L10n.diagnostics("load.too-deeply-nested.hint") }

  /// The tags a map may spell out: YAML's own for the kinds of value it already has.
  static let allowedTags: Set<String> = ["str", "int", "float", "bool", "null", "seq", "map"]
    .reduce(into: []) { $0.insert("tag:yaml.org,2002:" + $1) }

  /// Reads `text` into nodes: the root of its document, or nil when it holds none.
  ///
  /// Throws a `MapLoadError` at the first event over a limit, else a `YAMLReadError` for the
  /// first syntax error, duplicate key, unknown alias or second document.
  func read(_ text: String) throws -> YAMLNode? {
    var bytesOfText = text
    return try bytesOfText.withUTF8 { bytes -> YAMLNode? in
      var parser = yaml_parser_t()
      guard yaml_parser_initialize(&parser) == 1 else { throw YAMLReadError.memory }
      defer { yaml_parser_delete(&parser) }
      yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
      yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
      var state = State()
      while true {
        var event = yaml_event_t()
        guard yaml_parser_parse(&parser, &event) == 1 else {
          throw state.pending ?? YAMLReadError(parser: parser, text: text)
        }
        defer { yaml_event_delete(&event) }
        if event.type == YAML_STREAM_END_EVENT {
          if let pending = state.pending { throw pending }
          return state.root
        }
        try visit(event, &state)
      }
    }
  }

  /// What the scan knows so far: the open lists and mappings, each anchor's size, the aliases',
  /// the root read, and the first error of composing that waits for the end of the limits' scan.
  private struct State {
    var open: [OpenNode] = []
    var anchors: [String: Anchored] = [:]
    var aliasNodes = 0
    var aliasCharacters = 0
    var nodes = 0
    var documents = 0
    var root: YAMLNode?
    var pending: YAMLReadError?

    /// Whether the next node is a key of the innermost mapping.
    var expectsKey: Bool { open.last.map { $0.isMapping && $0.expectsKey } ?? false }

    /// Counts a finished node into its parent and remembers it under its anchor.
    mutating func finish(
      _ node: YAMLNode, nodes: Int, characters: Int, isScalar: Bool, anchor: String?,
      keyText: String? = nil
    ) {
      if let anchor {
        anchors[anchor] = Anchored(
          nodes: nodes, characters: characters, isScalar: isScalar, node: node)
      }
      guard let last = open.indices.last else {
        if root == nil { root = node }
        return
      }
      open[last].nodes += nodes
      open[last].characters += characters
      if open[last].isMapping {
        if open[last].expectsKey {
          open[last].pendingKey = node
        } else if let key = open[last].pendingKey {
          open[last].pairs.append(YAMLNode.Pair(key: key, value: node))
        }
        open[last].key = open[last].expectsKey ? keyText : nil
        open[last].expectsKey.toggle()
      } else {
        open[last].items.append(node)
      }
    }

    /// Keeps the first error of composing, to be reported when no limit is passed.
    mutating func keep(_ error: YAMLReadError) {
      if pending == nil { pending = error }
    }
  }

  /// A list or mapping being read.
  private struct OpenNode {
    var isMapping: Bool
    var anchor: String?
    /// Where it begins.
    var line: Int
    var column: Int
    /// For the top-level lists of actors and routes: how many items they may have, and the count.
    var itemLimit: CountedList?
    var itemCount = 0
    /// A list's items so far.
    var items: [YAMLNode] = []
    /// A mapping's pairs so far, and the key whose value is awaited.
    var pairs: [YAMLNode.Pair] = []
    var pendingKey: YAMLNode?
    /// Nodes in it so far, itself included, aliases counted at their full size.
    var nodes = 1
    /// Characters of text in it so far, aliases counted at their full length.
    var characters = 0
    var expectsKey = true
    /// The key whose value is being read, when it is plain text.
    var key: String?
  }

  /// A top-level list whose length is limited.
  private struct CountedList {
    var limit: Int
    /// The key of the list, `actors` or `routes`: the rule is `too-many-<key>`.
    var key: String
  }

  /// The top-level lists whose length is limited.
  private var countedLists: [String: CountedList] {
    [
      "actors": CountedList(limit: limits.maxActors, key: "actors"),
      "routes": CountedList(limit: limits.maxRoutes, key: "routes"),
    ]
  }

  /// What an anchor holds.
  private struct Anchored {
    var nodes: Int
    var characters: Int
    var isScalar: Bool
    var node: YAMLNode
  }

  private func visit(_ event: yaml_event_t, _ state: inout State) throws {
    let line = Int(event.start_mark.line) + 1
    let column = Int(event.start_mark.column) + 1
    let location = SourceLocation(file: file, line: line, column: column)
    if [YAML_SCALAR_EVENT, YAML_ALIAS_EVENT, YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT]
      .contains(event.type)
    {
      state.nodes += 1
      if state.nodes > limits.maxNodes {
        throw failure(
          "too-many-nodes",
          L10n.diagnostics("load.too-many-nodes", String(limits.maxNodes)), at: location,
          hint: L10n.diagnostics("load.too-many-nodes.hint"))
      }
      try countItem(&state, at: location)
    }
    switch event.type {
    case YAML_SCALAR_EVENT:
      let scalar = event.data.scalar
      try checkTag(scalar.tag, at: location)
      let isKey = state.expectsKey
      let text = String(
        decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
      let isLabel = !isKey && state.open.last?.key.map(Self.isLabelKey) == true
      try checkLength(of: text, byteCount: scalar.length, isLabel: isLabel, at: location)
      // An escape such as "\uFFFE" makes a noncharacter the file itself does not hold.
      if SourceFile.mayHoldNoncharacter(
        UnsafeRawBufferPointer(start: scalar.value, count: scalar.length)),
        let bad = text.unicodeScalars.first(where: SourceFile.isNoncharacter)
      {
        throw failure(
          "noncharacter",
          L10n.diagnostics(
            "load.noncharacter-in-text", String(bad.value, radix: 16, uppercase: true)),
          at: location, hint: L10n.diagnostics("load.noncharacter-in-text.hint"))
      }
      let anchor = Self.string(scalar.anchor)
      // Only anchored text is ever repeated, so only its characters need counting.
      let characters =
        anchor != nil || state.open.contains(where: { $0.anchor != nil })
        ? text.unicodeScalars.count : 0
      let isPlain = scalar.style == YAML_PLAIN_SCALAR_STYLE
      // As Yams resolved tags: a quoted text is text, a plain `<<` a merge key.
      let tag: YAMLNode.Tag =
        scalar.quoted_implicit == 1
        ? .str
        : Self.string(scalar.tag).map(YAMLNode.Tag.init(written:))
          ?? (isPlain && text == "<<" ? .merge : .str)
      let node = YAMLNode(
        content: .scalar(YAMLNode.Scalar(string: text, isPlain: isPlain, tag: tag)), line: line,
        column: column)
      state.finish(
        node, nodes: 1, characters: characters, isScalar: true, anchor: anchor,
        keyText: isKey ? text : nil)
    case YAML_ALIAS_EVENT:
      guard let name = Self.string(event.data.alias.anchor), let anchored = state.anchors[name]
      else {
        state.keep(
          .syntax(
            context: nil, problem: "found undefined alias",
            mark: YAMLReadError.Mark(line: line, column: column)))
        let placeholder = YAMLNode(
          content: .scalar(YAMLNode.Scalar(string: "", isPlain: true, tag: .str)), line: line,
          column: column)
        state.finish(placeholder, nodes: 1, characters: 0, isScalar: true, anchor: nil)
        return
      }
      if state.expectsKey, !anchored.isScalar { throw complexKey(at: location) }
      state.aliasNodes += anchored.nodes
      if state.aliasNodes > limits.maxAliasExpansion {
        throw failure(
          "alias-expansion",
          L10n.diagnostics(
            "load.alias-nodes", String(state.aliasNodes), String(limits.maxAliasExpansion)),
          at: location, hint: L10n.diagnostics("load.alias-nodes.hint"))
      }
      state.aliasCharacters += anchored.characters
      if state.aliasCharacters > limits.maxAliasCharacters {
        throw failure(
          "alias-expansion",
          L10n.diagnostics(
            "load.alias-characters", String(state.aliasCharacters),
            String(limits.maxAliasCharacters)),
          at: location, hint: L10n.diagnostics("load.alias-characters.hint"))
      }
      state.finish(
        anchored.node, nodes: anchored.nodes, characters: anchored.characters,
        isScalar: anchored.isScalar, anchor: nil)
    case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
      let isMapping = event.type == YAML_MAPPING_START_EVENT
      let (tag, anchor) =
        isMapping
        ? (event.data.mapping_start.tag, event.data.mapping_start.anchor)
        : (event.data.sequence_start.tag, event.data.sequence_start.anchor)
      if state.expectsKey { throw complexKey(at: location) }
      try checkTag(tag, at: location)
      if state.open.count >= limits.maxDepth {
        throw failure(
          "too-deeply-nested",
          L10n.diagnostics("load.too-deeply-nested", String(limits.maxDepth)),
          at: location,
          hint: Self.nestingHint)
      }
      let itemLimit =
        !isMapping && state.open.count == 1
        ? state.open[0].key.flatMap { countedLists[$0] } : nil
      state.open.append(
        OpenNode(
          isMapping: isMapping, anchor: Self.string(anchor), line: line, column: column,
          itemLimit: itemLimit))
    case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
      guard let done = state.open.popLast() else { return }
      if done.isMapping, state.pending == nil, let duplicates = Self.duplicates(in: done.pairs) {
        state.keep(duplicates)
      }
      let node = YAMLNode(
        content: done.isMapping ? .mapping(done.pairs) : .sequence(done.items), line: done.line,
        column: done.column)
      state.finish(
        node, nodes: done.nodes, characters: done.characters, isScalar: false,
        anchor: done.anchor)
    case YAML_DOCUMENT_START_EVENT:
      state.documents += 1
      if state.documents > 1 {
        state.keep(
          .syntax(
            context: (
              text: "expected a single document in the stream",
              mark: YAMLReadError.Mark(line: 1, column: 1)
            ),
            problem: "but found another document",
            mark: YAMLReadError.Mark(line: line, column: column)))
      }
    default:
      return
    }
  }

  /// Counts a node starting right inside a counted list; refuses the first over its limit.
  private func countItem(_ state: inout State, at location: SourceLocation) throws {
    guard let last = state.open.indices.last, let counted = state.open[last].itemLimit else {
      return
    }
    state.open[last].itemCount += 1
    guard state.open[last].itemCount > counted.limit else { return }
    let (message, hint) =
      counted.key == "actors"
      ? (
        L10n.diagnostics("load.file-too-many-actors", String(counted.limit)),
        L10n.diagnostics("load.too-many-actors.hint")
      )
      : (
        L10n.diagnostics("load.file-too-many-routes", String(counted.limit)),
        L10n.diagnostics("load.too-many-routes.hint")
      )
    throw failure("too-many-\(counted.key)", message, at: location, hint: hint)
  }

  private func checkTag(_ tag: UnsafeMutablePointer<yaml_char_t>?, at location: SourceLocation)
    throws
  {
    guard let tag = Self.string(tag), !Self.allowedTags.contains(tag) else { return }
    let shown =
      tag.hasPrefix("tag:yaml.org,2002:") ? "!!" + tag.dropFirst("tag:yaml.org,2002:".count) : tag
    throw failure(
      "yaml-tag", L10n.diagnostics("load.yaml-tag", String(shown)), at: location,
      hint: L10n.diagnostics("load.yaml-tag.hint"))
  }

  private func checkLength(
    of text: String, byteCount: Int, isLabel: Bool, at location: SourceLocation
  ) throws {
    let limit = isLabel ? limits.maxNameLength : limits.maxTextLength
    // A character takes at least one byte, so only a text with more bytes than the limit needs
    // counting.
    guard byteCount > limit else { return }
    let length = text.unicodeScalars.count
    guard length > limit else { return }
    throw failure(
      "text-too-long",
      isLabel
        ? L10n.diagnostics("load.name-too-long", String(length), String(limit))
        : L10n.diagnostics("load.text-too-long", String(length), String(limit)),
      at: location,
      hint: isLabel
        ? L10n.diagnostics("load.name-too-long.hint") : L10n.diagnostics("load.text-too-long.hint"))
  }

  private func complexKey(at location: SourceLocation) -> MapLoadError {
    failure(
      "complex-key", L10n.diagnostics("load.complex-key"), at: location,
      hint: L10n.diagnostics("load.complex-key.hint"))
  }

  private func failure(_ rule: String, _ message: String, at location: SourceLocation, hint: String)
    -> MapLoadError
  {
    MapLoadError(Diagnostic(.error, rule: rule, message: message, location: location, hint: hint))
  }

  /// The keys written more than once in a mapping, as Yams found them: a key is its text and
  /// its tag, and the error points at the first occurrence of the first duplicate in sorted order.
  private static func duplicates(in pairs: [YAMLNode.Pair]) -> YAMLReadError? {
    guard pairs.count > 1 else { return nil }
    struct Key: Hashable {
      var string: String
      var tag: YAMLNode.Tag
    }
    func key(_ node: YAMLNode) -> Key? {
      node.scalar.map { Key(string: $0.string, tag: $0.tag) }
    }
    guard hasDuplicate(pairs.lazy.compactMap { key($0.key) }) else { return nil }
    var first: [Key: YAMLNode] = [:]
    var counts: [Key: Int] = [:]
    for pair in pairs {
      guard let key = key(pair.key) else { continue }
      counts[key, default: 0] += 1
      if first[key] == nil { first[key] = pair.key }
    }
    let repeated = counts.filter { $0.value > 1 }.keys.sorted { $0.string < $1.string }
    guard let head = repeated.first, let node = first[head] else { return nil }
    return .duplicateKeys(
      repeated.map(\.string), mark: YAMLReadError.Mark(line: node.line, column: node.column))
  }

  /// Whether `keys` holds one key twice: compared pair by pair in a mapping as small as a map's
  /// usually are, which costs less than hashing them; through a set in a larger one.
  private static func hasDuplicate<Key: Hashable>(_ keys: some Collection<Key>) -> Bool {
    let keys = Array(keys)
    guard keys.count > 16 else {
      return keys.indices.contains { i in keys[(i + 1)...].contains(keys[i]) }
    }
    var seen: Set<Key> = []
    seen.reserveCapacity(keys.count)
    return keys.contains { !seen.insert($0).inserted }
  }

  private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    pointer.map { String(cString: $0) }
  }
}
