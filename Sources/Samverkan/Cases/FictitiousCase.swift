/// A fictitious pupil whose situation is walked through a map's escalation ladder.
///
/// Seed 002 asks for case-based work with fictitious cases, to make each actor's mandate and room
/// to act visible. A case file is YAML, checked as strictly as a map:
///
///     format: 1
///     id: angest-13
///     title: 13-åring med ökande frånvaro och oro
///     age: 13
///     concerns: [absence, mental-health]
///     severity: mild
///     absence: [{week: 36, percent: 5}, {week: 40, percent: 20}]
///     consent: true          # the guardians'
///     pupil-consent: false   # the pupil's own
///     tried: [Samtal med mentor]
///     harm-suspected: false
public struct FictitiousCase: Sendable, Hashable, Codable, Identifiable {
  static let supportedFormat = 1

  public var id: String
  public var title: String
  /// The pupil's age in years, 0 to 25.
  public var age: Int
  /// What the case is about; at least one concern.
  public var concerns: [Concern]
  public var severity: Severity
  /// Absence over time, in week order as written; empty when the case does not say.
  public var absence: [AbsenceRecord]
  /// Whether the guardians consent to information about the pupil being shared.
  public var consent: Bool
  /// Whether the pupil consents themself; counts where the law lets a pupil of this age decide
  /// (see `CollaborationLaw.consent(for:age:)`).
  public var pupilConsent: Bool
  /// What has been tried already.
  public var tried: [String]
  /// Whether someone suspects the child is being harmed (then a report of concern is due at once).
  public var harmSuspected: Bool
  /// The ladder to walk; nil to let the map choose (see `CollaborationMap.ladder(for:)`).
  public var ladder: String?

  public init(
    id: String, title: String, age: Int, concerns: [Concern], severity: Severity,
    absence: [AbsenceRecord] = [], consent: Bool, pupilConsent: Bool = false,
    tried: [String] = [],
    harmSuspected: Bool = false, ladder: String? = nil
  ) {
    self.id = id
    self.title = title
    self.age = age
    self.concerns = concerns
    self.severity = severity
    self.absence = absence
    self.consent = consent
    self.pupilConsent = pupilConsent
    self.tried = tried
    self.harmSuspected = harmSuspected
    self.ladder = ladder
  }

  enum CodingKeys: String, CodingKey, CaseIterable {
    case format, id, title, age, concerns, severity, absence, consent
    case pupilConsent = "pupil-consent"
    case tried
    case harmSuspected = "harm-suspected"
    case ladder
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
    let format = try c.decode(Int.self, forKey: .format)
    guard format == Self.supportedFormat else {
      throw c.invalid(
        .format,
        L10n.cases("case.file.format", String(format), String(Self.supportedFormat)))
    }
    id = try c.decodeID(forKey: .id)
    title = try c.decodeText(forKey: .title)
    age = try c.decode(Int.self, forKey: .age)
    guard (0...25).contains(age) else {
      throw c.invalid(.age, L10n.cases("case.file.age", String(age)))
    }
    concerns = try c.decode([Concern].self, forKey: .concerns)
    if concerns.isEmpty { throw c.invalid(.concerns, L10n.cases("case.file.no-concern")) }
    severity = try c.decode(Severity.self, forKey: .severity)
    absence = try c.decode([AbsenceRecord].self, forKey: .absence, default: [])
    consent = try c.decode(Bool.self, forKey: .consent)
    pupilConsent = try c.decode(Bool.self, forKey: .pupilConsent, default: false)
    tried = try c.decode([String].self, forKey: .tried, default: [])
    harmSuspected = try c.decode(Bool.self, forKey: .harmSuspected, default: false)
    ladder = try c.decodeIfPresent(String.self, forKey: .ladder)
    if ladder != nil { ladder = try c.decodeID(forKey: .ladder) }
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(Self.supportedFormat, forKey: .format)
    try c.encode(id, forKey: .id)
    try c.encode(title, forKey: .title)
    try c.encode(age, forKey: .age)
    try c.encode(concerns, forKey: .concerns)
    try c.encode(severity, forKey: .severity)
    if !absence.isEmpty { try c.encode(absence, forKey: .absence) }
    try c.encode(consent, forKey: .consent)
    if pupilConsent { try c.encode(pupilConsent, forKey: .pupilConsent) }
    if !tried.isEmpty { try c.encode(tried, forKey: .tried) }
    try c.encode(harmSuspected, forKey: .harmSuspected)
    try c.encodeIfPresent(ladder, forKey: .ladder)
  }
}
