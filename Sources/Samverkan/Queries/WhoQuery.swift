/// "Who do I contact for this?": a concern, and optionally who asks, the pupil's age and severity.
public struct WhoQuery: Sendable, Hashable {
  public var concerns: [Concern]
  /// The actor asking; answers then come with the routes from it.
  public var from: String?
  public var age: Int?
  public var severity: Severity?
  /// The question is who convenes a SIP (samordnad individuell plan).
  public var asksForSIP: Bool
  /// The question names suicide, self-harm or a life in danger: the acute way comes first.
  public var namesAcuteDanger: Bool

  public init(
    concerns: [Concern], from: String? = nil, age: Int? = nil, severity: Severity? = nil,
    asksForSIP: Bool = false, namesAcuteDanger: Bool = false
  ) {
    self.concerns = concerns
    self.from = from
    self.age = age
    self.severity = severity
    self.asksForSIP = asksForSIP
    self.namesAcuteDanger = namesAcuteDanger || CollaborationMap.callsForAcuteWay(concerns)
  }

  /// Whether a route can carry this question: where it says which concerns and severities it is
  /// for, they fit. (Whether it opens a contact is the path search's, by law.)
  public func canTake(_ route: Route) -> Bool {
    (route.concerns.isEmpty || route.concerns.contains(where: concerns.contains))
      && (route.severities.isEmpty || severity.map(route.severities.contains) ?? true)
  }
}

/// One answer to a `WhoQuery`: whom to contact, why they are the one, and how to get there.
public struct WhoAnswer: Sendable, Hashable {
  /// Why this answer is given.
  public enum Reason: Sendable, Hashable {
    /// A duty that must not wait: a report of concern when a child may be harmed.
    case duty(law: String)
    /// The acute way: a life may be in danger.
    case acute(AcuteRole)
    /// The actor's mandate covers the concern.
    case mandate(Mandate)
    /// The actor convenes a SIP, always with consent.
    case convenesSIP
  }

  /// How the asker reaches the answer.
  public enum Reach: Sendable, Hashable {
    /// Nobody asked from anywhere, or anyone may call (112, 1177).
    case notAsked
    /// By these routes, from the asker or a unit it belongs to.
    case route([Route])
    /// Inside the asker's own organisation: the answer is a unit the asker belongs to (the rektor
    /// of a pupil-health team's school).
    case ownOrganisation
    /// The asker has no lawful path; these actors have a contact-opening route in (e.g. the
    /// guardians' own care request).
    case through([Actor])
    /// Nobody has a contact-opening route in: the map lacks one.
    case noRoute
  }

  public var actor: Actor
  public var reason: Reason
  public var reach: Reach
  /// Whose consent the way there needs for this pupil's age.
  public var consent: ConsentNeed
  /// The ladder step after this actor's, for the first ladder of a query concern.
  public var nextStep: EscalationLadder.Step?
  /// Notes a person must not miss, e.g. that BUP takes acute cases the same day, in the language
  /// current when the answer was made.
  public var notes: [String]

  /// The routes from the asker, when it can reach the answer.
  public var path: [Route]? {
    if case .route(let routes) = reach { return routes }
    return nil
  }

  /// Whether the asker can reach the answer; nil when nobody asked or anyone may call.
  public var isReachable: Bool? {
    switch reach {
    case .notAsked: nil
    case .route, .ownOrganisation: true
    case .through, .noRoute: false
    }
  }
}
