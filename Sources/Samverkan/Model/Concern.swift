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

  public static let noun = "concern"

  /// The Swedish name.
  public var swedishName: String {
    switch self {
    case .absence: "problematisk skolfrånvaro"
    case .mentalHealth: "psykisk ohälsa"
    case .neuropsychiatric: "neuropsykiatriska svårigheter (NPF)"
    case .harm: "barn som far illa"
    case .substanceUse: "missbruk"
    case .suicideRisk: "suicidrisk"
    case .parenting: "föräldraskapsstöd"
    case .learning: "lärande och särskilt stöd"
    case .somaticHealth: "somatisk hälsa"
    }
  }
}
