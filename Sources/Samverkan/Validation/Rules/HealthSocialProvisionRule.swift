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
  public var summary: String {
    L10n.rules("health-social-provision.summary", Citation.healthSocialProvision)
  }
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
          L10n.rules(
            "health-social-provision.school", route.id, Citation.healthSocialProvision,
            schoolEnd.id)
        } else {
          L10n.rules(
            "health-social-provision.other", route.id, Citation.healthSocialProvision, sender.id,
            sender.sector.name.lowercased(), receiver.id, receiver.sector.name.lowercased())
        }
      findings.append(
        finding(
          message, at: route.source?.location(of: "provision"), element: route.id,
          hint: L10n.rules("health-social-provision.hint", Citation.reportingDuty)))
    }
    return findings
  }

  /// Whether `provision` cites 25 kap. 12 § or 26 kap. 9 §, ignoring dots and extra spaces.
  static func cites(_ provision: String) -> Bool {
    // Chapter 25 or 26 must be a word of the text (lowercasing makes no digits), and "kap" one of
    // the lowercased text; without their bytes the words need no reading.
    guard provision.mayMention("25") || provision.mayMention("26") else { return false }
    let lower = provision.lowercased()
    guard lower.mayMention("kap") else { return false }
    let spaced = lower.map { (c: Character) -> Character in
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
