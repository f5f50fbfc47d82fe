/// The part of society an actor belongs to; each is its own confidentiality domain.
public enum Sector: String, StrictEnum {
  case school
  case socialServices = "social-services"
  case healthCare = "health-care"
  case family
  case other

  public static var noun: String { L10n.diagnostics("enum.noun.sector") }

  public static let aliases: [Self: [String]] = [
    .school: ["skola"], .socialServices: ["socialtjänst"],
    .healthCare: ["hälso- och sjukvård", "vård"], .family: ["familj"], .other: ["övrigt"],
  ]

  /// The name in the current language: "Socialtjänst", or "Social services".
  public var name: String { L10n.values("sector.\(rawValue)") }
}
