extension MunicipalityBuilder {
  /// The ids of one school's actors.
  struct SchoolIDs {
    let school: String
    let mentor: String
    let team: String

    init(_ school: MunicipalityPlan.School) {
      self.school = "skola-\(school.number)"
      mentor = "skola-\(school.number)-mentor"
      team = "skola-\(school.number)-eht"
    }
  }

  /// A school with its mentors and pupil-health team, and the school's routes: the absence
  /// routine inside the school, the report to the owner, reports of concern, and the ways out to
  /// the first line, the central pupil health and social services or the attendance team.
  func addSchool(_ school: MunicipalityPlan.School, to draft: inout MapDraft) {
    let ids = SchoolIDs(school)
    let name = "Skola \(school.number)"
    let ages = school.stage.ages
    let line = 10 + school.number * 10
    let isUpperSecondary = school.stage == .upperSecondary
    // Gymnasieskolan has its own paragraph on absence: no compulsory schooling, no report to the
    // home municipality, no fine (domain.md "Current law").
    let absenceBasis =
      isUpperSecondary ? Citation.upperSecondaryAbsence.text : Citation.compulsoryInvestigation
    let noticeBasis =
      isUpperSecondary ? Citation.upperSecondaryAbsence.text : Citation.compulsoryNotice
    // A child who is harmed is under 18.
    let childAges = AgeRange(lower: ages.lower, upper: min(ages.upper, 17))
    draft.add(
      Actor(
        id: ids.school, name: "\(name) (\(school.stage.label))", kind: .unit, sector: .school,
        parent: Municipal.schoolOwner, laws: ["Skollagen"],
        contact: contacts.point(
          "Rektor, \(name)", line: line, mailbox: "skola\(school.number)"),
        mandates: [
          Mandate(
            concerns: [.absence], ages: ages, basis: absenceBasis,
            description: "Rektor ser till att upprepad eller långvarig frånvaro skyndsamt utreds."),
          Mandate(concerns: [.learning], ages: ages, basis: Citation.specialSupport),
          Mandate(concerns: [.harm], ages: childAges, basis: Citation.schoolChildrenAtRisk),
        ]))
    draft.add(
      Actor(
        id: ids.mentor, name: "Mentor, \(name)", kind: .function, sector: .school,
        parent: ids.school, laws: ["Skollagen"],
        contact: contacts.point("Elevens mentor, via expeditionen på \(name)", line: line + 1),
        mandates: [
          Mandate(
            concerns: [.absence], ages: ages,
            basis: "\(noticeBasis); lokal närvarorutin",
            description: "Följer elevens frånvaro och kontaktar elev och vårdnadshavare.")
        ]))
    draft.add(
      Actor(
        id: ids.team, name: "Elevhälsoteamet, \(name)", kind: .unit, sector: .school,
        parent: ids.school, laws: ["Skollagen"],
        contact: contacts.point(
          "Elevhälsoteamet på \(name)", line: line + 2, mailbox: "eht-skola\(school.number)"),
        mandates: [
          Mandate(
            concerns: [.absence, .learning], ages: ages, basis: Citation.pupilHealth.text,
            description: "Kartlägger frånvarons orsaker på rektors uppdrag."),
          Mandate(
            concerns: [.mentalHealth], severities: [.mild], ages: ages,
            basis: Citation.pupilHealth.text),
        ]))
    switch school.member {
    case .counsellor:
      draft.add(
        Actor(
          id: "\(ids.team)-kurator", name: "Skolkurator, \(name)", kind: .function,
          sector: .school, parent: ids.team, laws: ["Skollagen"],
          contact: contacts.point("Skolkuratorn, via elevhälsoteamet")))
    case .schoolNurse:
      draft.add(
        Actor(
          id: "\(ids.team)-skolskoterska", name: "Skolsköterska, \(name)", kind: .function,
          sector: .school, parent: ids.team, laws: ["Skollagen", "HSL"],
          contact: contacts.point("Skolsköterskan, via elevhälsoteamet")))
    case nil:
      break
    }
    addSchoolRoutes(school, ids: ids, to: &draft)
  }

