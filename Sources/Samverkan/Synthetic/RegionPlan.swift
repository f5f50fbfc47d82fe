/// What a synthetic region offers children and young people, drawn once per region: how its first
/// line is organised, which clinics it has and whether guardians may turn to BUP themselves.
struct RegionPlan: Sendable {
  /// How the region organises the first line for mild to moderate mental ill-health.
  enum FirstLine: CaseIterable, Sendable {
    /// A vårdcentral with an added mandate for young people's mental health (as in VGR).
    case youthMentalHealthMandate
    /// Every vårdcentral is the first line (as in Region Stockholm).
    case everyHealthCentre
    /// A regional first-line clinic of its own.
    case regionalClinic
  }

  /// 1-based.
  let number: Int
  let id: String
  let name: String
  let firstLine: FirstLine
  /// Whether guardians may phone BUP akut themselves day and night; every region has BUP akut.
  let acuteBUPTakesCalls: Bool
  let hasYouthClinic: Bool
  let hasAddictionClinic: Bool
  let directCareRequestToBUP: Bool
  /// How long a referral to BUP waits.
  let bupReferralResponse: ResponseTime

  init(number: Int, rng: inout SplitMix64) {
    self.number = number
    let digits = "\(number < 10 ? "0" : "")\(number)"
    id = "syntetregion-\(digits)"
    name = "Syntetregion \(digits)"
    firstLine = rng.pick(FirstLine.allCases)
    acuteBUPTakesCalls = rng.chance(50)
    hasYouthClinic = rng.chance(70)
    hasAddictionClinic = rng.chance(40)
    directCareRequestToBUP = rng.chance(40)
    bupReferralResponse = rng.pick([.weeks(2), .weeks(4), .days(30)])
  }

  /// The template's path, relative to the output folder.
  var path: String { "regions/\(id).yaml" }

  var contacts: FakeContacts {
    FakeContacts(domain: "\(id).example", exchange: "0001-\(number < 10 ? "0" : "")\(number)")
  }
}
