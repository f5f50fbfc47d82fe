/// The ids that a synthetic regional template and the municipalities including it share: the
/// template routes to municipal actors by these ids, and the municipalities to regional ones.
enum SharedActor {
  // Defined by every municipality.
  static let socialServices = "socialtjanst"
  static let centralPupilHealth = "central-elevhalsa"

  // Defined by every regional template.
  static let region = "region"
  static let firstLine = "forsta-linjen"
  static let bup = "bup"
  static let acuteBUP = "bup-akut"
  static let emergencyCall = "nodnummer-112"
  static let adviceLine = "vardguiden-1177"
  static let bumm = "bumm"
  static let habilitation = "habilitering"
  static let adultPsychiatry = "vuxenpsykiatri"
  static let youthClinic = "ungdomsmottagning"
  static let addictionClinic = "beroendemottagning-unga"
  static let guardians = "vardnadshavare"
  static let pupil = "elev"
}
