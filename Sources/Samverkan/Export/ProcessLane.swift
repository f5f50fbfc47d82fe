import Foundation

/// A lane of the process view: one organisation or part of one, in the order a case meets them.
public enum ProcessLane: String, Sendable, Hashable, CaseIterable, Comparable {
  /// The guardians and the pupil, where a case begins.
  case family
  /// The school: rektor, mentor, teachers, the home municipality's attendance watch.
  case school
  /// Pupil health (elevhälsan): the team and its kurator, nurse and psychologist.
  case pupilHealth = "pupil-health"
  /// Social services, its open care and investigation.
  case socialServices = "social-services"
  /// The first line for mild to moderate mental ill-health: vårdcentral, UPH.
  case firstLine = "first-line"
  /// Child psychiatry and the region's other care.
  case regionalCare = "regional-care"
  /// Teams, forums and others that belong to no sector above.
  case other

  public static func < (lhs: Self, rhs: Self) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }

  /// The lane's heading in the current language: "Elevhälsan", or "Pupil health".
  public var name: String { L10n.report("process.lane.\(rawValue)") }

  /// The sector whose colours the lane takes.
  public var sector: Sector {
    switch self {
    case .family: .family
    case .school, .pupilHealth: .school
    case .socialServices: .socialServices
    case .firstLine, .regionalCare: .healthCare
    case .other: .other
    }
  }
}

extension CollaborationMap {
  /// The lane an actor is drawn in. Pupil health (Skollagen 2 kap. 25 §) is a school actor under
  /// HSL (the nurse, the psychologist: domain.md rule 3) or one whose name says "elevhälsa"
  /// ("Elevhälsoteamet", "Central elevhälsa"), with everything in it. The first line is a unit
  /// or function of health care that takes mild mental ill-health (`isFirstLine`), or one
  /// within it; the region itself is regional care.
  public func processLane(of actor: Actor) -> ProcessLane {
    let chain = ancestry(of: actor)
    switch actor.sector {
    case .family: return .family
    case .socialServices: return .socialServices
    case .other: return .other
    case .school:
      return chain.contains(where: Self.isPupilHealth) ? .pupilHealth : .school
    case .healthCare:
      return chain.contains { $0.kind != .organisation && isFirstLine($0) }
        ? .firstLine : .regionalCare
    }
  }

  /// Whether a school actor is pupil health itself, by its law or its name.
  private static func isPupilHealth(_ actor: Actor) -> Bool {
    actor.sector == .school
      && (ConfidentialityDomain(of: actor) == .healthCare
        || actor.name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
          .contains("elevhals"))
  }
}
