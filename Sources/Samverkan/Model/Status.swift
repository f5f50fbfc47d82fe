/// Whether an actor or route exists today; several teams in the sources are only planned.
public enum Status: String, StrictEnum {
  case active
  case planned
  case ended

  public static var noun: String { L10n.diagnostics("enum.noun.status") }

  public static let aliases: [Self: [String]] = [
    .active: ["aktiv", "i bruk"], .planned: ["planerad"], .ended: ["avslutad"],
  ]
}
