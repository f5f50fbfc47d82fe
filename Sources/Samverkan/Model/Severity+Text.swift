import Foundation

extension Severity {
  /// Reads a severity as a person types it, in Swedish or English, case and diacritics aside:
  /// "lindrig", "måttlig", "allvarlig", "mild", "moderate", "severe" (also "svår", "lätt").
  public init?(typed text: String) {
    let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
      .trimmingCharacters(in: .whitespaces)
    let words: [String: Severity] = [
      "mild": .mild, "lindrig": .mild, "latt": .mild, "lindriga": .mild,
      "moderate": .moderate, "mattlig": .moderate, "medel": .moderate, "mattliga": .moderate,
      "severe": .severe, "allvarlig": .severe, "svar": .severe, "allvarliga": .severe,
    ]
    guard let severity = words[folded] else { return nil }
    self = severity
  }

  /// Every word `init(typed:)` reads, for "did you mean".
  public static let typedWords = [
    "lindrig", "måttlig", "allvarlig", "mild", "moderate", "severe",
  ]
}
