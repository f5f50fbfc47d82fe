/// A deterministic synthetic national model with the shape of the real maps, to benchmark
/// rendering, validation and queries at national scale.
///
/// The municipalities are spread over `min(21, municipalities)` regions in the proportions of
/// Sweden's counties. Each region has a template (`regions/<id>.yaml`) with its health care for
/// children and the family; each municipality a map (`<id>.yaml`) that includes its region's
/// template and adds schools, pupil health, social services and escalation ladders, their
/// numbers drawn from a seeded generator. Each municipality runs few schools, as the real maps
/// do, or as many as Sweden's municipalities run (`SyntheticSchools.realistic`: 150 and more in
/// the largest cities, over 10,000 actors in the nation). Names, numbers and addresses are
/// fictitious and functional; every map is valid under every rule.
///
///     let nation = SyntheticNation(municipalities: 290, seed: 42, reviewed: today)
///     for file in nation.files { print(file.path, try file.yaml().count) }
///
/// The same arguments give the same files, byte for byte.
public struct SyntheticNation: Sendable {
  /// The numbers of municipalities a nation may have.
  public static let municipalityLimit = 1...2000

  /// The regional templates, in region order.
  public let regions: [SyntheticMapFile]
  /// The municipality maps, in municipality order.
  public let municipalities: [SyntheticMapFile]
  /// The index in `regions` of each municipality's template.
  public let regionOfMunicipality: [Int]

  /// - Parameters:
  ///   - municipalities: how many municipality maps, within `municipalityLimit`.
  ///   - seed: the seed every random choice follows.
  ///   - reviewed: the review date every file states.
  ///   - schools: how many schools each municipality runs.
  public init(
    municipalities count: Int, seed: UInt64, reviewed: ReviewDate, schools: SyntheticSchools = .few
  ) {
    precondition(
      Self.municipalityLimit.contains(count),
      "a synthetic nation has \(Self.municipalityLimit) municipalities, not \(count)")
    let layout = NationLayout(municipalities: count)
    let options = schools == .few ? "" : " --schools \(schools.argument)"
    let origin =
      "Skapad med `samverkan generate --seed \(seed)\(options)`; namn, nummer och adresser är "
      + "påhittade."
    var regionPlans: [RegionPlan] = []
    for number in 1...layout.municipalitiesPerRegion.count {
      var rng = SplitMix64(seed: seed, stream: UInt64(1_000_000 + number))
      regionPlans.append(RegionPlan(number: number, rng: &rng))
    }
    regions = regionPlans.map { plan in
      RegionTemplateBuilder(
        plan: plan, reviewed: reviewed,
        comment: ["Syntetisk regionmall för prestandatester, inte en verklig region.", origin]
      ).build()
    }
    regionOfMunicipality = layout.regionOfMunicipality
    let digits = max(3, "\(count)".count)
    var municipalities: [SyntheticMapFile] = []
    for (index, region) in regionOfMunicipality.enumerated() {
      var rng = SplitMix64(seed: seed, stream: UInt64(index + 1))
      let plan = MunicipalityPlan(
        number: index + 1, digits: digits, region: regionPlans[region], schools: schools,
        isCountySeat: index == 0 || regionOfMunicipality[index - 1] != region, rng: &rng)
      municipalities.append(
        MunicipalityBuilder(
          plan: plan, reviewed: reviewed,
          comment: [
            "Syntetisk kommunkarta för prestandatester, inte en verklig kommun; regionens aktörer "
              + "kommer från \(plan.region.path).",
            origin,
          ]
        ).build())
    }
    self.municipalities = municipalities
  }

  /// Every file: the regional templates, then the municipality maps.
  public var files: [SyntheticMapFile] { regions + municipalities }

  /// How many actors and routes municipality `index` has once its template is included.
  public func loadedSize(ofMunicipality index: Int) -> (actors: Int, routes: Int) {
    let own = municipalities[index].map
    let template = regions[regionOfMunicipality[index]].map
    return (own.actors.count + template.actors.count, own.routes.count + template.routes.count)
  }
}
