/// Whether an actor is a whole organisation, a unit inside one, a function (a role), or a forum.
public enum ActorKind: String, StrictEnum {
  case organisation
  case unit
  case function
  /// A network, forum or reference group: it meets about routines and takes no individual cases.
  case forum

  public static var noun: String { L10n.diagnostics("enum.noun.actor-kind") }

  /// `organisation` and `forum` are the same word in Swedish.
  public static let aliases: [Self: [String]] = [.unit: ["enhet"], .function: ["funktion"]]
}
