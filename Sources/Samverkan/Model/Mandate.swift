/// What an actor is tasked to do: for which concerns, at which severity, for which ages, on which basis.
public struct Mandate: Sendable, Hashable, Codable {
  public var concerns: [Concern]
  public var severities: [Severity]
  public var ages: AgeRange
  public var basis: String
  public var description: String?

  public init(
    concerns: [Concern], severities: [Severity] = Severity.allCases, ages: AgeRange = .all,
    basis: String, description: String? = nil
  ) {
    self.concerns = concerns
    self.severities = severities
    self.ages = ages
    self.basis = basis
    self.description = description
  }

  /// Whether this mandate covers a concern, and optionally a severity and an age.
  public func covers(_ concern: Concern, severity: Severity? = nil, age: Int? = nil) -> Bool {
    concerns.contains(concern)
      && severity.map(severities.contains) ?? true
      && age.map(ages.contains) ?? true
  }

  enum CodingKeys: String, CodingKey, CaseIterable {
    case concerns, severities, ages, basis, description
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
    concerns = try c.decode([Concern].self, forKey: .concerns)
    if concerns.isEmpty {
      throw c.invalid(.concerns, L10n.diagnostics("load.mandate-without-concerns"))
    }
    severities = try c.decode([Severity].self, forKey: .severities, default: Severity.allCases)
    if severities.isEmpty {
      throw c.invalid(.severities, L10n.diagnostics("load.mandate-empty-severities"))
    }
    ages = try c.decode(AgeRange.self, forKey: .ages, default: .all)
    basis = try c.decodeText(forKey: .basis)
    description = try c.decodeIfPresent(String.self, forKey: .description)
  }
}
