extension MunicipalityBuilder {
  /// Social services with case officers and open care, and the units only some municipalities
  /// have: field workers, parent support, a SIP coordinator.
  func addSocialServices(to draft: inout MapDraft) {
    let social = SharedActor.socialServices
    // Social services' mandates for children: a child is under 18 (Maps/README.md).
    let children = AgeRange(lower: 0, upper: 17)
    draft.add(
      Actor(
        id: social, name: "Socialtjänsten", kind: .organisation, sector: .socialServices,
        parent: Municipal.municipality, laws: ["SoL"],
        contact: contacts.point(
          "Mottagningen barn och unga", line: 90, mailbox: "mottagningen-barn",
          webForm: "socialtjanst/orosanmalan", hours: "Vardagar 8–16.30; därefter socialjouren"),
        mandates: [
          Mandate(
            concerns: [.harm, .parenting, .absence, .substanceUse], ages: children,
            basis: Citation.socialServicesAct,
            description:
              "Tar emot orosanmälningar och ansökningar, utreder och beviljar insatser; tar initiativ till SIP (\(Citation.sip.text))."
          )
        ]))
    draft.add(
      Actor(
        id: Municipal.caseOfficers, name: "Socialsekreterare – utredning barn och unga",
        kind: .unit, sector: .socialServices, parent: social, laws: ["SoL"],
        contact: contacts.point("Utredningsgruppen barn och unga", line: 91),
        mandates: [
          Mandate(
            concerns: [.harm, .absence, .parenting, .substanceUse], ages: children,
            basis: "\(Citation.socialServicesAct), utredning av barnets behov av stöd och skydd")
        ]))
    draft.add(
      Actor(
        id: Municipal.openCare, name: "Öppenvården – familjebehandlare", kind: .unit,
        sector: .socialServices, parent: social, laws: ["SoL"],
        contact: contacts.point("Öppenvårdens samordnare", line: 92, mailbox: "oppenvarden"),
        mandates: [
          Mandate(
            concerns: [.absence, .parenting, .harm], ages: children,
            basis: "\(Citation.socialServicesAct), bistånd som öppenvårdsinsats",
            description: "Familjebehandling och stöd för att eleven ska komma tillbaka till skolan."
          )
        ]))
    addSocialServiceRoutes(to: &draft)
    if plan.hasFieldWorkers { addFieldWorkers(to: &draft) }
    if plan.hasParentSupport { addParentSupport(to: &draft) }
    if plan.hasSIPCoordinator { addSIPCoordinator(to: &draft) }
  }

  private func addSocialServiceRoutes(to draft: inout MapDraft) {
    let social = SharedActor.socialServices
    let officers = Municipal.caseOfficers
    draft.route(
      "socialtjanst-utredning", from: social, to: officers, .meeting, .notApplicable,
      purpose: "Mottagningen lämnar ärendet till utredning")
    draft.route(
      "socialsekreterare-oppenvard", from: officers, to: Municipal.openCare, .meeting,
      .notApplicable, purpose: "En beviljad insats verkställs av öppenvården")
    draft.route(
      "oppenvard-socialsekreterare", from: Municipal.openCare, to: officers, .meeting,
      .notApplicable, purpose: "Uppföljning när insatsen inte räcker eller oron växer")
    draft.route(
      "oppenvard-central-elevhalsa", from: Municipal.openCare, to: SharedActor.centralPupilHealth,
      .meeting, .consentRequired, purpose: "Familjebehandlare och elevhälsa planerar återgången",
      concerns: [.absence])
    draft.route(
      "socialsekreterare-vardnadshavare", from: officers, to: SharedActor.guardians, .meeting,
      .notApplicable, purpose: "Samtal med familjen under utredningen")
    draft.route(
      "vardnadshavare-socialtjanst-ansokan", from: SharedActor.guardians, to: social,
      .application, .notApplicable, purpose: "Familjen ansöker själv om stöd")
    draft.route(
      "socialtjanst-bup-uppgifter", from: social, to: SharedActor.bup, .phone,
      .provision(Citation.healthSocialProvision),
      purpose: "Uppgifter om en underårig som behöver vård lämnas till BUP",
      concerns: [.mentalHealth], severities: [.severe])
    for (to, name) in [
      (SharedActor.firstLine, "första linjen"), (SharedActor.bup, "BUP"),
      (SharedActor.centralPupilHealth, "skolan"),
    ] {
      draft.route(
        "socialtjanst-\(to)-sip", from: social, to: to, .sipInvitation, .consentRequired,
        purpose: "Kallelse till SIP där \(name) deltar")
    }
    if plan.region.hasAddictionClinic {
      draft.route(
        "socialtjanst-beroendemottagning", from: social, to: SharedActor.addictionClinic,
        .meeting, .consentRequired, purpose: "Samverkan kring unga med riskbruk",
        concerns: [.substanceUse])
    }
  }

