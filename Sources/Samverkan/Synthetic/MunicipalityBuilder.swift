/// Builds the map file of one synthetic municipality, which includes its region's template: the
/// municipality as school owner (huvudman) with its schools and pupil health, its social services,
/// an attendance team where it has one, and escalation ladders per school and per concern.
struct MunicipalityBuilder {
  /// The ids of the municipality's own actors besides those in `SharedActor`.
  enum Municipal {
    static let municipality = "kommun"
    static let schoolOwner = "utbildningsforvaltning"
    static let compulsorySchooling = "hemkommun-skolplikt"
    static let schoolPsychologist = "skolpsykolog"
    static let schoolDoctor = "skollakare"
    static let specialEducator = "specialpedagog"
    static let caseOfficers = "socialsekreterare"
    static let openCare = "oppenvard"
    static let fieldWorkers = "faltsekreterare"
    static let parentSupport = "foraldrastod"
    static let sipCoordinator = "sip-samordnare"
    static let attendanceTeam = "narvaroteam"
  }

  let plan: MunicipalityPlan
  let reviewed: ReviewDate
  let comment: [String]

  var contacts: FakeContacts { plan.contacts }

  func build() -> SyntheticMapFile {
    var draft = MapDraft()
    addSchoolOwner(to: &draft)
    for school in plan.schools { addSchool(school, to: &draft) }
    addSocialServices(to: &draft)
    if plan.hasAttendanceTeam { addAttendanceTeam(to: &draft) }
    for school in plan.schools { draft.add(absenceLadder(for: school)) }
    addConcernLadders(to: &draft)
    let map = CollaborationMap(
      id: plan.id, name: plan.name, reviewed: reviewed, sources: ["domain.md"],
      agreements: Agreements(schoolMayConveneSIP: plan.schoolMayConveneSIP),
      actors: draft.actors, routes: draft.routes, ladders: draft.ladders)
    return SyntheticMapFile(
      path: plan.path, map: map, include: [plan.region.path], comment: comment)
  }

  /// The municipality, its education administration as school owner, the home municipality's
  /// watch over compulsory schooling and the central pupil-health unit.
  private func addSchoolOwner(to draft: inout MapDraft) {
    let schoolAges = AgeRange(lower: 6, upper: 19)
    // The owner's report of an absence investigation is compulsory school's (7 kap. 19 a §).
    let compulsoryAges = AgeRange(lower: 6, upper: 16)
    draft.add(
      Actor(
        id: Municipal.municipality, name: plan.name, kind: .organisation, sector: .other,
        contact: contacts.point("Kommunens växel", line: 0, mailbox: "kommun"),
        note: "Fiktiv kommun: huvudman för skola och elevhälsa och ansvarig för socialtjänsten."))
    draft.add(
      Actor(
        id: Municipal.schoolOwner, name: "Utbildningsförvaltningen (huvudman)",
        kind: .organisation, sector: .school, parent: Municipal.municipality, laws: ["Skollagen"],
        contact: contacts.point("Utbildningsförvaltningens kansli", line: 1, mailbox: "utbildning"),
        mandates: [
          Mandate(
            concerns: [.absence], ages: compulsoryAges, basis: Citation.compulsoryInvestigation,
            description:
              "Tar emot rektors anmälan om inledd frånvaroutredning och informerar hemkommunen."),
          Mandate(
            concerns: [.learning], ages: schoolAges, basis: Citation.specialSupport,
            description: "Ser till att elever får extra anpassningar och särskilt stöd."),
        ]))
    draft.add(
      Actor(
        id: Municipal.compulsorySchooling, name: "Hemkommunens skolpliktsbevakning",
        kind: .function, sector: .school, parent: Municipal.schoolOwner, laws: ["Skollagen"],
        contact: contacts.point("Skolpliktsbevakningen, via kommunens växel", line: 0),
        mandates: [
          Mandate(
            concerns: [.absence], ages: compulsoryAges, basis: Citation.compulsoryWatch,
            description:
              "Bevakar skolplikten och kan som sista utväg förelägga vårdnadshavare vid vite.")
        ]))
    draft.add(
      Actor(
        id: SharedActor.centralPupilHealth, name: "Central elevhälsa", kind: .unit,
        sector: .school, parent: Municipal.schoolOwner, laws: ["Skollagen"],
        contact: contacts.point("Central elevhälsa", line: 2, mailbox: "elevhalsan"),
        mandates: [
          Mandate(
            concerns: [.absence, .learning, .neuropsychiatric, .harm], ages: schoolAges,
            basis: Citation.pupilHealth.text,
            description: "Stödjer skolornas elevhälsoteam med kartläggning och utredning."),
          Mandate(
            concerns: [.mentalHealth], severities: [.mild, .moderate], ages: schoolAges,
            basis: Citation.pupilHealth.text,
            description: "Främjande och förebyggande insatser; lotsar vidare till vården."),
        ]))
    for (id, name, laws) in [
      (Municipal.schoolPsychologist, "Skolpsykolog", ["Skollagen", "HSL"]),
      (Municipal.schoolDoctor, "Skolläkare", ["Skollagen", "HSL"]),
      (Municipal.specialEducator, "Specialpedagog", ["Skollagen"]),
    ] {
      draft.add(
        Actor(
          id: id, name: name, kind: .function, sector: .school,
          parent: SharedActor.centralPupilHealth, laws: laws,
          contact: contacts.point("\(name), via central elevhälsa")))
    }
    addSchoolOwnerRoutes(to: &draft)
  }

