/// A functional way to reach an actor: a role, a switchboard, a shared mailbox, a web form. Never a person.
public struct ContactPoint: Sendable, Hashable, Codable {
  public var role: String?
  public var phone: String?
  public var email: String?
  public var webForm: String?
  public var url: String?
  public var hours: String?
  public var languages: [String]
  /// A visiting address.
  public var address: String?
  /// The public, official page the contact details were read from.
  public var source: String?
  /// The day the details were read there.
  public var checked: ReviewDate?

  public init(
    role: String? = nil, phone: String? = nil, email: String? = nil, webForm: String? = nil,
    url: String? = nil, hours: String? = nil, languages: [String] = [], address: String? = nil,
    source: String? = nil, checked: ReviewDate? = nil
  ) {
    self.role = role
    self.phone = phone
    self.email = email
    self.webForm = webForm
    self.url = url
    self.hours = hours
    self.languages = languages
    self.address = address
    self.source = source
    self.checked = checked
  }

  enum CodingKeys: String, CodingKey, CaseIterable {
    case role, phone, email
    case webForm = "web-form"
    case url, hours, languages, address, source, checked
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
    address = try c.decodeIfPresent(String.self, forKey: .address)
    source = try c.decodeLinkIfPresent(forKey: .source)
    checked = try c.decodeIfPresent(ReviewDate.self, forKey: .checked)
    if (source == nil) != (checked == nil) {
      throw c.invalid(
        source == nil ? .checked : .source,
        L10n.diagnostics("load.source-and-checked"))
    }
  }

  /// Whether the contact point says how to reach it: a phone, a mailbox, a web form or page, or a
  /// visiting address (a role alone says whom to ask for, not how).
  public var isReachable: Bool {
    [phone, email, webForm, url, address].contains { $0 != nil }
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
