/// The structure of one synthetic municipality, drawn from its own random stream: its schools,
/// its social-service units, whether it has an attendance team, and its local thresholds.
struct MunicipalityPlan: Sendable {
  /// The stages a school teaches, with the ages of its pupils (Maps/README.md: compulsory school
  /// 6–16, gymnasieskola 16–19).
  enum Stage: CaseIterable, Sendable {
    case f6, f9, years7to9, upperSecondary

    var label: String {
      switch self {
      case .f6: "F–6"
      case .f9: "F–9"
      case .years7to9: "7–9"
      case .upperSecondary: "gymnasium"
      }
    }

    var ages: AgeRange {
      switch self {
      case .f6: AgeRange(lower: 6, upper: 12)
      case .f9: AgeRange(lower: 6, upper: 16)
      case .years7to9: AgeRange(lower: 12, upper: 16)
      case .upperSecondary: AgeRange(lower: 16, upper: 19)
      }
    }
  }

  /// A function in a school's pupil-health team that the map names besides the team itself.
  enum TeamMember: Sendable {
    case counsellor, schoolNurse
  }

  struct School: Sendable {
    /// 1-based within the municipality.
    let number: Int
    let stage: Stage
    let member: TeamMember?
    /// Whether the mentor has a route of its own to the guardians.
    let mentorCallsHome: Bool
  }

  /// 1-based within the nation.
  let number: Int
  let id: String
  let name: String
  let region: RegionPlan
  let schools: [School]
  let hasFieldWorkers: Bool
  let hasParentSupport: Bool
  let hasSIPCoordinator: Bool
  let hasAttendanceTeam: Bool
  let schoolMayConveneSIP: Bool
  /// The local threshold of absence, in per cent over `thresholdWeeks`, that raises a case.
  let thresholdPercent: Int
  let thresholdWeeks: Int

  /// - Parameters:
  ///   - digits: how many digits municipality numbers are written with.
  ///   - schools: how many schools the municipality runs.
  ///   - isCountySeat: the first municipality of a region is its largest.
  init(
    number: Int, digits: Int, region: RegionPlan, schools spread: SyntheticSchools,
    isCountySeat: Bool, rng: inout SplitMix64
  ) {
    self.number = number
    let padded = String(repeating: "0", count: max(0, digits - "\(number)".count)) + "\(number)"
    id = "syntetkommun-\(padded)"
    name = "Syntetkommun \(padded)"
    self.region = region
    let schoolCount: Int
    // With few schools the last may be the one gymnasium; otherwise each school is one by chance.
    var lastIsGymnasium = false
    let gymnasiaByChance = spread != .few
    switch spread {
    case .few:
      let size = rng.int(in: 0...99)
      schoolCount =
        isCountySeat
        ? rng.int(in: 7...8)
        : size < 55 ? rng.int(in: 4...5) : size < 85 ? rng.int(in: 5...7) : rng.int(in: 6...8)
      lastIsGymnasium = schoolCount >= 6 && rng.chance(60)
    case .realistic:
      schoolCount =
        isCountySeat
        ? RealisticSchoolCounts.countySeats[region.number - 1]
        : RealisticSchoolCounts.otherMunicipality(rng: &rng)
    case .each(let count):
      schoolCount = count
    }
    schools = (1...schoolCount).map { number in
      let roll = rng.int(in: 0...99)
      let isGymnasium =
        gymnasiaByChance
        ? rng.chance(RealisticSchoolCounts.gymnasiumPercent)
        : lastIsGymnasium && number == schoolCount
      return School(
        number: number,
        stage: isGymnasium ? .upperSecondary : rng.pick([.f6, .f6, .f9, .f9, .years7to9]),
        member: roll < 35 ? .counsellor : roll < 55 ? .schoolNurse : nil,
        mentorCallsHome: rng.chance(50))
    }
    hasFieldWorkers = rng.chance(50)
    hasParentSupport = rng.chance(50)
    hasSIPCoordinator = rng.chance(40)
    hasAttendanceTeam = rng.chance(55)
    schoolMayConveneSIP = rng.chance(25)
    thresholdPercent = rng.pick([5, 10, 15])
    thresholdWeeks = rng.pick([3, 4, 6])
  }

  /// The file's path, relative to the output folder.
  var path: String { "\(id).yaml" }

  var contacts: FakeContacts {
    let digits = "\(number)"
    let padded = String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    return FakeContacts(domain: "\(id).example", exchange: "0000-\(padded)")
  }
}