  private func addFieldWorkers(to draft: inout MapDraft) {
    let field = Municipal.fieldWorkers
    draft.add(
      Actor(
        id: field, name: "Fältsekreterarna", kind: .unit, sector: .socialServices,
        parent: SharedActor.socialServices, laws: ["SoL"],
        contact: contacts.point("Fältgruppen", line: 93, mailbox: "faltgruppen"),
        mandates: [
          Mandate(
            concerns: [.substanceUse, .harm], ages: AgeRange(lower: 12, upper: 20),
            basis: "\(Citation.socialServicesAct), uppsökande arbete")
        ]))
    draft.route(
      "socialtjanst-faltsekreterare", from: SharedActor.socialServices, to: field, .meeting,
      .notApplicable, purpose: "Fältsekreterarna söker upp unga i riskmiljöer",
      concerns: [.substanceUse])
    draft.route(
      "faltsekreterare-socialsekreterare", from: field, to: Municipal.caseOfficers, .meeting,
      .notApplicable, purpose: "Fältsekreterarna lyfter oro till utredning",
      concerns: [.substanceUse, .harm])
    draft.route(
      "faltsekreterare-vardnadshavare", from: field, to: SharedActor.guardians, .phone,
      .notApplicable, purpose: "Kontakt med familjen om den ungas situation")
    if plan.region.hasAddictionClinic {
      draft.route(
        "faltsekreterare-beroendemottagning", from: field, to: SharedActor.addictionClinic,
        .meeting, .consentRequired, purpose: "Följer med den unga till beroendemottagningen",
        concerns: [.substanceUse])
    }
  }

  private func addParentSupport(to draft: inout MapDraft) {
    let support = Municipal.parentSupport
    draft.add(
      Actor(
        id: support, name: "Föräldrastödet", kind: .unit, sector: .socialServices,
        parent: SharedActor.socialServices, laws: ["SoL"],
        contact: contacts.point(
          "Föräldrastödet", line: 94, mailbox: "foraldrastod", webForm: "foraldrastod/anmalan"),
        mandates: [
          Mandate(
            concerns: [.parenting], ages: AgeRange(lower: 0, upper: 17),
            basis: "\(Citation.socialServicesAct), föräldraskapsstöd",
            description: "Föräldrautbildningar och samtal, utan biståndsbeslut.")
        ]))
    draft.route(
      "vardnadshavare-foraldrastod", from: SharedActor.guardians, to: support, .webForm,
      .notApplicable, purpose: "Föräldrar anmäler sig själva", concerns: [.parenting])
    draft.route(
      "socialsekreterare-foraldrastod", from: Municipal.caseOfficers, to: support, .meeting,
      .notApplicable, purpose: "Föräldrastöd som del av en insats", concerns: [.parenting])
    draft.route(
      "foraldrastod-socialsekreterare", from: support, to: Municipal.caseOfficers, .meeting,
      .notApplicable, purpose: "Oro som kräver utredning lyfts till socialsekreterare",
      concerns: [.harm])
  }

  private func addSIPCoordinator(to draft: inout MapDraft) {
    let coordinator = Municipal.sipCoordinator
    draft.add(
      Actor(
        id: coordinator, name: "SIP-samordnare", kind: .function, sector: .socialServices,
        parent: SharedActor.socialServices, laws: ["SoL"],
        contact: contacts.point("SIP-samordnaren", line: 95, mailbox: "sip")))
    draft.route(
      "socialtjanst-sip-samordnare", from: SharedActor.socialServices, to: coordinator, .meeting,
      .notApplicable, purpose: "Socialtjänsten lämnar samordningen av en SIP till samordnaren")
    for (to, name) in [(SharedActor.bup, "BUP"), (SharedActor.firstLine, "första linjen")] {
      draft.route(
        "sip-samordnare-\(to)-sip", from: coordinator, to: to, .sipInvitation, .consentRequired,
        purpose: "Samordnaren kallar \(name) till SIP")
    }
  }

  /// A cross-professional attendance team (school and social services) that the schools take
  /// cases to when their own measures are not enough.
  func addAttendanceTeam(to draft: inout MapDraft) {
    let team = Municipal.attendanceTeam
    draft.add(
      Actor(
        id: team, name: "Närvaroteamet", kind: .unit, sector: .other,
        parent: Municipal.municipality,
        contact: contacts.point("Närvaroteamet", line: 80, mailbox: "narvaroteamet"),
        mandates: [
          Mandate(
            concerns: [.absence], ages: AgeRange(lower: 6, upper: 16),
            basis: "Lokalt beslut (kommunens närvaroteam)",
            description:
              "Skola och socialtjänst möter familjen tidigt när skolans åtgärder inte räcker."
          )
        ]))
    draft.route(
      "narvaroteam-vardnadshavare", from: team, to: SharedActor.guardians, .meeting,
      .notApplicable, purpose: "Hembesök och samtal med familjen", concerns: [.absence])
    draft.route(
      "narvaroteam-socialsekreterare", from: team, to: Municipal.caseOfficers, .meeting,
      .consentRequired, purpose: "Närvaroteamet lyfter ärendet till utredning",
      concerns: [.absence, .harm])
    draft.route(
      "narvaroteam-forsta-linjen", from: team, to: SharedActor.firstLine, .meeting,
      .consentRequired, purpose: "Kontakt med första linjen när psykisk ohälsa ligger bakom",
      concerns: [.mentalHealth], severities: [.mild, .moderate])
  }
}
