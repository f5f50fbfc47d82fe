import Foundation

/// What an actor typed by a person names in a map.
public enum ActorLookup: Sendable, Hashable {
  /// One actor.
  case found(Actor)
  /// Several actors fit equally well; the person must choose.
  case ambiguous([Actor])
  /// None fits; the ids, names and short names nearest to what was typed, as the map writes them.
  case notFound(suggestions: [String])
}

extension CollaborationMap {
  /// Finds the actor a person means by an id, a name or a short name: "uph", "UPH", "rektor",
  /// "kuratorn", "Barn- och ungdomspsykiatrin". Case and diacritics do not matter; a Swedish
  /// definite ending ("kuratorn", "skolan") is read without it.
  ///
  /// In order: the exact id; an id, name, abbreviation in brackets ("(UPH)"), name without its
  /// brackets or contact role equal to the text; then a word of a name or role that is or ends
  /// with the text ("kurator" in "Skolkurator"), names before roles, shorter names first, and of
  /// roles the one where the word comes first, then the shorter.
  public func lookUpActor(_ text: String) -> ActorLookup {
    if let exact = actor(text) { return .found(exact) }
    let typed = Self.fold(text)
    guard !typed.isEmpty else { return .notFound(suggestions: []) }
    let forms = Set([typed] + Self.withoutDefiniteEnding(typed))
    let equal = actors.filter { !Set(aliases(of: $0).map(Self.fold)).isDisjoint(with: forms) }
    if let only = unique(equal) { return only }
    var byWord: [(actor: Actor, rank: Int)] = []
    for actor in actors {
      let nameWords = Self.words(Self.fold(actor.name))
      let roleWords = Self.words(Self.fold(actor.contact?.role ?? ""))
      let fits = { (word: String) in forms.contains { word == $0 || word.hasSuffix($0) } }
      if nameWords.contains(where: fits) {
        byWord.append((actor, actor.name.count))
      } else if let position = roleWords.firstIndex(where: fits), let role = actor.contact?.role {
        // A role that starts with the word is the nearer one: "Rektor på elevens skola" before
        // "Förskolechef/rektor på barnets förskola".
        byWord.append((actor, 10_000 + position * 1_000 + role.count))
      }
    }
    if let best = byWord.map(\.rank).min() {
      let winners = byWord.filter { $0.rank == best }.map(\.actor)
      return unique(winners) ?? .ambiguous(winners)
    }
    var seen: Set<String> = []
    let near = actors.flatMap(aliases).filter {
      Self.fold($0).editDistance(to: typed) <= max(2, typed.count / 3)
        && seen.insert(Self.fold($0)).inserted
    }
    return .notFound(suggestions: Array(near.prefix(5)))
  }

  private func unique(_ found: [Actor]) -> ActorLookup? {
    found.count == 1 ? .found(found[0]) : nil
  }

  /// What a person may type for an actor, as the map writes it: id, name, abbreviations in
  /// brackets ("UPH" of "Vårdcentral med tilläggsuppdrag … (UPH)"), the name without them
  /// ("Barn- och ungdomspsykiatrin"), contact role.
  private func aliases(of actor: Actor) -> [String] {
    var aliases = [actor.id, actor.name]
    var rest = Substring(actor.name)
    var outside = ""
    while let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") {
      outside += rest[..<open]
      aliases.append(String(rest[rest.index(after: open)..<close]))
      rest = rest[rest.index(after: close)...]
    }
    if !outside.isEmpty {
      let bare = (outside + rest).split(separator: " ").joined(separator: " ")
      if !bare.isEmpty { aliases.append(bare) }
    }
    if let role = actor.contact?.role { aliases.append(role) }
    return aliases
  }

  /// "kuratorn" → ["kurator"], "skolan" → ["skol"], "elevhälsoteamet" → ["elevhälsoteam"].
  private static func withoutDefiniteEnding(_ word: String) -> [String] {
    ["erna", "arna", "en", "et", "n", "t"].compactMap { ending in
      word.count > ending.count + 3 && word.hasSuffix(ending)
        ? String(word.dropLast(ending.count)) : nil
    }
  }

  private static func fold(_ text: String) -> String {
    text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
      .trimmingCharacters(in: .whitespaces)
  }

  private static func words(_ text: String) -> [String] {
    text.split { !$0.isLetter && !$0.isNumber }.map(String.init)
  }
}
