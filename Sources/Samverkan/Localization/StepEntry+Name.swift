extension StepEntry {
  /// When the step applies, in the current language: "från 10 % frånvaro, allvarlig".
  public var name: String {
    var parts: [String] = []
    if let absencePercent { parts.append(L10n.values("entry.absence", String(absencePercent))) }
    if !severities.isEmpty {
      parts.append(severities.map(\.name).joined(separator: L10n.values("entry.or")))
    }
    return parts.joined(separator: ", ")
  }
}
