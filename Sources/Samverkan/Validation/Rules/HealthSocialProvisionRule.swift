/// The provision between health care and social services about a minor is used only between them.
///
/// Checks every route that is not ended whose `provision` cites OSL 25 kap. 12 § or 26 kap. 9 §
/// (written "25 kap. 12 §", "25 kap 12 §" and the like): it must run between the health-care and
/// the social-services confidentiality domain (`ConfidentialityDomain`: the school nurse and
/// doctor count as health care; the school's kurator and rektor never do), one at each end.
///
/// Source: OSL 25 kap. 12 § and 26 kap. 9 § (information about a minor who needs care or support
/// between health care and social services); domain.md rule 3 ("this does not cover the school's
/// kurator or rektor").
public struct HealthSocialProvisionRule: MapRule {
  public let id = "health-social-provision"
  public let summary =
    "\(Citation.healthSocialProvision) carries information only between health care and "
    + "social services"
  public let source = "\(Citation.healthSocialProvision); domain.md rule 3"
  public let kind = RuleKind.statutory
  public let defaultSeverity = Diagnostic.Severity.error

  public init() {}

  public func check(_ map: CollaborationMap) -> [Diagnostic] {
    var findings: [Diagnostic] = []
    for route in map.routes where route.status != .ended {
      guard case .provision(let provision) = route.sharing, Self.cites(provision),
        let sender = map.actor(route.from), let receiver = map.actor(route.to)
      else { continue }
      let ends = [sender, receiver].map(ConfidentialityDomain.init)
      if ends.contains(.healthCare) && ends.contains(.socialServices) { continue }
      let schoolEnd = [sender, receiver].first { ConfidentialityDomain(of: $0) == .school }
      let message =
        if let schoolEnd {
          "route '\(route.id)' relies on \(Citation.healthSocialProvision), which carries "
            + "information between health care and social services only, not to or from the "
            + "school's '\(schoolEnd.id)' (kurator, rektor)"
        } else {
          "route '\(route.id)' relies on \(Citation.healthSocialProvision), but runs from "
            + "'\(sender.id)' (\(sender.sector.rawValue)) to '\(receiver.id)' "
            + "(\(receiver.sector.rawValue)), not between health care and social services"
        }
      findings.append(
        finding(
          message, at: route.source?.location(of: "provision"), element: route.id,
          hint:
            "write 'consent: required', or name a provision that covers this route (e.g. "
            + "'\(Citation.reportingDuty)' for a report of concern)"))
    }
    return findings
  }

  /// Whether `provision` cites 25 kap. 12 § or 26 kap. 9 §, ignoring dots and extra spaces.
  static func cites(_ provision: String) -> Bool {
    let spaced = provision.lowercased().map { (c: Character) -> Character in
      c.isLetter || c.isNumber ? c : " "
    }
    let words = spaced.split(separator: " ").map { String($0) }
    for index in words.indices.dropLast(2) where words[index + 1] == "kap" {
      switch (words[index], words[index + 2]) {
      case ("25", "12"), ("26", "9"): return true
      default: continue
      }
    }
    return false
  }
}
