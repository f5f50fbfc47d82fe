/// A functional way to reach an actor: a role, a switchboard, a shared mailbox, a web form. Never a person.
public struct ContactPoint: Sendable, Hashable, Codable {
  public var role: String?
  public var phone: String?
  public var email: String?
  public var webForm: String?
  public var url: String?
  public var hours: String?
  public var languages: [String]

  public init(
    role: String? = nil, phone: String? = nil, email: String? = nil, webForm: String? = nil,
    url: String? = nil, hours: String? = nil, languages: [String] = []
  ) {
    self.role = role
    self.phone = phone
    self.email = email
    self.webForm = webForm
    self.url = url
    self.hours = hours
    self.languages = languages
  }

  enum CodingKeys: String, CodingKey, CaseIterable {
    case role, phone, email
    case webForm = "web-form"
    case url, hours, languages
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
    role = try c.decodeIfPresent(String.self, forKey: .role)
    phone = try c.decodeIfPresent(String.self, forKey: .phone)
    email = try c.decodeIfPresent(String.self, forKey: .email)
    webForm = try c.decodeLinkIfPresent(forKey: .webForm)
    url = try c.decodeLinkIfPresent(forKey: .url)
    hours = try c.decodeIfPresent(String.self, forKey: .hours)
    languages = try c.decode([String].self, forKey: .languages, default: [])
  }

  /// The first link a reader can follow: web form, web page, mailbox or phone.
  public var link: String? {
    if let webForm { return webForm }
    if let url { return url }
    if let email { return "mailto:\(email)" }
    if let phone { return "tel:\(phone.filter { ("0"..."9").contains($0) || $0 == "+" })" }
    return nil
  }
}