  private func addSchoolRoutes(
    _ school: MunicipalityPlan.School, ids: SchoolIDs, to draft: inout MapDraft
  ) {
    let prefix = ids.school
    draft.reportOfConcern(from: ids.school, staff: "skolans personal")
    draft.reportOfConcern(from: ids.team, staff: "elevhälsans personal")
    draft.route(
      "\(prefix)-vardnadshavare-franvaro", from: ids.school, to: SharedActor.guardians,
      .notification, .notApplicable, purpose: "Information samma dag om ogiltig frånvaro",
      concerns: [.absence], response: .sameDay)
    draft.route(
      "\(prefix)-mentor-franvarosignal", from: ids.school, to: ids.mentor, .notification,
      .notApplicable, purpose: "Registrerad frånvaro och frånvaromönster signaleras till mentor",
      concerns: [.absence], response: .sameDay)
    draft.route(
      "\(prefix)-mentor-eht", from: ids.mentor, to: ids.team, .meeting, .notApplicable,
      purpose: "Mentor lyfter elev med upprepad eller långvarig frånvaro till elevhälsoteamet",
      concerns: [.absence])
    if school.mentorCallsHome {
      draft.route(
        "\(prefix)-mentor-vardnadshavare", from: ids.mentor, to: SharedActor.guardians, .phone,
        .notApplicable, purpose: "Mentor ringer hem vid frånvarosignaler", concerns: [.absence])
    }
    draft.route(
      "\(prefix)-eht-uppdrag", from: ids.school, to: ids.team, .meeting, .notApplicable,
      purpose: "Rektor ger elevhälsoteamet i uppdrag att kartlägga frånvaron",
      concerns: [.absence])
    draft.route(
      "\(prefix)-eht-kartlaggning", from: ids.team, to: ids.school, .meeting, .notApplicable,
      purpose: "Elevhälsoteamet redovisar kartläggningen för rektor, som beslutar om åtgärder",
      concerns: [.absence])
    // Only compulsory school reports an investigation to the owner (7 kap. 19 a §); the
    // gymnasium's 15 kap. 16 § has no such report.
    if school.stage != .upperSecondary {
      draft.route(
        "\(prefix)-huvudman-anmalan", from: ids.school, to: Municipal.schoolOwner, .notification,
        .provision(Citation.compulsoryInvestigation),
        purpose: "Anmälan till huvudmannen om att utredning av frånvaron har inletts",
        concerns: [.absence])
    }
    draft.route(
      "\(prefix)-eht-forsta-linjen-remiss", from: ids.team, to: SharedActor.firstLine, .referral,
      .consentRequired,
      purpose: "Remiss till första linjen vid lindrig till måttlig psykisk ohälsa",
      concerns: [.mentalHealth], severities: [.mild, .moderate])
    draft.route(
      "\(prefix)-eht-central-elevhalsa", from: ids.team, to: SharedActor.centralPupilHealth,
      .consultation, .notApplicable, purpose: "Konsultation med central elevhälsa")
    draft.route(
      collaborationRoute(for: ids), from: ids.school, to: collaborationPartner, .meeting,
      .consentRequired,
      purpose: plan.hasAttendanceTeam
        ? "Skolan lyfter eleven till närvaroteamet tillsammans med familjen"
        : "Samråd om stöd till elev och familj vid problematisk skolfrånvaro",
      concerns: [.absence])
    draft.route(
      "\(prefix)-socialtjanst-sip-begaran", from: ids.school, to: SharedActor.socialServices,
      .sipRequest, .consentRequired, purpose: "Skolan begär att socialtjänsten kallar till SIP")
  }

  /// Where a school takes a case when its own measures are not enough: the attendance team
  /// where there is one, otherwise social services.
  var collaborationPartner: String {
    plan.hasAttendanceTeam ? Municipal.attendanceTeam : SharedActor.socialServices
  }

  func collaborationRoute(for ids: SchoolIDs) -> String {
    "\(ids.school)-\(collaborationPartner)-samrad"
  }

  /// The school's ladder for problematic absence (domain.md's typical ladder): promote, notice,
  /// investigate, act, collaborate, authority.
  ///
  /// Entries as the real maps write them (Maps/README.md): Främja and Uppmärksamma none;
  /// Kartlägga and Åtgärda from the municipality's local threshold; Samverka five points above
  /// it (the real maps' 10 % and 15 %); Myndighet an exercise of authority for severe cases.
  func absenceLadder(for school: MunicipalityPlan.School) -> EscalationLadder {
    let ids = SchoolIDs(school)
    let investigate = StepEntry(absencePercent: plan.thresholdPercent)
    let collaborate = StepEntry(absencePercent: plan.thresholdPercent + 5)
    let threshold = "mer än \(plan.thresholdPercent) % under \(plan.thresholdWeeks) veckor"
    let partner = collaborationPartner
    let partnerToCaseOfficers =
      plan.hasAttendanceTeam ? "narvaroteam-socialsekreterare" : "socialtjanst-utredning"
    return EscalationLadder(
      id: "franvaro-skola-\(school.number)",
      name: "Problematisk skolfrånvaro, Skola \(school.number)", concern: .absence,
      steps: [
        .init(
          id: "framja", name: "Främja närvaro",
          trigger: "Alla elever – skolans främjande närvaroarbete", actor: ids.school,
          escalate: "\(ids.school)-mentor-franvarosignal"),
        .init(
          id: "uppmarksamma", name: "Uppmärksamma",
          trigger: "Ogiltig frånvaro, frånvaro \(threshold) eller ett mönster", actor: ids.mentor,
          escalate: "\(ids.school)-mentor-eht"),
        .init(
          id: "kartlagga", name: "Kartlägga och utreda",
          trigger: "Fortsatt frånvaro – rektor ser till att den skyndsamt utreds",
          entry: investigate, actor: ids.team, escalate: "\(ids.school)-eht-kartlaggning"),
        .init(
          id: "atgarda", name: "Åtgärda",
          trigger: "Anpassningar, särskilt stöd och en närvaroplan som följs upp",
          entry: investigate, actor: ids.school, escalate: collaborationRoute(for: ids)),
        .init(
          id: "samverka", name: "Samverka",
          trigger: "Skolans åtgärder räcker inte – stöd till familjen med samtycke",
          entry: collaborate, actor: partner, escalate: partnerToCaseOfficers),
        .init(
          id: "myndighet", name: "Myndighet",
          trigger: "Frivilliga insatser räcker inte eller oro för att barnet far illa",
          entry: StepEntry(severities: [.severe]), authority: true,
          actor: Municipal.caseOfficers),
      ])
  }
}
