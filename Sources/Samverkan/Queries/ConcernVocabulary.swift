import Foundation

/// Words people use for each concern, in Swedish and English, and how free text resolves to them.
///
/// Text and terms are compared word by word on their Swedish stems, ignoring case and diacritics,
/// so "hon sparkades" finds "sparkad" and "angest" finds "ångest". A term of six letters or more
/// (as a stem) is also found inside a longer compound ("skolfrånvaron", "ångestattacker"); shorter
/// ones ("oro", "npf", "adhd") only as whole words. Longer terms win over the shorter ones inside
/// them: "missbruk i hemmet" is harm at home, not the pupil's substance use. A word a letter or two
/// from a vocabulary word is read as that word, and the reading says so.
///
///     ConcernVocabulary.resolve("ångest och hemmasittare")  // concerns [.mentalHealth, .absence]
public enum ConcernVocabulary {
  /// A typed word read as another: "ångst" as "ångest".
  public struct Interpretation: Sendable, Hashable {
    /// The word as it was typed.
    public var typed: String
    /// The vocabulary word it was read as.
    public var understood: String

    public init(typed: String, understood: String) {
      self.typed = typed
      self.understood = understood
    }
  }

  /// What free text was understood to be about.
  public struct Reading: Sendable, Hashable {
    /// The concerns found, in the order the text names them.
    public var concerns: [Concern]
    /// Typed words read as other words; empty when there were none.
    public var interpretations: [Interpretation]
    /// Whether the text names suicide, self-harm or a life in danger, so the acute way comes first
    /// whatever severity is given.
    public var namesAcuteDanger: Bool

    public init(
      concerns: [Concern], interpretations: [Interpretation] = [], namesAcuteDanger: Bool = false
    ) {
      self.concerns = concerns
      self.interpretations = interpretations
      self.namesAcuteDanger = namesAcuteDanger
    }
  }

  /// The result of resolving free text.
  public enum Resolution: Sendable, Equatable {
    /// At least one concern was found.
    case matched(Reading)
    /// Nothing matched; the terms closest to what was typed, best first.
    case noMatch(suggestions: [String])
  }

  /// The concerns free text names, or the closest terms when it names none.
  ///
  ///     ConcernVocabulary.resolve("hon sparkades hemma")  // .matched: [.harm]
  ///     ConcernVocabulary.resolve("ångst")                // .matched: [.mentalHealth], "ångst" → "ångest"
  public static func resolve(_ text: String) -> Resolution {
    let typed = words(text)
    var found = matches(in: typed)
    var interpretations: [Interpretation] = []
    let corrections = corrections(for: typed, leaving: found.used)
    if !corrections.isEmpty {
      var read = typed
      for (position, word) in corrections { read[position] = word }
      found = matches(in: read)
      interpretations = corrections.keys.sorted()
        .filter(found.used.contains)
        .compactMap { position in
          corrections[position].map {
            Interpretation(typed: typed[position].typed, understood: $0.typed)
          }
        }
    }
    guard !found.hits.isEmpty else { return .noMatch(suggestions: suggestions(for: typed)) }
    // Marks on the body that the text itself explains as self-harm ("märken på armarna, hon
    // skär sig") are no suspicion of harm by someone else; marks alone still are.
    let explainedBySelfHarm = found.hits.contains { selfHarmTerms.contains($0.entry.term) }
    let hits = found.hits.filter { !(explainedBySelfHarm && injuryTerms.contains($0.entry.term)) }
    var concerns: [Concern] = []
    for hit in hits.sorted(by: { $0.position < $1.position }) {
      for concern in hit.entry.concerns where !concerns.contains(concern) {
        concerns.append(concern)
      }
    }
    let acute =
      concerns.contains(.suicideRisk) || hits.contains { $0.entry.namesLifeInDanger }
    return .matched(
      Reading(concerns: concerns, interpretations: interpretations, namesAcuteDanger: acute))
  }

  /// Whether the text asks about a SIP, a coordinated individual plan.
  public static func asksForSIP(_ text: String) -> Bool {
    let folded = " " + words(text).map(\.folded).joined(separator: " ") + " "
    return folded.contains(" sip ") || folded.contains("samordnad individuell plan")
  }

  /// Lower case without diacritics: "Skolvägran" → "skolvagran".
  static func fold(_ text: String) -> String {
    text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
  }
}
