/// A provision of Swedish law that the rules, answers and case walks cite.
///
/// Every citation the code writes comes from `Citation.table`, the table "Current law (in force
/// 2026-12-01)" of domain.md, so a change in the law is one edit here. A test compares the table
/// with domain.md row by row.
///
///     Citation.reportingDuty.text   // "SoL 19 kap. 1 §, OSL 10 kap. 28 §"
public struct Citation: Sendable, Hashable, CustomStringConvertible {
  /// What the provision is about, as domain.md's table names it.
  public let topic: String
  /// The citation as written in maps and output, e.g. "SoL 19 kap. 1 §".
  public let text: String
  /// What it says, in one line.
  public let gist: String

  public var description: String { text }

  /// Several citations written as one, e.g. "SoL 19 kap. 1 §, OSL 10 kap. 28 §".
  public static func joined(_ citations: Citation...) -> String {
    citations.map(\.text).joined(separator: ", ")
  }
}

extension Citation {
  /// The duty to report at once when a child is or may be harmed.
  public static let reportOfConcern = Citation(
    topic: "report of concern (duty)", text: "SoL 19 kap. 1 §",
    gist:
      "authorities and professionals (school, health care, social services, dental care and "
      + "more) report at once when they know of or suspect that a child is harmed")
  /// Everyone else should report.
  public static let reportOfConcernOthers = Citation(
    topic: "report of concern (others)", text: "SoL 19 kap. 4 §",
    gist: "anyone else *should* report")
  /// Feedback to the one who reported.
  public static let reporterFeedback = Citation(
    topic: "feedback to the reporter", text: "SoL 19 kap. 6 §",
    gist: "on request, within a week of the decision to open an investigation or not")
  /// The duty to give information once an investigation is open.
  public static let dutyToInform = Citation(
    topic: "duty to give information", text: "SoL 20 kap. 6 §",
    gist: "once an investigation is open, those in 19:1 give what is relevant")
  /// Social services take the initiative for children at risk; schools must collaborate.
  public static let childrenAtRisk = Citation(
    topic: "collaboration about children at risk", text: "SoL 18 kap. 6 §; Skollagen 29 kap. 13 §",
    gist: "social services takes the initiative; schools must collaborate")
  /// The coordinated individual plan.
  public static let sip = Citation(
    topic: "SIP", text: "SoL 10 kap. 8 §; HSL 16 kap. 4 §",
    gist: "municipality and region draw up a plan when needed, with consent, at once")
  /// The child's voice in social-services matters.
  public static let childsVoice = Citation(
    topic: "the child's voice", text: "SoL 3 kap. 2–4 §§",
    gist: "views weighed by age and maturity; from 15 a child speaks for themself in SoL matters")
  /// A duty to inform breaks secrecy.
  public static let secrecyBrokenByDuty = Citation(
    topic: "secrecy broken by a duty", text: "OSL 10 kap. 28 §", gist: "")
  /// Consent to lift secrecy, and a minor's secrecy towards the guardians.
  public static let consentOfMinors = Citation(
    topic: "secrecy: consent, minors", text: "OSL 12 kap. 2 §, 12 kap. 3 §",
    gist:
      "a minor's secrecy can hold against the guardians; the guardians' say follows FB 6 kap. 11 §"
  )
  /// Secrecy in health care and social services, and what they may share about a minor.
  public static let healthAndSocialSecrecy = Citation(
    topic: "health care / social services", text: "OSL 25 kap. 1 §, 12 §; 26 kap. 1 §, 9 §",
    gist:
      "25:12 and 26:9 let health care and social services share about a minor in need — not the "
      + "school")
  /// Secrecy in pupil health and special support.
  public static let pupilHealthSecrecy = Citation(
    topic: "pupil health, special support", text: "OSL 23 kap. 2 §", gist: "")
  /// Absence from compulsory school.
  public static let compulsoryAbsence = Citation(
    topic: "absence, compulsory school", text: "Skollagen 7 kap. 17 §, 19 a §, 20 §, 21–23 §§",
    gist:
      "same-day notice; investigate and report to the huvudman; guardians' duty; home "
      + "municipality's watch, order under a fine")
  /// Absence from gymnasieskola.
  public static let upperSecondaryAbsence = Citation(
    topic: "absence, gymnasieskola", text: "Skollagen 15 kap. 16 §",
    gist:
      "attend, same-day notice, investigate; no compulsory schooling, no report to the home "
      + "municipality, no fine")
  /// Pupil health.
  public static let pupilHealth = Citation(
    topic: "pupil health", text: "Skollagen 2 kap. 25 §", gist: "")
  /// The guardians' say and the child's growing say.
  public static let guardiansSay = Citation(
    topic: "guardians' say, child's maturity", text: "FB 6 kap. 11 §",
    gist: "growing weight to the child's view with age and maturity")

  /// domain.md's table "Current law", row for row.
  public static let table: [Citation] = [
    reportOfConcern, reportOfConcernOthers, reporterFeedback, dutyToInform, childrenAtRisk, sip,
    childsVoice, secrecyBrokenByDuty, consentOfMinors, healthAndSocialSecrecy, pupilHealthSecrecy,
    compulsoryAbsence, upperSecondaryAbsence, pupilHealth, guardiansSay,
  ]
}

extension Citation {
  /// What lets a report of concern pass without consent: the duty and the secrecy it breaks.
  public static let reportingDuty = joined(reportOfConcern, secrecyBrokenByDuty)
  /// Consent to lift secrecy (OSL 12 kap. 2 §).
  public static let consent = "OSL 12 kap. 2 §"
  /// Information between health care and social services about a minor (OSL 25:12, 26:9).
  public static let healthSocialProvision = "OSL 25 kap. 12 §, 26 kap. 9 §"
  /// Investigating absence in compulsory school: the rektor's duty.
  public static let compulsoryInvestigation = "Skollagen 7 kap. 19 a §"
  /// Same-day notice of absence in compulsory school (part of `compulsoryAbsence`).
  public static let compulsoryNotice = "Skollagen 7 kap. 17 §"
  /// The guardians' duty to see that the pupil attends (part of `compulsoryAbsence`).
  public static let guardiansDuty = "Skollagen 7 kap. 20 §"
  /// The home municipality's watch over compulsory schooling, an order under a fine (part of
  /// `compulsoryAbsence`).
  public static let compulsoryWatch = "Skollagen 7 kap. 21–23 §§"
  /// The school's duty to collaborate about children at risk (the school's part of
  /// `childrenAtRisk`).
  public static let schoolChildrenAtRisk = "Skollagen 29 kap. 13 §"
  /// Extra adaptations and special support.
  public static let specialSupport = "Skollagen 3 kap."
  /// The Socialtjänstlag in force, where the table gives no paragraph (e.g. social services'
  /// investigation): "SoL (2025:400)", never an invented one (Maps/README.md).
  public static let socialServicesAct = "SoL (2025:400)"

  /// Citations of the Socialtjänstlag that SoL 2025:400 replaced on 1 July 2025, with the current
  /// citation of the same duty, e.g. "SoL 14 kap. 1 §" → `reportOfConcern`.
  public static let replacedSocialServicesAct: [(chapter: Int, section: Int, now: Citation)] = [
    (14, 1, reportOfConcern), (2, 7, sip),
  ]
}
