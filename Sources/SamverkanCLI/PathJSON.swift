import Foundation
import Samverkan

/// Paths as JSON for programs: `{"from": id, "to": id, "cutShort": bool, "paths": [...]}`.
///
/// The keys and values are stable English; a path's `text` is the path as a person reads it, in
/// the current language.
enum PathJSON {
  private struct Document: Encodable {
    var from: String
    var to: String
    var cutShort: Bool
    var paths: [Path]
  }

  private struct Path: Encodable {
    var steps: [Step]
    var consents: Int
    /// "Elevhälsoteamet (EHT) → … (remiss, med vårdnadshavares samtycke)".
    var text: String
  }

  private struct Step: Encodable {
    var route: String
    var from: String
    var to: String
    var channel: Channel
    /// "with consent", "no consent needed: <provision>" or "no pupil data".
    var consent: String
  }

  static func encode(
    _ found: RoutePaths, from start: Actor, to goal: Actor, in map: CollaborationMap
  ) throws -> Data {
    let document = Document(
      from: start.id, to: goal.id, cutShort: found.isCutShort,
      paths: found.paths.map { path in
        Path(
          steps: path.map {
            Step(
              route: $0.id, from: $0.from, to: $0.to, channel: $0.channel,
              consent: consent($0.sharing))
          },
          consents: path.filter { $0.sharing == .consentRequired }.count,
          text: AnswerText.describe(path, in: map))
      })
    return try JSONEncoder.stable.encode(document) + Data("\n".utf8)
  }

  private static func consent(_ sharing: InformationSharing) -> String {
    switch sharing {
    case .consentRequired: "with consent"
    case .provision(let law): "no consent needed: \(law)"
    case .notApplicable: "no pupil data"
    }
  }
}
