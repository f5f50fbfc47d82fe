/// The number of schools a municipality runs as school owner (huvudman), spread as in Sweden.
///
/// Skolverket counted 3,830 grundskolor and 830 gymnasieskolor with a municipal owner in 2023/24
/// (4,667 and 1,296 with every owner; Eurydice, "Sweden: Statistics on educational institutions",
/// 2024): about 4,660 municipal schools over 290 municipalities, 18 % of them gymnasia. Göteborg's
/// grundskoleförvaltning alone runs 162 grundskolor (goteborg.se, Grundskoleförvaltningen). The
/// county seats below are rounded sizes of that order, in proportion to the towns' populations,
/// and the rest follow a long tail that brings the nation to that total: not an inventory of any
/// real municipality, whose maps stay synthetic and keep synthetic names.
enum RealisticSchoolCounts {
  /// The schools of each region's county seat, in the order of `NationLayout.countyWeights`:
  /// Stockholm, Uppsala, …, Skåne (Malmö), Halland, Västra Götaland (Göteborg), …, Norrbotten.
  static let countySeats = [
    175, 60, 25, 55, 50, 40, 30, 25, 28, 100, 40, 190, 38, 55, 50, 22, 38, 10, 25, 45, 32,
  ]

  /// The share of schools that are gymnasia, in per cent.
  static let gymnasiumPercent = 18

  /// The schools of a municipality that is not its county's seat: 48 % have 3–8, 34 % 9–18,
  /// 14 % 19–35 and 4 % (the large suburbs and towns that are no seat) 36–70.
  static func otherMunicipality(rng: inout SplitMix64) -> Int {
    switch rng.int(in: 0...99) {
    case ..<48: rng.int(in: 3...8)
    case ..<82: rng.int(in: 9...18)
    case ..<96: rng.int(in: 19...35)
    default: rng.int(in: 36...70)
    }
  }
}
