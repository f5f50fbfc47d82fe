extension ConcernVocabulary {
  /// One word of the text or of a term, in the forms it is compared in.
  struct Word: Hashable {
    /// As written, case kept.
    var typed: String
    /// Lower case without diacritics.
    var folded: String
    /// The Swedish stem, folded.
    var stem: String

    init(_ typed: String) {
      self.typed = typed
      folded = fold(typed)
      stem = fold(SwedishStemmer.stem(typed.lowercased()))
    }
  }

  /// A term ready to match: its words and the concerns it names.
  struct Entry {
    var term: String
    var words: [Word]
    var concerns: [Concern]
    var namesLifeInDanger: Bool
  }

  /// Where a term was found.
  struct Hit {
    var position: Int
    var entry: Entry
  }

  /// Endings the stemmer leaves on a word ending in a vowel, matched as the word itself.
  static let keptEndings: Set<String> = ["n", "t", "s", "ns", "ts"]

  /// Stems of this many letters or more are also found inside compounds.
  static let compoundStemLength = 6

  /// The words of a text: runs of letters and digits; a hyphen or an apostrophe splits.
  static func words(_ text: String) -> [Word] {
    text.split { !$0.isLetter && !$0.isNumber }.map { Word(String($0)) }
  }

  /// Every term with the concerns it names, longest first, so longer terms take their words before
  /// the shorter terms inside them can.
  static let index: [Entry] = {
    var concernsByTerm: [String: [Concern]] = [:]
    var termOrder: [String] = []
    for concern in Concern.allCases {
      for term in terms(for: concern) {
        if concernsByTerm[term] == nil { termOrder.append(term) }
        if concernsByTerm[term]?.contains(concern) != true {
          concernsByTerm[term, default: []].append(concern)
        }
      }
    }
    let lifeInDanger = Set(lifeInDangerTerms)
    return termOrder.map { term in
      Entry(
        term: term, words: words(term), concerns: concernsByTerm[term] ?? [],
        namesLifeInDanger: lifeInDanger.contains(term))
    }
    .sorted {
      let (one, other) = (fold($0.term), fold($1.term))
      return one.count != other.count ? one.count > other.count : one < other
    }
  }()

  /// The folded one-word terms: a word that is one of them is taken by that term alone, so "vapes"
  /// is not "vapen", whose stem it shares.
  static let oneWordTerms = Set(index.filter { $0.words.count == 1 }.map { fold($0.term) })

  /// The terms found in the words, and which words they took.
  static func matches(in text: [Word]) -> (hits: [Hit], used: Set<Int>) {
    var hits: [Hit] = []
    var used = Set<Int>()
    for entry in index {
      var start = 0
      while let positions = find(entry, in: text, from: start, skipping: used),
        let first = positions.first
      {
        hits.append(Hit(position: first, entry: entry))
        used.formUnion(positions)
        start = first + 1
      }
    }
    return (hits, used)
  }

  /// The positions of the first occurrence of a term's words at or after `start`, in order, with at
  /// most one other word between two of them.
  private static func find(
    _ entry: Entry, in text: [Word], from start: Int, skipping used: Set<Int>
  ) -> [Int]? {
    guard let head = entry.words.first, start < text.count else { return nil }
    let single = entry.words.count == 1
    for position in start..<text.count
    where !used.contains(position) && head.matches(text[position], alone: single) {
      var positions = [position]
      for word in entry.words.dropFirst() {
        guard let last = positions.last,
          let next = (last + 1...last + 2).first(where: {
            $0 < text.count && !used.contains($0) && word.matches(text[$0], alone: false)
          })
        else { break }
        positions.append(next)
      }
      if positions.count == entry.words.count { return positions }
    }
    return nil
  }
}

extension ConcernVocabulary.Word {
  /// Whether a word of the text is this term word: same stem, or, for a term of one word with a
  /// long stem, inside a compound. A term alone never matches a word known to be unrelated, nor
  /// one that is another one-word term.
  func matches(_ word: Self, alone: Bool) -> Bool {
    if alone && ConcernVocabulary.unrelatedWords.contains(word.folded) { return false }
    if word.folded == folded { return true }
    if alone && ConcernVocabulary.oneWordTerms.contains(word.folded) { return false }
    if word.stem == stem { return true }
    // Definite and genitive forms the stemmer keeps: "ohälsan", "frånvaron", "oros".
    if word.folded.hasPrefix(folded),
      ConcernVocabulary.keptEndings.contains(String(word.folded.dropFirst(folded.count)))
    {
      return true
    }
    return alone && stem.count >= ConcernVocabulary.compoundStemLength
      && word.folded.contains(stem)
  }
}
