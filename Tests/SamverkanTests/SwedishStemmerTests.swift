import Testing

@testable import Samverkan

@Suite("The Swedish stemmer gives Snowball's stems")
struct SwedishStemmerTests {
  /// Words from the Snowball Swedish vocabulary and from staff's writing, with the stems the
  /// reference implementation (Snowball 3.1) gives.
  @Test(
    "each step of the algorithm, as the reference gives it",
    arguments: [
      // Main suffix, the longest inside R1.
      ("jaktkarlarne", "jaktkarl"), ("jaktkarlens", "jaktkarl"), ("jakten", "jakt"),
      ("jaktbössa", "jaktböss"), ("jalusierna", "jalusi"), ("klokheten", "klok"),
      ("klokhetens", "klok"), ("klokhet", "klok"), ("ungdomarna", "ungdom"),
      ("snabbast", "snabb"), ("sparkades", "spark"), ("sparkad", "spark"), ("sparkat", "spark"),
      ("hotade", "hot"), ("armarna", "arm"), ("deprimerad", "deprimer"),
      // "s" only after an s-ending; "et" only after a consonant that follows a vowel.
      ("barnets", "barnet"), ("huset", "hus"), ("kometen", "komet"), ("höstens", "höst"),
      // Consonant pair.
      ("hemmasittare", "hemmasit"), ("hemmasittande", "hemmasit"),
      // Other suffix: "lig", "ig", "els"; "löst" → "lös"; "fullt" → "full".
      ("orolig", "oro"), ("vänliga", "vän"), ("kärlekslöst", "kärlekslös"),
      ("kärleksfullt", "kärleksfull"),
      // Nothing to take: no R1, or no suffix inside it.
      ("en", "en"), ("gick", "gick"), ("ohälsan", "ohälsan"), ("frånvaro", "frånvaro"),
      ("hedersförtryck", "hedersförtryck"),
    ])
  func stems(word: String, stem: String) {
    #expect(SwedishStemmer.stem(word) == stem)
  }

  @Test("the forms of one verb share a stem, so one term finds them all")
  func verbForms() {
    let stems = Set(
      ["sparka", "sparkar", "sparkade", "sparkades", "sparkad", "sparkat"].map(SwedishStemmer.stem))
    #expect(stems == ["spark"])
  }
}
