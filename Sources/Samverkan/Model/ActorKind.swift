/// Whether an actor is a whole organisation, a unit inside one, a function (a role), or a forum.
public enum ActorKind: String, StrictEnum {
  case organisation
  case unit
  case function
  /// A network, forum or reference group: it meets about routines and takes no individual cases.
  case forum

  public static let noun = "actor kind"
}
