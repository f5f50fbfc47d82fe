/// A fictitious case walked through a map's escalation ladder, step by step.
///
/// Each step says who acts and on what mandate, what may be shared onward and on what basis,
/// whether a SIP can be convened and by whom, where the case stalls or its needs are met, and what
/// the map lacks. A report of concern, when harm is suspected, is a duty that holds at every step:
/// the walk shows it once. `CollaborationMap.walk(_:)` makes one; as JSON its keys are
/// sorted and `version` is 1.
///
/// The explanations, messages and summaries are made in `Language.current` when the case is
/// walked, and `text` speaks that language too; ids, codes and domain values stay as the map
/// writes them.
public struct CaseWalk: Sendable, Hashable, Encodable {
  /// The JSON schema version.
  public var version = 1
  /// The case as walked.
  public var pupil: FictitiousCase
  public var map: MapReference
  /// The ladder walked; nil when the map has none.
  public var ladder: LadderReference?
  /// The steps the case reached, in ladder order; the last one is where it stalled, if it did.
  public var steps: [Step]
  /// The steps after a stall, which the case never reached.
  public var notReached: [StepReference]
  /// What the map lacks for this case as a whole (per-step gaps are on each step).
  public var gaps: [Gap]
  /// Set when harm is suspected: the report of concern due at once, at whatever step.
  public var reportOfConcern: ReportOfConcern?
  /// Whom to contact for the case's other concerns, as `who` answers from the school.
  public var contacts: [Contact]
  public var outcome: Outcome
  /// The language the walk's texts are in; not part of the JSON.
  public var language: Language

  public init(
    pupil: FictitiousCase, map: MapReference, ladder: LadderReference?, steps: [Step],
    notReached: [StepReference], gaps: [Gap], reportOfConcern: ReportOfConcern? = nil,
    contacts: [Contact] = [], outcome: Outcome, language: Language = .current
  ) {
    self.pupil = pupil
    self.map = map
    self.ladder = ladder
    self.steps = steps
    self.notReached = notReached
    self.gaps = gaps
    self.reportOfConcern = reportOfConcern
    self.contacts = contacts
    self.outcome = outcome
    self.language = language
  }

  enum CodingKeys: String, CodingKey {
    case version
    case pupil = "case"
    case map, ladder, steps, notReached, gaps, reportOfConcern, contacts, outcome
  }

  /// Every gap of the walk: the case's own, then each step's, in step order.
  public var allGaps: [Gap] { gaps + steps.flatMap(\.gaps) }

  /// The step with this id, if the case reached it.
  public func step(_ id: String) -> Step? { steps.first { $0.id == id } }

  /// The map walked: id and display name.
  public struct MapReference: Sendable, Hashable, Encodable {
    public var id: String
    public var name: String
  }

  /// The ladder walked and why it was chosen.
  public struct LadderReference: Sendable, Hashable, Encodable {
    /// How the ladder was chosen.
    public enum Choice: String, Sendable, Hashable, Encodable {
      /// The case file names it.
      case named
      /// The map's first ladder whose concern is among the case's concerns.
      case concern
      /// None matched the case's concerns; the map's first ladder.
      case first
    }

    public var id: String
    public var name: String
    public var concern: Concern
    public var chosen: Choice
  }

  /// A step by number, id and name.
  public struct StepReference: Sendable, Hashable, Encodable {
    public var number: Int
    public var id: String
    public var name: String
  }

  /// An actor as shown in a walk: id, name, sector and the contact point to ask for.
  public struct ActorReference: Sendable, Hashable, Encodable {
    public var id: String
    /// The actor's Swedish name; its id when the map lacks the actor.
    public var name: String
    /// Nil when the map lacks the actor.
    public var sector: Sector?
    /// The functional contact point, the actor's own or the nearest one of the units it belongs to.
    public var contact: String?
  }

  /// One ladder step as the case meets it.
  public struct Step: Sendable, Hashable, Encodable, Identifiable {
    /// 1-based position in the ladder.
    public var number: Int
    public var id: String
    public var name: String
    public var trigger: String?
    /// The responsible actor.
    public var actor: ActorReference
    public var mandate: MandateCheck
    /// The route to the next step; nil on the last step or when the map lacks it.
    public var escalation: Escalation?
    /// Set when social services and health care are both in reach of the case here.
    public var sip: SIPNote?
    /// Why the case stops here, if it does.
    public var stall: Stall?
    /// What the map lacks at this step.
    public var gaps: [Gap]
  }

  /// Whether the step's actor has a mandate for the case.
  public struct MandateCheck: Sendable, Hashable, Encodable {
    /// Whether a mandate covers the ladder's concern (or, when the case lacks that concern, one
    /// of the case's) at the case's severity and age.
    public var covered: Bool
    /// The basis of the covering mandate.
    public var basis: String?
    public var description: String?
    /// Each of the case's concerns with the basis of the actor's mandate for it (nil: none).
    public var concerns: [ConcernCoverage]
  }

  /// One concern of the case and the basis on which the actor answers for it.
  public struct ConcernCoverage: Sendable, Hashable, Encodable {
    public var concern: Concern
    /// Nil when the actor has no mandate for the concern at the case's severity and age.
    public var basis: String?
  }