  private func addSchoolOwnerRoutes(to draft: inout MapDraft) {
    let central = SharedActor.centralPupilHealth
    draft.reportOfConcern(from: Municipal.schoolOwner, staff: "förvaltningens personal")
    draft.reportOfConcern(from: central, staff: "elevhälsans personal")
    draft.route(
      "utbildningsforvaltning-hemkommun-anmalan", from: Municipal.schoolOwner,
      to: Municipal.compulsorySchooling, .notification,
      .provision(Citation.compulsoryInvestigation),
      purpose: "Huvudmannen informerar hemkommunen om inledd frånvaroutredning",
      concerns: [.absence])
    draft.route(
      "hemkommun-vardnadshavare-forelaggande", from: Municipal.compulsorySchooling,
      to: SharedActor.guardians, .notification, .notApplicable,
      purpose: "Föreläggande, som sista utväg vid vite, att se till att eleven fullgör skolplikten",
      concerns: [.absence])
    draft.route(
      "central-elevhalsa-forsta-linjen-remiss", from: central, to: SharedActor.firstLine,
      .referral, .consentRequired,
      purpose: "Remiss till första linjen vid lindrig till måttlig psykisk ohälsa",
      concerns: [.mentalHealth], severities: [.mild, .moderate])
    draft.route(
      "central-elevhalsa-bup-remiss", from: central, to: SharedActor.bup, .referral,
      .consentRequired, purpose: "Remiss till BUP vid svår psykisk ohälsa",
      concerns: [.mentalHealth, .neuropsychiatric], severities: [.severe])
    draft.route(
      "central-elevhalsa-bumm-remiss", from: central, to: SharedActor.bumm, .referral,
      .consentRequired, purpose: "Remiss vid misstänkt neuropsykiatrisk funktionsnedsättning",
      concerns: [.neuropsychiatric, .somaticHealth])
    draft.route(
      "central-elevhalsa-socialtjanst-konsultation", from: central,
      to: SharedActor.socialServices, .consultation, .notApplicable,
      purpose: "Konsultation med socialtjänsten utan att eleven nämns", concerns: [.harm])
    if plan.schoolMayConveneSIP {
      draft.route(
        "central-elevhalsa-socialtjanst-sip", from: central, to: SharedActor.socialServices,
        .sipInvitation, .consentRequired,
        purpose: "Elevhälsan kallar till SIP enligt kommunens lokala överenskommelse")
    } else {
      draft.route(
        "central-elevhalsa-socialtjanst-sip-begaran", from: central,
        to: SharedActor.socialServices, .sipRequest, .consentRequired,
        purpose: "Elevhälsan begär att socialtjänsten kallar till SIP")
    }
  }
}
