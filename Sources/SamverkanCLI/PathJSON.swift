import Foundation
import Samverkan

/// Paths as JSON for programs: `{"from": id, "to": id, "cutShort": bool, "paths": [...]}`.
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
  }

  private struct Step: Encodable {
    var route: String
    var from: String
    var to: String
    var channel: Channel
    var consent: String
  }

  static func encode(_ found: RoutePaths, from start: Actor, to goal: Actor) throws -> Data {
    let document = Document(
      from: start.id, to: goal.id, cutShort: found.isCutShort,
      paths: found.paths.map { path in
        Path(
          steps: path.map {
            Step(
              route: $0.id, from: $0.from, to: $0.to, channel: $0.channel,
              consent: AnswerText.sharing($0.sharing))
          },
          consents: path.filter { $0.sharing == .consentRequired }.count)
      })
    return try JSONEncoder.stable.encode(document) + Data("\n".utf8)
  }
}
