extension ConcernVocabulary {
  /// One word of the text or of a term, in the forms it is compared in.
  struct Word: Hashable {
    /// As written, case kept.
    var typed: String
    /// Lower case without diacritics.
    var folded: String
    /// The Swedish stem, folded.
    var stem: String
    /// The folded form's UTF-8 bytes, searched for compounds.
    var bytes: [UInt8]
    /// The stem's UTF-8 bytes.
    var stemBytes: [UInt8]

    init(_ typed: String) {
      self.typed = typed
      folded = fold(typed)
      stem = fold(SwedishStemmer.stem(typed.lowercased()))
      bytes = Array(folded.utf8)
      stemBytes = Array(stem.utf8)
    }

    /// The forms under which a term word can find this word: folded, stem, and folded without a
    /// kept ending.
    var forms: [String] {
      [folded, stem]
        + ConcernVocabulary.keptEndings.filter { folded.hasSuffix($0) && folded.count > $0.count }
        .map { String(folded.dropLast($0.count)) }
    }
  }

  /// A term ready to match: its words and the concerns it names.
  struct Entry {
    var term: String
    var words: [Word]
    var concerns: [Concern]
    var namesLifeInDanger: Bool

    /// Whether the term is one word whose stem is long enough to be found inside compounds.
    var findsCompounds: Bool { words.count == 1 && words[0].stem.count >= compoundStemLength }

    /// Whether every word of the term is among the forms of a text, or a compound-finding stem
    /// occurs in its letters: a quick test before `find`.
    func mayOccur(in forms: Set<String>, letters: [UInt8]) -> Bool {
      words.allSatisfy { forms.contains($0.folded) || forms.contains($0.stem) }
        || (findsCompounds && letters.contains(run: words[0].stemBytes))
    }
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

  /// The folded one-word terms.
  static let oneWordTerms = Set(index.filter { $0.words.count == 1 }.map { fold($0.term) })

  /// The terms found in the words, and which words they took.
  static func matches(in text: [Word]) -> (hits: [Hit], used: Set<Int>) {
    var hits: [Hit] = []
    var used = Set<Int>()
    let forms = Set(text.flatMap(\.forms))
    // A term alone never takes a word known to be unrelated, nor one that is another one-word term
    // ("vapes" is not "vapen", whose stem it shares).
    let closed = text.map { unrelatedWords.contains($0.folded) || oneWordTerms.contains($0.folded) }
    let letters: [UInt8] = text.flatMap { $0.bytes + [0x20] }
    for entry in index where entry.mayOccur(in: forms, letters: letters) {
      var start = 0
      while let positions = find(entry, in: text, from: start, skipping: used, closed: closed),
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
    _ entry: Entry, in text: [Word], from start: Int, skipping used: Set<Int>, closed: [Bool]
  ) -> [Int]? {
    guard let head = entry.words.first, start < text.count else { return nil }
    let single = entry.words.count == 1
    for position in start..<text.count where !used.contains(position) {
      if single {
        let word = text[position]
        if word.folded == head.folded { return [position] }
        if !closed[position] && head.matches(word, alone: true) { return [position] }
        continue
      }
      guard head.matches(text[position], alone: false) else { continue }
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
  /// Whether a word of the text is this term word: same stem, the word with an ending the stemmer
  /// keeps, or, for a term of one word (`alone`) with a long stem, inside a compound.
  func matches(_ word: Self, alone: Bool) -> Bool {
    if word.stem == stem || word.folded == folded { return true }
    // Definite and genitive forms the stemmer keeps: "ohälsan", "frånvaron", "oros".
    let extra = word.bytes.count - bytes.count
    if (1...2).contains(extra), word.bytes.starts(with: bytes),
      ConcernVocabulary.keptEndings.contains(
        String(decoding: word.bytes.suffix(extra), as: UTF8.self))
    {
      return true
    }
    return alone && stemBytes.count >= ConcernVocabulary.compoundStemLength
      && word.bytes.contains(run: stemBytes)
  }
}

extension [UInt8] {
  /// Whether `run` occurs in the array as consecutive elements.
  fileprivate func contains(run: [UInt8]) -> Bool {
    guard let first = run.first else { return true }
    guard run.count <= count else { return false }
    var start = 0
    while start <= count - run.count {
      if self[start] == first {
        var offset = 1
        while offset < run.count && self[start + offset] == run[offset] { offset += 1 }
        if offset == run.count { return true }
      }
      start += 1
    }
    return false
  }
}
