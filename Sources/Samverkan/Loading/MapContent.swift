/// The elements of a map while includes are merged: an overlay replaces elements with the same id.
struct MapContent {
  var agreements = Agreements()
  var rules = RuleSettings()
  var actors: [Actor] = []
  var routes: [Route] = []
  var ladders: [EscalationLadder] = []
  var files: [String] = []
  /// What each of `files` held when it was read.
  var sources: [SourceDigest] = []

  /// Lays `overlay` over this content: same id replaces, a new id is appended.
  ///
  /// Two elements with one id inside `overlay` both stay, so validation can report the duplicate.
  /// Linear in the sizes of both: a template of 2,000 actors included a hundred times costs a
  /// hundred passes, not a hundred times 2,000².
  mutating func overlay(with overlay: MapContent) {
    agreements = agreements.overridden(by: overlay.agreements)
    rules = rules.overridden(by: overlay.rules)
    actors = Self.overlay(actors, with: overlay.actors)
    routes = Self.overlay(routes, with: overlay.routes)
    ladders = Self.overlay(ladders, with: overlay.ladders)
  }

  private static func overlay<Element: Identifiable>(
    _ base: [Element], with overlay: [Element]
  ) -> [Element] where Element.ID == String {
    var result = base
    var replaced: Set<String> = []
    var firstIndex: [String: Int] = [:]
    for (index, element) in base.enumerated() where firstIndex[element.id] == nil {
      firstIndex[element.id] = index
    }
    for element in overlay {
      if !replaced.contains(element.id), let index = firstIndex[element.id] {
        result[index] = element
        replaced.insert(element.id)
      } else {
        result.append(element)
      }
    }
    return result
  }
}
