import CYaml

/// One pass over a YAML text's parser events, before Yams composes it into nodes, that refuses
/// what would make composing or decoding blow up or slip through.
///
/// Yams' composer recurses once per level of nesting and hashes every mapping key, aliases
/// included, to find duplicates: 100,000 nested brackets would exhaust the stack and nine levels
/// of ten aliases ("billion laughs") would hash a billion nodes. This scan keeps a stack of its
/// own, counts what each anchor holds and stops at the first of:
/// - nesting deeper than `LoadLimits.maxDepth` (rule `too-deeply-nested`);
/// - more nodes than `LoadLimits.maxNodes` (`too-many-nodes`);
/// - aliases repeating more than `LoadLimits.maxAliasExpansion` nodes, or more than
///   `LoadLimits.maxAliasCharacters` characters of text (`alias-expansion`): a few aliases of one
///   long text would otherwise make a small file a huge map, picture and report;
/// - a name or role longer than `maxNameLength`, another text longer than `maxTextLength`
///   (`text-too-long`);
/// - a tag other than YAML's own for text, numbers, booleans, null, lists and mappings
///   (`yaml-tag`): `!!binary` or `!!python/object` mean nothing in a map;
/// - a key that is a list or a mapping (`complex-key`), which decoding would silently skip;
/// - a text that an escape makes hold a Unicode noncharacter such as U+FFFE (`noncharacter`);
/// - more top-level `actors` or `routes` than `maxActors` or `maxRoutes` (`too-many-actors`,
///   `too-many-routes`), so 100,000 pasted routes are refused before they are decoded.
///
/// A syntax error ends the scan quietly: the composer then reports it in its own words.
///
/// `CYaml` is the copy of libyaml that Yams builds and parses with; scanning with it keeps one
/// YAML reader, with one notion of lines and columns, in the process.
struct YAMLEventScan {
  let file: String
  let limits: LoadLimits

  /// The keys whose values are drawn as labels, held to `LoadLimits.maxNameLength`.
  static let labelKeys: Set<String> = ["name", "role"]

  /// What to do about nesting too deep.
  static var nestingHint: String { L10n.diagnostics("load.too-deeply-nested.hint") }

  /// The tags a map may spell out: YAML's own for the kinds of value it already has.
  static let allowedTags: Set<String> = ["str", "int", "float", "bool", "null", "seq", "map"]
    .reduce(into: []) { $0.insert("tag:yaml.org,2002:" + $1) }

  /// Checks `text`; throws a `MapLoadError` at the first event over a limit.
  func check(_ text: String) throws {
    var text = text
    try text.withUTF8 { bytes in
      guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
      var parser = yaml_parser_t()
      guard yaml_parser_initialize(&parser) == 1 else { return }
      defer { yaml_parser_delete(&parser) }
      yaml_parser_set_input_string(&parser, base, bytes.count)
      var state = State()
      while true {
        var event = yaml_event_t()
        guard yaml_parser_parse(&parser, &event) == 1 else { return }
        defer { yaml_event_delete(&event) }
        if event.type == YAML_STREAM_END_EVENT { return }
        try visit(event, &state)
      }
    }
  }

  /// What the scan knows so far: the open lists and mappings, each anchor's size, the aliases'.
  private struct State {
    var open: [OpenNode] = []
    var anchors: [String: Anchored] = [:]
    var aliasNodes = 0
    var aliasCharacters = 0
    var nodes = 0

    /// Whether the next node is a key of the innermost mapping.
    var expectsKey: Bool { open.last.map { $0.isMapping && $0.expectsKey } ?? false }

    /// Counts a finished node into its parent and remembers it under its anchor.
    mutating func finish(
      nodes: Int, characters: Int, isScalar: Bool, anchor: String?, keyText: String? = nil
    ) {
      if let anchor {
        anchors[anchor] = Anchored(nodes: nodes, characters: characters, isScalar: isScalar)
      }
      guard let last = open.indices.last else { return }
      open[last].nodes += nodes
      open[last].characters += characters
      if open[last].isMapping {
        open[last].key = open[last].expectsKey ? keyText : nil
        open[last].expectsKey.toggle()
      }
    }
  }

  /// A list or mapping being read.
  private struct OpenNode {
    var isMapping: Bool
    var anchor: String?
    /// For the top-level lists of actors and routes: how many items they may have, and the count.
    var itemLimit: CountedList?
    var items = 0
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
  }

  private func visit(_ event: yaml_event_t, _ state: inout State) throws {
    let location = SourceLocation(
      file: file, line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
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
      let isLabel = !isKey && state.open.last?.key.map(Self.labelKeys.contains) == true
      try checkLength(of: text, byteCount: scalar.length, isLabel: isLabel, at: location)
      // An escape such as "\uFFFE" makes a noncharacter the file itself does not hold.
      if let bad = text.unicodeScalars.first(where: SourceFile.isNoncharacter) {
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
      state.finish(
        nodes: 1, characters: characters, isScalar: true, anchor: anchor,
        keyText: isKey ? text : nil)
    case YAML_ALIAS_EVENT:
      guard let name = Self.string(event.data.alias.anchor), let anchored = state.anchors[name]
      else {
        state.finish(nodes: 1, characters: 0, isScalar: true, anchor: nil)
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
        nodes: anchored.nodes, characters: anchored.characters, isScalar: anchored.isScalar,
        anchor: nil)
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
        OpenNode(isMapping: isMapping, anchor: Self.string(anchor), itemLimit: itemLimit))
    case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
      guard let done = state.open.popLast() else { return }
      state.finish(
        nodes: done.nodes, characters: done.characters, isScalar: false, anchor: done.anchor)
    default:
      return
    }
  }

  /// Counts a node starting right inside a counted list; refuses the first over its limit.
  private func countItem(_ state: inout State, at location: SourceLocation) throws {
    guard let last = state.open.indices.last, let counted = state.open[last].itemLimit else {
      return
    }
    state.open[last].items += 1
    guard state.open[last].items > counted.limit else { return }
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

  private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    pointer.map { String(cString: $0) }
  }
}
