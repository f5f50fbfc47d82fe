/// The Snowball stemming algorithm for Swedish: "sparkades", "sparkad" and "sparkat" all give "spark".
///
/// A faithful port of the public Snowball algorithm (snowballstem.org, `swedish.sbl`, as in Snowball
/// 3): a main-suffix step, a consonant-pair step and an other-suffix step, each working inside the
/// region R1. The input should be one lower-case word; a word of fewer than three letters, or one
/// without a vowel followed by a consonant, has no R1 and is left as it is.
///
///     SwedishStemmer.stem("jaktkarlarne")  // "jaktkarl"
public enum SwedishStemmer {
  /// The stem of one lower-case Swedish word.
  public static func stem(_ word: String) -> String {
    var letters = Array(word)
    let r1 = regionOne(letters)
    removeMainSuffix(&letters, r1: r1)
    removeConsonantPair(&letters, r1: r1)
    removeOtherSuffix(&letters, r1: r1)
    return String(letters)
  }

  private static let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y", "ä", "å", "ö"]
  /// Letters before which a final "s" is an ending.
  private static let sEndings: Set<Character> = [
    "b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "o", "p", "r", "t", "v", "y",
  ]
  /// Letters before which "öst" becomes "ös".
  private static let östEndings: Set<Character> = ["i", "k", "l", "n", "p", "r", "t", "u", "v"]

  /// The suffixes of step 1; "s" and "et" go only on a condition.
  private static let mainSuffixes: [[Character]] = [
    "s", "et",
    "a", "arna", "erna", "heterna", "orna", "ad", "e", "ade", "ande", "arne", "are", "aste", "en",
    "anden", "aren", "heten", "ern", "ar", "er", "heter", "or", "as", "arnas", "ernas", "ornas",
    "es", "ades", "andes", "ens", "arens", "hetens", "erns", "at", "andet", "het", "ast",
  ].map(Array.init)
  /// Endings before "et" that keep it ("komet", "profit"): see `etMayGo`.
  private static let etKeepers: [[Character]] = [
    "fab", "h", "pak", "rak", "stak", "kom", "iet", "cit", "dit", "alit", "ilit", "mit", "nit",
    "pit", "rit", "sit", "tit", "uit", "ivit", "kvit", "xit",
  ].map(Array.init)
  private static let otherSuffixes: [[Character]] = ["ig", "lig", "els", "fullt", "öst"].map(
    Array.init)
  private static let consonantPairs: [[Character]] = ["dd", "gd", "nn", "dt", "gt", "kt", "tt"]
    .map(Array.init)

  /// Where R1 starts: after the first consonant that follows a vowel, but at least at 3.
  private static func regionOne(_ letters: [Character]) -> Int {
    guard letters.count >= 3,
      let vowel = letters.firstIndex(where: vowels.contains),
      let consonant = letters[vowel...].firstIndex(where: { !vowels.contains($0) })
    else { return letters.count }
    return max(consonant + 1, 3)
  }

  /// Step 1: the longest main suffix inside R1 goes; "s" only after an s-ending, "et" only when
  /// `etMayGo`.
  private static func removeMainSuffix(_ letters: inout [Character], r1: Int) {
    guard let suffix = longestSuffix(of: letters, among: mainSuffixes, from: r1) else { return }
    let start = letters.count - suffix.count
    switch suffix {
    case ["s"]:
      if letters[..<start].hasSuffix(["e", "t"]), etMayGo(before: start - 2, in: letters) {
        letters.removeLast(3)
      } else if start > 0, sEndings.contains(letters[start - 1]) {
        letters.removeLast()
      }
    case ["e", "t"]:
      if etMayGo(before: start, in: letters) { letters.removeLast(2) }
    default:
      letters.removeLast(suffix.count)
    }
  }

  /// Whether an "et" starting at `end` is an ending: it follows a consonant after a vowel, with a
  /// letter before them, and the word before it does not end like "komet" or "profit".
  private static func etMayGo(before end: Int, in letters: [Character]) -> Bool {
    guard end >= 3, !vowels.contains(letters[end - 1]), vowels.contains(letters[end - 2]) else {
      return false
    }
    let head = letters[..<end]
    return !etKeepers.contains { head.hasSuffix($0) }
  }

  /// Step 2: a final "dd", "gd", "nn", "dt", "gt", "kt" or "tt" inside R1 loses its last letter.
  private static func removeConsonantPair(_ letters: inout [Character], r1: Int) {
    guard longestSuffix(of: letters, among: consonantPairs, from: r1) != nil else { return }
    letters.removeLast()
  }

  /// Step 3: "lig", "ig" and "els" inside R1 go; "fullt" becomes "full", "öst" after one of
  /// `östEndings` becomes "ös".
  private static func removeOtherSuffix(_ letters: inout [Character], r1: Int) {
    guard let suffix = longestSuffix(of: letters, among: otherSuffixes, from: r1) else { return }
    let start = letters.count - suffix.count
    switch suffix {
    case Array("fullt"): letters.removeLast()
    case Array("öst"):
      if start > 0, östEndings.contains(letters[start - 1]) { letters.removeLast() }
    default: letters.removeLast(suffix.count)
    }
  }

  /// The longest of `suffixes` that ends the word and lies wholly at or after `start`.
  private static func longestSuffix(
    of letters: [Character], among suffixes: [[Character]], from start: Int
  ) -> [Character]? {
    var longest: [Character]?
    for suffix in suffixes
    where suffix.count > longest?.count ?? 0 && letters.count - suffix.count >= start
      && letters.hasSuffix(suffix)
    {
      longest = suffix
    }
    return longest
  }
}

extension Collection where Element: Equatable {
  /// Whether the collection ends with `suffix`.
  fileprivate func hasSuffix(_ suffix: [Element]) -> Bool {
    guard count >= suffix.count else { return false }
    return suffix.indices.allSatisfy {
      self[index(endIndex, offsetBy: $0 - suffix.count)] == suffix[$0]
    }
  }
}
