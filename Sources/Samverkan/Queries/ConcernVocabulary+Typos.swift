extension ConcernVocabulary {
  /// Words shorter than this are never read as another word: "oro" and "hot" are too near too much.
  static let shortestCorrectedWord = 5

  /// The vocabulary words a typo may be read as: every word of five letters or more of a term, by
  /// its folded form, grouped by first letter.
  private static let lexicon: [Character: [Word]] = {
    var seen = Set<String>()
    let words = index.flatMap(\.words)
      .filter { $0.folded.count >= shortestCorrectedWord && seen.insert($0.folded).inserted }
      .sorted { $0.folded < $1.folded }
    return Dictionary(grouping: words) { $0.folded.first ?? " " }
  }()

  /// The folded forms of every word of every term.
  private static let known = Set(index.flatMap(\.words).map(\.folded))

  /// The typos among the words no term took, each read as the nearest vocabulary word: one edit
  /// away for words of up to seven letters, two for longer ones; a swap of two letters is one edit.
  static func corrections(for text: [Word], leaving used: Set<Int>) -> [Int: Word] {
    var corrections: [Int: Word] = [:]
    for (position, word) in text.enumerated() where !used.contains(position) {
      guard word.folded.count >= shortestCorrectedWord, !known.contains(word.folded),
        !unrelatedWords.contains(word.folded), word.folded.contains(where: \.isLetter)
      else { continue }
      if let nearest = nearest(to: word) { corrections[position] = nearest }
    }
    return corrections
  }

  /// The vocabulary word nearest to a typed one by its letters, within the limit. Stems are not
  /// compared: too many ordinary words are a letter from a stem ("stark" from "spark"). The first
  /// letter must be right, as it nearly always is in a typo: "söker" is not "röker".
  private static func nearest(to word: Word) -> Word? {
    var best: (word: Word, distance: Int)?
    let limit = allowedEdits(word.folded)
    for candidate in lexicon[word.folded.first ?? " "] ?? [] {
      guard let found = distance(word.bytes, candidate.bytes, limit: limit) else { continue }
      if best.map({ found < $0.distance }) ?? true { best = (candidate, found) }
    }
    return best?.word
  }

  private static func allowedEdits(_ word: String) -> Int { word.count <= 7 ? 1 : 2 }

  /// The one-word terms as written and folded, for suggestions.
  private static let oneWordTermsByFold: [(term: String, folded: [UInt8])] = index.filter {
    $0.words.count == 1
  }
  .map { ($0.term, Array(fold($0.term).utf8)) }

  /// The closest terms to the words of a text that named nothing, for a "did you mean".
  static func suggestions(for text: [Word]) -> [String] {
    var suggestions: [String] = []
    for word in text where word.folded.count >= 4 && !unrelatedWords.contains(word.folded) {
      let limit = allowedEdits(word.folded)
      let scored = oneWordTermsByFold.compactMap { term in
        distance(word.bytes, term.folded, limit: limit).map { (term.term, $0) }
      }
      if let term = scored.min(by: { $0.1 < $1.1 })?.0, !suggestions.contains(term) {
        suggestions.append(term)
      }
    }
    return suggestions
  }

  /// The optimal-string-alignment distance (Levenshtein plus swaps of neighbours), or nil when it
  /// is over `limit`. Folded words are compared by their bytes, which are their letters when the
  /// words are ASCII, as folded Swedish is.
  static func distance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int? {
    guard abs(a.count - b.count) <= limit else { return nil }
    guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
    var before = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + [Int](repeating: 0, count: b.count)
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = min(current[j], before[j - 2] + 1)
        }
      }
      if current.min() ?? 0 > limit { return nil }
      before = previous
      previous = current
    }
    return previous[b.count] <= limit ? previous[b.count] : nil
  }
}
