/// The contact points of one synthetic organisation: functions with obviously fake numbers
/// (`0000-…`) and shared mailboxes under the reserved `.example` domain, never a person.
struct FakeContacts: Sendable {
  /// The mail and web domain, e.g. `syntetkommun-017.example`.
  let domain: String
  /// The switchboard prefix, e.g. `0000-017`; a line number follows it.
  let exchange: String

  /// A contact point: the function to ask for, and optionally a line at the switchboard, a shared
  /// mailbox, a web form (a path on the domain) and opening hours.
  func point(
    _ role: String, line: Int? = nil, mailbox: String? = nil, webForm: String? = nil,
    hours: String? = nil
  ) -> ContactPoint {
    ContactPoint(
      role: role,
      phone: line.map { "\(exchange) \($0 < 10 ? "0" : "")\($0)" },
      email: mailbox.map { "\($0)@\(domain)" },
      webForm: webForm.map { "https://\(domain)/\($0)" },
      hours: hours)
  }
}
