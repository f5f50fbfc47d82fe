/// How the municipalities of a synthetic nation are spread over its regions: unevenly, in the
/// proportions of Sweden's 21 counties, the same way for every seed.
struct NationLayout: Sendable {
  /// The municipalities of each Swedish county in 2024 (Stockholm 26, …, Gotland 1, Skåne 33,
  /// Västra Götaland 49, …, Norrbotten 14; 290 in all), used as weights.
  static let countyWeights = [
    26, 8, 9, 13, 13, 8, 12, 1, 5, 33, 6, 49, 16, 12, 10, 15, 10, 7, 8, 15, 14,
  ]

  /// The number of municipalities in each region, in region order.
  let municipalitiesPerRegion: [Int]

  /// Spreads `municipalities` (at least 1) over `min(21, municipalities)` regions, each region
  /// getting at least one; with 290 every region gets as many as its county has.
  init(municipalities: Int) {
    let weights = Self.countyWeights
    guard municipalities > weights.count else {
      municipalitiesPerRegion = Array(repeating: 1, count: municipalities)
      return
    }
    // One each, the rest in proportion to the weights beyond one (largest remainder).
    let rest = municipalities - weights.count
    let total = weights.reduce(0) { $0 + $1 - 1 }
    var counts = weights.map { 1 + rest * ($0 - 1) / total }
    let remainders = weights.map { rest * ($0 - 1) % total }
    let leftOver = municipalities - counts.reduce(0, +)
    let order = weights.indices.sorted { (remainders[$0], -$0) > (remainders[$1], -$1) }
    for index in order.prefix(leftOver) { counts[index] += 1 }
    municipalitiesPerRegion = counts
  }

  /// The region (0-based) of each municipality (0-based), in municipality order.
  var regionOfMunicipality: [Int] {
    municipalitiesPerRegion.enumerated().flatMap { region, count in
      Array(repeating: region, count: count)
    }
  }
}
