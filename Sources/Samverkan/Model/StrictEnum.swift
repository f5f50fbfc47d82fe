/// A closed set of values in a map file; an unknown value is an error that lists the valid ones.
public protocol StrictEnum: RawRepresentable, CaseIterable, Codable, Sendable, Hashable
where RawValue == String {
  /// What the value is called in error messages, e.g. "sector".
  static var noun: String { get }
}

extension StrictEnum {
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let raw = try container.decode(String.self)
    guard let value = Self(rawValue: raw) else {
      let valid = Self.allCases.map(\.rawValue).joined(separator: ", ")
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "unknown \(Self.noun) '\(raw)'; expected one of: \(valid)")
    }
    self = value
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}
