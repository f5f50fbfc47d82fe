/// Whether an actor is a whole organisation, a unit inside one, or a function (a role).
public enum ActorKind: String, StrictEnum {
  case organisation
  case unit
  case function

  public static let noun = "actor kind"
}
