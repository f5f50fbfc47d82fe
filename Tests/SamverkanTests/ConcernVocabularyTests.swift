import Foundation
import Testing

@testable import Samverkan

/// One row of `Tests/Fixtures/concern-words.tsv`.
struct ConcernWordRow: CustomStringConvertible {
  var line: Int
  var text: String
  var expected: Set<Concern>
  var forbidden: Set<Concern>
  var acute: Bool?
  var source: String

  var description: String { "line \(line): '\(text)' (\(source))" }

  /// The rows of the word list, from its place next to the tests.
  static func load() throws -> [ConcernWordRow] {
    let url = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fixtures/concern-words.tsv")
    let lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
    var rows: [ConcernWordRow] = []
    for (number, line) in lines.enumerated().dropFirst()
    where !line.isEmpty && !line.hasPrefix("#") && !line.hasPrefix("text\t") {
      let columns = line.components(separatedBy: "\t")
      let values = { (column: Int) -> [String] in
        column < columns.count
          ? columns[column].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
          : []
      }
      var acute: Bool?
      if values(1).contains("acute") { acute = true }
      if values(2).contains("acute") { acute = false }
      rows.append(
        ConcernWordRow(
          line: number + 1, text: columns[0],
          expected: Set(values(1).compactMap(Concern.init(rawValue:))),
          forbidden: Set(values(2).compactMap(Concern.init(rawValue:))), acute: acute,
          source: columns.count > 3 ? columns[3] : ""))
    }
    return rows
  }

  /// What is wrong with the text's reading, or nil when it is as expected.
  func failure() -> String? {
    switch ConcernVocabulary.resolve(text) {
    case .noMatch:
      return expected.isEmpty ? nil : "\(self): no concern, expected \(names(expected))"
    case .matched(let reading):
      let found = Set(reading.concerns)
      var problems: [String] = []
      if expected.isEmpty { problems.append("expected no concern") }
      if !expected.isSubset(of: found) {
        problems.append("missing \(names(expected.subtracting(found)))")
      }
      if !forbidden.isDisjoint(with: found) {
        problems.append("must not name \(names(forbidden.intersection(found)))")
      }
      if let acute, acute != reading.namesAcuteDanger {
        problems.append(acute ? "not flagged acute" : "flagged acute")
      }
      guard !problems.isEmpty else { return nil }
      return
        "\(self): found \(reading.concerns.map(\.rawValue)); \(problems.joined(separator: ", "))"
    }
  }

  private func names(_ concerns: Set<Concern>) -> String {
    concerns.map(\.rawValue).sorted().joined(separator: ",")
  }
}