  /// The route from a step's actor to the next step's actor and what may pass over it.
  public struct Escalation: Sendable, Hashable, Encodable {
    public var route: String
    public var channel: Channel
    public var purpose: String?
    public var from: ActorReference
    public var to: ActorReference
    public var status: Status
    /// How soon the receiver responds; in JSON as the map writes it ("same day").
    public var response: ResponseTime?
    public var sharing: Sharing
  }

  /// What information about the pupil may pass along a route, and on what basis.
  public struct Sharing: Sendable, Hashable, Encodable {
    /// The ground the map gives for the route.
    public enum Basis: String, Sendable, Hashable, Encodable {
      /// The guardians must consent.
      case consent
      /// A legal provision lets it pass without consent.
      case provision
      /// No information about the pupil crosses.
      case notApplicable = "not-applicable"
    }

    public var basis: Basis
    /// The provision, when `basis` is `provision`.
    public var provision: String?
    /// Whose consent the route needs for this pupil's age.
    public var consent: ConsentNeed
    /// Whether information about this pupil may pass, given the case's consent.
    public var passes: Bool
    /// One sentence for staff, in the language of the walk.
    public var explanation: String
  }

  /// A SIP (samordnad individuell plan) that could be convened at a step.
  public struct SIPNote: Sendable, Hashable, Encodable {
    /// Who may convene, each with its invitation route.
    public var convenors: [Convenor]
    /// Whether the school may convene (a local agreement, `school-may-convene-sip`).
    public var schoolMayConvene: Bool
    /// The route by which the school may request a SIP instead, if the map has one.
    public var schoolRequestRoute: String?
    /// A SIP always needs consent (SoL 10 kap. 8 §, HSL 16 kap. 4 §).
    public var consentNeeded: Bool
    /// True when the guardians do not consent: a SIP cannot be set up against their will.
    public var blockedByMissingConsent: Bool
    /// Who may convene, whether the school may, and whether consent is missing, for staff.
    public var explanation: String
  }

  /// An actor that may convene a SIP and the route it uses.
  public struct Convenor: Sendable, Hashable, Encodable {
    public var actor: ActorReference
    public var route: String
  }

  /// The report of concern (orosanmälan) due when harm is suspected, at every step.
  public struct ReportOfConcern: Sendable, Hashable, Encodable {
    /// The actor whose staff must report: the first step's, where the case starts.
    public var reporter: ActorReference
    /// The report-of-concern route, from the actor or a unit it belongs to; nil when the map lacks
    /// one or when the actor is social services itself.
    public var route: String?
    public var to: ActorReference?
    /// The law that lets the report pass without consent.
    public var provision: String
    /// Always false: a report of concern never needs consent.
    public var consentNeeded: Bool
    /// Who must report to whom, how and on what law, for staff.
    public var explanation: String
  }

  /// Why a case stops at a step.
  public struct Stall: Sendable, Hashable, Encodable {
    public enum Reason: String, Sendable, Hashable, Encodable {
      case noConsent = "no-consent"
      case noMandate = "no-mandate"
      case noRouteOnward = "no-route-onward"
      case unknownRoute = "unknown-route"
      case routeNotInUse = "route-not-in-use"
      case unknownActor = "unknown-actor"
      case actorNotInPlace = "actor-not-in-place"
    }

    public var reason: Reason
    /// The route the case cannot take, when the stall is about one.
    public var route: String?
    /// Why, for staff.
    public var explanation: String
  }

  /// Something the map lacks for the case.
  public struct Gap: Sendable, Hashable, Encodable {
    public enum Kind: String, Sendable, Hashable, Encodable {
      case noLadder = "no-ladder"
      case noMandate = "no-mandate"
      case noMandateHolder = "no-mandate-holder"
      case noFirstLine = "no-first-line"
      case noRouteOnward = "no-route-onward"
      case unknownRoute = "unknown-route"
      case routeNotInUse = "route-not-in-use"
      case routeLeadsElsewhere = "route-leads-elsewhere"
      case unknownActor = "unknown-actor"
      case actorNotInPlace = "actor-not-in-place"
      case noContactPoint = "no-contact-point"
      case noReportRoute = "no-report-route"
      case reportNeedsConsent = "report-needs-consent"
      case noSIPConvenor = "no-sip-convenor"
      case noSIPRequestRoute = "no-sip-request-route"
    }

    public var kind: Kind
    /// The id of the actor, route or ladder the gap is about.
    public var element: String?
    /// What is missing, naming the elements by name and id for whoever keeps the map.
    public var message: String
  }

  /// Whom to contact for one of the case's concerns: the first answer of `who` from the school.
  public struct Contact: Sendable, Hashable, Encodable {
    public var concern: Concern
    public var actor: ActorReference
    /// Why: "duty", "acute", "mandate" or "sip".
    public var kind: String
    /// The routes from the school, by id; empty when anyone may call.
    public var route: [String]
    public var consent: ConsentNeed
    /// The actor, the way there by channel and actor, and whose consent it needs, for staff.
    public var explanation: String
  }

  /// How the walk ended.
  public struct Outcome: Sendable, Hashable, Encodable {
    public enum Result: String, Sendable, Hashable, Encodable {
      case reachedLastStep = "reached-last-step"
      /// The next step is for more absence, a higher severity or harm than the case has.
      case needsMet = "needs-met"
      case stalled
      case noLadder = "no-ladder"
    }

    public var result: Result
    /// The last step reached: the ladder's last or the one the case stalled at.
    public var step: StepReference?
    public var reason: Stall.Reason?
    /// One or two sentences for staff, in the language of the walk.
    public var summary: String
  }
}
