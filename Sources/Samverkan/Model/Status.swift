/// Whether an actor or route exists today; several teams in the sources are only planned.
public enum Status: String, StrictEnum {
  case active
  case planned
  case ended

  public static let noun = "status"
}