@Suite("Free text resolves to concerns")
struct ConcernVocabularyTests {
  @Test("every row of the word list resolves as staff mean it")
  func wordList() throws {
    let rows = try ConcernWordRow.load()
    #expect(rows.count >= 300)
    for concern in Concern.allCases {
      #expect(rows.contains { $0.expected.contains(concern) }, "no row for \(concern)")
    }
    let failures = rows.compactMap { $0.failure() }
    #expect(
      failures.isEmpty,
      "\(failures.count) of \(rows.count) rows fail:\n\(failures.joined(separator: "\n"))")
  }

  @Test(
    "synonyms in Swedish and English, any case, with or without diacritics, in the order named",
    arguments: [
      ("Ångest", [Concern.mentalHealth]),
      ("angest", [.mentalHealth]),
      ("HEMMASITTARE", [.absence]),
      ("problematisk skolfranvaro", [.absence]),
      ("skolvägran och oro", [.absence, .mentalHealth]),
      ("misstänkt missbruk i hemmet", [.harm]),
      ("missbruk", [.substanceUse]),
      ("NPF", [.neuropsychiatric]),
      ("autism", [.neuropsychiatric]),
      ("school refusal and anxiety", [.absence, .mentalHealth]),
      ("självskada", [.mentalHealth, .suicideRisk]),
      ("ont i magen och vill inte gå till skolan", [.somaticHealth, .absence]),
      ("hon sparkades hemma och har ångest", [.harm, .mentalHealth]),
    ])
  func resolves(text: String, expected: [Concern]) throws {
    let reading = try #require(read(text))
    #expect(reading.concerns == expected)
    #expect(reading.interpretations.isEmpty)
  }

  @Test("a parent's drinking is harm at home, not the pupil's substance use")
  func longerTermsWin() throws {
    #expect(try #require(read("missbruk i hemmet")).concerns == [.harm])
    #expect(try #require(read("pappa dricker")).concerns == [.harm])
    #expect(try #require(read("hon dricker")).concerns == [.substanceUse])
  }

  @Test("a short word matches only as a whole word: 'oro' in 'orosanmälan' is not worry")
  func shortWordsAreWholeWords() throws {
    #expect(try #require(read("orosanmälan")).concerns == [.harm])
    #expect(try #require(read("oro")).concerns == [.mentalHealth])
  }

  @Test("a long term is found inside a compound")
  func compounds() throws {
    #expect(try #require(read("skolfrånvaron")).concerns == [.absence])
    #expect(try #require(read("ångestattacker")).concerns == [.mentalHealth])
    #expect(try #require(read("hedersförtryck")).concerns == [.harm])
  }

  @Test("a typo is read as the word it is near, and the reading shows it")
  func typosAreShown() throws {
    let reading = try #require(read("ångst"))
    #expect(reading.concerns == [.mentalHealth])
    #expect(reading.interpretations == [.init(typed: "ångst", understood: "ångest")])
    let two = try #require(read("Mishandel och panikattak"))
    #expect(two.concerns == [.harm, .mentalHealth])
    #expect(
      two.interpretations == [
        .init(typed: "Mishandel", understood: "misshandel"),
        .init(typed: "panikattak", understood: "panikattack"),
      ])
    // A typo that keeps the stem needs no reading: "hemmasitare" and "hemmasittare" share one.
    let stemmed = try #require(read("hemmasitare"))
    #expect(stemmed.concerns == [.absence] && stemmed.interpretations.isEmpty)
  }

  @Test("short and ordinary words are never corrected into a concern")
  func noOverCorrection() {
    for text in [
      "mår bra", "enligt lagen", "hon valde att byta skola", "sparar pengar", "vägen hem",
    ] {
      #expect(ConcernVocabulary.resolve(text) == .noMatch(suggestions: []), "\(text)")
    }
  }

  @Test("suicide, self-harm and a life in danger are flagged acute; the rest is not")
  func acuteDanger() throws {
    for text in [
      "vill inte leva", "skär sig", "självmordstankar", "livsfara", "hotad med kniv",
      "hotad till livet", "suicidal",
    ] {
      #expect(try #require(read(text)).namesAcuteDanger, "\(text)")
    }
    for text in ["ångest", "blåmärken", "hotad hemma", "hemmasittare", "mobbad"] {
      #expect(try !(#require(read(text)).namesAcuteDanger), "\(text)")
    }
  }

  @Test("every example of a concern resolves to that concern")
  func examples() throws {
    for concern in Concern.allCases {
      let examples = ConcernVocabulary.examples(for: concern)
      #expect((2...4).contains(examples.count), "\(concern)")
      for example in examples {
        #expect(try #require(read(example)).concerns.contains(concern), "\(example)")
      }
    }
  }

  @Test("a near miss too short to correct gets a 'did you mean'; nonsense gets none")
  func didYouMean() {
    #expect(ConcernVocabulary.resolve("adhs") == .noMatch(suggestions: ["adhd"]))
    #expect(ConcernVocabulary.resolve("xyzzy") == .noMatch(suggestions: []))
  }

  @Test("a question about SIP is recognised")
  func sip() {
    #expect(ConcernVocabulary.asksForSIP("begära SIP"))
    #expect(ConcernVocabulary.asksForSIP("Samordnad individuell plan"))
    #expect(ConcernVocabulary.asksForSIP("SIP-möte"))
    #expect(!ConcernVocabulary.asksForSIP("gossip"))
  }

  @Test("resolving a long sentence takes milliseconds at most, even in a debug build")
  func fast() {
    let text = "hon mår skit, har ångestattacker och har slutat dyka upp sedan pappa sparkade henne"
    _ = ConcernVocabulary.resolve(text)
    let clock = ContinuousClock()
    let elapsed = clock.measure { for _ in 0..<20 { _ = ConcernVocabulary.resolve(text) } }
    // About 0.2 ms a call in a release build; debug builds on a loaded machine are far slower.
    #expect(elapsed < .milliseconds(500))
  }

  private func read(_ text: String) -> ConcernVocabulary.Reading? {
    guard case .matched(let reading) = ConcernVocabulary.resolve(text) else { return nil }
    return reading
  }
}
