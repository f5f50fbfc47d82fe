import Foundation

extension Severity {
  /// Reads a severity as a person types it, in Swedish or English, case and diacritics aside:
  /// "lindrig", "måttlig", "allvarlig", "mild", "moderate", "severe" (domain.md "Severity
  /// levels").
  public init?(typed text: String) {
    let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
      .trimmingCharacters(in: .whitespaces)
    let words: [String: Severity] = [
      "mild": .mild, "lindrig": .mild, "moderate": .moderate, "mattlig": .moderate,
      "severe": .severe, "allvarlig": .severe,
    ]
    guard let severity = words[folded] else { return nil }
    self = severity
  }

  /// Every word `init(typed:)` reads, for "did you mean".
  public static let typedWords = [
    "lindrig", "måttlig", "allvarlig", "mild", "moderate", "severe",
  ]
}
