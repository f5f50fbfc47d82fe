/// Local and regional agreements that change what the law alone would allow.
public struct Agreements: Sendable, Hashable, Codable {
  /// Local agreement: the school may itself convene a SIP (seed 002: "vi får inte kalla").
  public var schoolMayConveneSIP: Bool?
  /// Regional rule: guardians and young people may contact BUP without a referral.
  public var directCareRequestToBUP: Bool?

  public init(schoolMayConveneSIP: Bool? = nil, directCareRequestToBUP: Bool? = nil) {
    self.schoolMayConveneSIP = schoolMayConveneSIP
    self.directCareRequestToBUP = directCareRequestToBUP
  }

  enum CodingKeys: String, CodingKey, CaseIterable {
    case schoolMayConveneSIP = "school-may-convene-sip"
    case directCareRequestToBUP = "direct-care-request-to-bup"
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
    schoolMayConveneSIP = try c.decodeIfPresent(Bool.self, forKey: .schoolMayConveneSIP)
    directCareRequestToBUP = try c.decodeIfPresent(Bool.self, forKey: .directCareRequestToBUP)
  }

  /// These agreements with every flag that `overlay` sets taking its value.
  public func overridden(by overlay: Agreements) -> Agreements {
    Agreements(
      schoolMayConveneSIP: overlay.schoolMayConveneSIP ?? schoolMayConveneSIP,
      directCareRequestToBUP: overlay.directCareRequestToBUP ?? directCareRequestToBUP)
  }
}
