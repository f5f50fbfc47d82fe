extension EscalationLadder.Step {
  /// Whether a case with this severity, highest weekly absence (nil: the case does not say) and
  /// suspicion of harm has what the step is for.
  ///
  /// An exercise of authority (a child-protection investigation, an order under a fine) is open at
  /// once when harm is suspected, and never to a mild case without it: voluntary support comes
  /// first (domain.md, the typical ladder: "Samverka — social services (support with consent;
  /// report of concern if harm is suspected)"; "Myndighet — ... a child-protection
  /// investigation"). Otherwise the step's `entry` decides; a step without one takes every case.
  public func admits(severity: Severity, highestAbsence: Int?, harmSuspected: Bool) -> Bool {
    if authority {
      if harmSuspected { return true }
      if severity == .mild { return false }
    }
    guard let entry else { return true }
    if !entry.severities.isEmpty, !entry.severities.contains(severity) { return false }
    if let threshold = entry.absencePercent, let highestAbsence, highestAbsence < threshold {
      return false
    }
    return true
  }
}
