import ArgumentParser
import Samverkan

/// Options of `render` that draw one answer or one ladder in bold over a faded map.
struct HighlightOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      L10n.help("help.render.highlight-who"), valueName: L10n.help("help.value.concern")))
  var highlightWho: String?

  @Option(
    help: ArgumentHelp(L10n.help("help.render.from"), valueName: L10n.help("help.value.actor")),
    completion: Completions.actor)
  var from: String?
  @Option(
    help: ArgumentHelp(L10n.help("help.render.age"), valueName: L10n.help("help.value.age")))
  var age: Int?
  @Option(
    help: ArgumentHelp(
      L10n.help("help.render.severity"), valueName: L10n.help("help.value.severity")))
  var severity: String?

  @Option(
    help: ArgumentHelp(
      L10n.help("help.render.highlight-ladder"), valueName: L10n.help("help.value.ladder")))
  var highlightLadder: String?

  func validate() throws {
    if highlightWho != nil && highlightLadder != nil {
      throw ValidationError(L10n.cli("render.highlight.both"))
    }
    if highlightWho == nil && (from != nil || age != nil || severity != nil) {
      throw ValidationError(L10n.cli("render.highlight.without-who"))
    }
  }

  /// Whether the map is drawn plain.
  var isEmpty: Bool { highlightWho == nil && highlightLadder == nil }

  /// What to highlight in `map`, or nil for a plain map; throws when the question or ladder
  /// names nothing in the map.
  func highlight(in map: CollaborationMap) throws -> Highlight? {
    if let id = highlightLadder {
      guard let ladder = map.ladders.first(where: { $0.id == id }) else {
        guard let near = id.closestMatch(in: map.ladders.map(\.id)) else {
          throw ConsoleError(L10n.cli("render.highlight.no-ladder", id, map.id))
        }
        throw ConsoleError(L10n.cli("render.highlight.no-ladder-near", id, map.id, near))
      }
      return Highlight(ladder: ladder)
    }
    guard let text = highlightWho else { return nil }
    let query: WhoQuery
    do {
      query = try WhoQuestion.query(
        text, from: from, age: age, severity: TypedArgument.severity(severity), in: map)
    } catch let error as QuestionError {
      // As a `ConsoleError`, so that a batch render reports it for this map and goes on.
      throw ConsoleError(error.description)
    }
    guard let highlight = Highlight(answer: map.whoToContact(query).first) else {
      throw ConsoleError(L10n.cli("render.highlight.no-answer", map.id, text))
    }
    return highlight
  }
}
