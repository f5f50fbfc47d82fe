/// The part of society an actor belongs to; each is its own confidentiality domain.
public enum Sector: String, StrictEnum {
  case school
  case socialServices = "social-services"
  case healthCare = "health-care"
  case family
  case other

  public static let noun = "sector"

  /// The Swedish name shown in maps.
  public var swedishName: String {
    switch self {
    case .school: "Skola"
    case .socialServices: "Socialtjänst"
    case .healthCare: "Hälso- och sjukvård"
    case .family: "Familj"
    case .other: "Övrigt"
    }
  }
}
