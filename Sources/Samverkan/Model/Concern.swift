/// What a pupil's situation is about; mandates and ladders are stated per concern.
public enum Concern: String, StrictEnum {
  case absence
  case mentalHealth = "mental-health"
  case neuropsychiatric
  case harm
  case substanceUse = "substance-use"
  case suicideRisk = "suicide-risk"
  case parenting
  case learning
  case somaticHealth = "somatic-health"

  public static var noun: String { L10n.diagnostics("enum.noun.concern") }

  public static let aliases: [Self: [String]] = [
    .absence: ["frånvaro", "skolfrånvaro"], .mentalHealth: ["psykisk ohälsa"],
    .neuropsychiatric: ["NPF"], .harm: ["barn som far illa"], .substanceUse: ["missbruk"],
    .suicideRisk: ["suicidrisk"], .parenting: ["föräldraskap", "föräldraskapsstöd"],
    .learning: ["lärande"], .somaticHealth: ["somatisk hälsa"],
  ]

  /// The name in the current language: "psykisk ohälsa", or "mental ill-health".
  public var name: String { L10n.values("concern.\(rawValue)") }
}
