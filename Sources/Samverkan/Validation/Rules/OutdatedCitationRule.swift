/// The map cites the law in force: the Socialtjänstlag of 2025, and the gymnasium's own
/// paragraph on absence.
///
/// Checks every route's `provision` and every mandate's `basis`:
/// - a citation of the Socialtjänstlag 2001:453, replaced by SoL 2025:400 on 1 July 2025 — the
///   text "2001:453", or a SoL chapter and section that the new law renumbered (`Citation
///   .replacedSocialServicesAct`, e.g. "SoL 14 kap. 1 §" for the report of concern, now 19 kap.
///   1 §);
/// - a SoL chapter and section that the table of current law does not know (`Citation
///   .socialServicesActSections`), which is either a typo or a paragraph nobody checked;
/// - a school's absence mandate for gymnasium ages only (16 and up) resting on Skollagen 7 kap.,
///   which is compulsory school; the gymnasium's is 15 kap. 16 §.
///
/// Source: domain.md "Current law" ("A map reviewed after that date that cites SoL 2001:453 is
/// wrong"); Skollagen 15 kap. 16 §.
public struct OutdatedCitationRule: MapRule {
  public let id = "outdated-citation"
  public var summary: String { L10n.rules("outdated-citation.summary") }
  public let source = "domain.md \"Current law\"; \(Citation.upperSecondaryAbsence.text)"
  public let kind = RuleKind.statutory
  public let defaultSeverity = Diagnostic.Severity.error

  public init() {}

  public func check(_ map: CollaborationMap) -> [Diagnostic] {
    var findings: [Diagnostic] = []
    for route in map.routes {
      guard case .provision(let provision) = route.sharing,
        let replaced = Self.replacedCitation(in: provision)
      else { continue }
      findings.append(
        finding(
          L10n.rules("outdated-citation.route", route.id, provision, replaced.problem),
          at: route.source?.location(of: "provision"), element: route.id, hint: replaced.hint))
    }
    for actor in map.actors {
      for mandate in actor.mandates {
        let location = actor.source?.location(of: "mandates")
        if let replaced = Self.replacedCitation(in: mandate.basis) {
          findings.append(
            finding(
              L10n.rules("outdated-citation.mandate", actor.id, mandate.basis, replaced.problem),
              at: location, element: actor.id, hint: replaced.hint))
        } else if actor.sector == .school, mandate.concerns.contains(.absence),
          mandate.ages.lower >= 16, Self.citesChapter7(mandate.basis)
        {
          findings.append(
            finding(
              L10n.rules(
                "outdated-citation.gymnasium", actor.id, mandate.ages.name, mandate.basis,
                Citation.upperSecondaryAbsence.text),
              at: location, element: actor.id,
              hint: L10n.rules(
                "outdated-citation.gymnasium.hint", Citation.upperSecondaryAbsence.text)))
        }
      }
    }
    return findings
  }

  /// What is wrong with a citation of the old Socialtjänstlag in `text`, and the current one, in
  /// the current language.
  static func replacedCitation(in text: String) -> (problem: String, hint: String)? {
    // Most citations name neither (OSL, HSL, Skollagen): they are let through without a search.
    guard text.mayMention("2001:453") || text.mayMention("SoL") else { return nil }
    if text.contains("2001:453") {
      return (
        L10n.rules("outdated-citation.old-act"),
        L10n.rules("outdated-citation.old-act.hint", Citation.reportingDuty)
      )
    }
    for part in text.split(whereSeparator: { $0 == "," || $0 == ";" })
    where part.contains("SoL") && !part.contains("2025:400") {
      for (chapter, section) in chapterAndSections(in: String(part)) {
        guard
          let now = Citation.replacedSocialServicesAct.first(where: {
            $0.chapter == chapter && $0.section == section
          })?.now
        else { continue }
        return (
          L10n.rules("outdated-citation.renumbered", now.text),
          L10n.rules("outdated-citation.renumbered.hint", now.text)
        )
      }
      for (chapter, section) in chapterAndSections(in: String(part))
      where !Citation.socialServicesActSections.contains([chapter, section]) {
        return (
          L10n.rules("outdated-citation.unknown", String(chapter), String(section)),
          L10n.rules("outdated-citation.unknown.hint")
        )
      }
    }
    return nil
  }

  /// The "N kap. M §" pairs of a citation, dots and spaces as people write them.
  private static func chapterAndSections(in text: String) -> [(Int, Int)] {
    let spaced = String(
      text.map { (c: Character) -> Character in
        c.isNumber || c.isLetter ? c : " "
      })
    let words = spaced.split(separator: " ").map(String.init)
    var pairs: [(Int, Int)] = []
    for index in words.indices.dropLast(2) where words[index + 1] == "kap" {
      if let chapter = Int(words[index]), let section = Int(words[index + 2]) {
        pairs.append((chapter, section))
      }
    }
    return pairs
  }

  private static func citesChapter7(_ text: String) -> Bool {
    text.mayMention("Skollagen") && text.contains("Skollagen")
      && chapterAndSections(in: text).contains { $0.0 == 7 }
  }
}
