import Foundation

/// Words people use for each concern, in Swedish and English, and how free text resolves to them.
///
/// Matching ignores case and diacritics, so "angest" finds "ångest". Longer terms win over the
/// shorter ones inside them: "missbruk i hemmet" is harm at home, not the pupil's substance use.
public enum ConcernVocabulary {
  /// The result of resolving free text.
  public enum Resolution: Sendable, Equatable {
    /// The concerns found, in the order the text names them.
    case matched([Concern])
    /// Nothing matched; the terms closest to what was typed, best first.
    case noMatch(suggestions: [String])
  }

  /// Every term of a concern: its Swedish and English names first, then synonyms.
  public static func terms(for concern: Concern) -> [String] {
    switch concern {
    case .absence:
      [
        "problematisk skolfrånvaro", "absence", "skolfrånvaro", "frånvaro", "hemmasittare",
        "hemmasittande", "skolvägran", "skolk", "närvaro", "school refusal", "truancy",
        "attendance",
      ]
    case .mentalHealth:
      [
        "psykisk ohälsa", "mental health", "ångest", "oro", "orolig", "nedstämdhet", "nedstämd",
        "depression", "deprimerad", "stress", "sömnproblem", "ätstörning", "panikattack",
        "anxiety", "anxious", "low mood", "självskada", "self-harm", "självmordstankar",
      ]
    case .neuropsychiatric:
      [
        "neuropsykiatrisk", "neuropsychiatric", "npf", "adhd", "add", "autism", "asperger",
        "tourette", "neurodevelopmental",
      ]
    case .harm:
      [
        "barn som far illa", "harm", "far illa", "fara illa", "våld", "misshandel",
        "missbruk i hemmet", "försummelse", "övergrepp", "hedersrelaterat", "abuse", "neglect",
        "violence", "harm at home",
      ]
    case .substanceUse:
      [
        "missbruk", "substance use", "droger", "alkohol", "narkotika", "cannabis", "drugs",
        "alcohol",
      ]
    case .suicideRisk:
      [
        "suicidrisk", "suicide risk", "suicid", "självmord", "självmordstankar", "självskada",
        "skadar sig själv", "suicide", "self-harm",
      ]
    case .parenting:
      ["föräldraskapsstöd", "parenting", "föräldrastöd", "föräldraskap", "gränssättning"]
    case .learning:
      [
        "lärande och särskilt stöd", "learning", "särskilt stöd", "extra anpassningar",
        "skolsvårigheter", "lässvårigheter", "dyslexi", "special support",
      ]
    case .somaticHealth:
      [
        "somatisk hälsa", "somatic health", "somatisk", "magont", "huvudvärk",
        "kroppsliga besvär", "headache", "stomach ache",
      ]
    }
  }

  /// The concerns free text names, or the closest terms when it names none.
  ///
  ///     ConcernVocabulary.resolve("ångest och hemmasittare")  // .matched([.mentalHealth, .absence])
  public static func resolve(_ text: String) -> Resolution {
    var remaining = " " + words(fold(text)).joined(separator: " ") + " "
    var found: [(position: Int, concern: Concern)] = []
    for (term, concerns) in index {
      // Short terms ("oro", "npf") match whole words only; longer ones also inside compounds.
      let needle = term.count < 5 ? " \(term) " : term
      guard let range = remaining.range(of: needle) else { continue }
      let position = remaining.distance(from: remaining.startIndex, to: range.lowerBound)
      for concern in concerns where !found.contains(where: { $0.concern == concern }) {
        found.append((position, concern))
      }
      remaining.replaceSubrange(range, with: String(repeating: " ", count: needle.count))
    }
    if !found.isEmpty { return .matched(found.sorted { $0.position < $1.position }.map(\.concern)) }
    var suggestions: [String] = []
    for word in words(fold(text)) {
      if let term = word.closestMatch(in: index.map(\.term)), !suggestions.contains(term) {
        suggestions.append(term)
      }
    }
    return .noMatch(suggestions: suggestions)
  }

  /// Every term, folded, longest first, with the concerns it names.
  private static let index: [(term: String, concerns: [Concern])] = {
    var concernsByTerm: [String: [Concern]] = [:]
    for concern in Concern.allCases {
      for term in terms(for: concern) { concernsByTerm[fold(term), default: []].append(concern) }
    }
    return concernsByTerm.map { ($0.key, $0.value) }
      .sorted { $0.0.count != $1.0.count ? $0.0.count > $1.0.count : $0.0 < $1.0 }
  }()

  /// Whether the text asks about a SIP, a coordinated individual plan.
  public static func asksForSIP(_ text: String) -> Bool {
    let folded = " " + words(fold(text)).joined(separator: " ") + " "
    return folded.contains(" sip ") || folded.contains("samordnad individuell plan")
  }

  /// Lower case without diacritics: "Skolvägran" → "skolvagran".
  static func fold(_ text: String) -> String {
    text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
  }

  private static func words(_ text: String) -> [String] {
    text.split { !$0.isLetter && !$0.isNumber && $0 != "-" }.map(String.init)
  }
}
