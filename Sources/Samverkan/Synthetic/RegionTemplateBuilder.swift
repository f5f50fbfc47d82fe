/// Builds the regional template of a synthetic region: the region's health care for children and
/// young people, the family, and the routes from them, shared by every municipality of the region.
///
/// Routes to municipal actors (social services, the central pupil-health unit) are forward
/// references that each including municipality resolves; routes from municipal actors are in the
/// municipalities' own files.
struct RegionTemplateBuilder {
  let plan: RegionPlan
  let reviewed: ReviewDate
  let comment: [String]

  func build() -> SyntheticMapFile {
    var draft = MapDraft()
    addActors(to: &draft)
    addRoutes(to: &draft)
    let map = CollaborationMap(
      id: plan.id, name: plan.name, kind: .template, reviewed: reviewed, sources: ["domain.md"],
      agreements: Agreements(directCareRequestToBUP: plan.directCareRequestToBUP),
      actors: draft.actors, routes: draft.routes)
    return SyntheticMapFile(path: plan.path, map: map, include: [], comment: comment)
  }

  private var firstLineNaming: (name: String, role: String) {
    switch plan.firstLine {
    case .youthMentalHealthMandate:
      (
        "Vårdcentral med uppdrag för ungas psykiska hälsa (UPH)",
        "UPH-mottagningen på vårdcentralen"
      )
    case .everyHealthCentre:
      ("Vårdcentralen – första linjen för barn och unga", "Första linjen för barn och unga")
    case .regionalClinic:
      ("Första linjen barn och unga (regional mottagning)", "Första linjens mottagning")
    }
  }

  private func addActors(to draft: inout MapDraft) {
    let contacts = plan.contacts
    let region = SharedActor.region
    draft.add(
      Actor(
        id: region, name: plan.name, kind: .organisation, sector: .healthCare, laws: ["HSL"],
        contact: contacts.point("Regionens växel", line: 0, mailbox: "registrator"),
        note: "Fiktiv region: ansvarar för hälso- och sjukvården för barn och unga i sina kommuner."
      ))
    draft.add(
      Actor(
        id: SharedActor.firstLine, name: firstLineNaming.name, kind: .unit, sector: .healthCare,
        parent: region, laws: ["HSL"],
        contact: contacts.point(
          firstLineNaming.role, line: 10, webForm: "forsta-linjen/kontakt",
          hours: "Vardagar 8–17"),
        mandates: [
          Mandate(
            concerns: [.mentalHealth], severities: [.mild, .moderate],
            ages: AgeRange(lower: 6, upper: 17),
            basis: "HSL (regionens första linje för barn och unga)",
            description:
              "Första ingången vid lindrig till måttlig psykisk ohälsa hos barn och unga 6–17 år; stödjer skolor och elevhälsa."
          ),
          Mandate(
            concerns: [.mentalHealth, .neuropsychiatric], severities: [.mild, .moderate],
            ages: AgeRange(lower: 18, upper: 25), basis: "HSL (primärvård)",
            description: "Primärvårdens ingång för unga vuxna från 18 år."),
        ]))
    draft.add(
      Actor(
        id: SharedActor.bup, name: "Barn- och ungdomspsykiatrin (BUP)", kind: .unit,
        sector: .healthCare, parent: region, laws: ["HSL"],
        contact: contacts.point("BUP-mottagningen", line: 20),
        mandates: [
          Mandate(
            concerns: [.mentalHealth, .neuropsychiatric], severities: [.moderate, .severe],
            ages: AgeRange(lower: 0, upper: 17),
            basis: "HSL (specialiserad barn- och ungdomspsykiatri)",
            description: "Tar emot barn och unga med måttlig till svår och svår psykisk ohälsa."),
          // Assessing suicide risk in a child is specialist psychiatry whatever the severity;
          // with a plan or a life in danger the acute way comes first (as in the real templates).
          Mandate(
            concerns: [.suicideRisk], ages: AgeRange(lower: 0, upper: 17),
            basis: "HSL (specialiserad barn- och ungdomspsykiatri; bedömning av suicidrisk)",
            description:
              "Bedömer och behandlar suicidrisk hos barn och unga; vid akut fara går vägen via 112 eller BUP:s akutmottagning."
          ),
        ]))
    // The acute way's emergency entry (domain.md: "BUP's emergency entry (akut) sees children
    // the same day"), in every region, under BUP.
    draft.add(
      Actor(
        id: SharedActor.acuteBUP, name: "BUP akut", kind: .unit, sector: .healthCare,
        parent: SharedActor.bup, laws: ["HSL"],
        contact: contacts.point("BUP:s akutmottagning", line: 21, hours: "Dygnet runt"),
        mandates: [
          Mandate(
            concerns: [.mentalHealth, .suicideRisk], severities: [.severe],
            ages: AgeRange(lower: 0, upper: 17),
            basis: "HSL (akut barn- och ungdomspsykiatri)",
            description: "Tar emot akuta ärenden samma dag, dygnet runt.")
        ], acute: .emergencyEntry))
    draft.add(
      Actor(
        id: SharedActor.bumm, name: "Barn- och ungdomsmedicinska mottagningen (BUMM)",
        kind: .unit, sector: .healthCare, parent: region, laws: ["HSL"],
        contact: contacts.point("BUMM-mottagningen", line: 30),
        mandates: [
          Mandate(
            concerns: [.somaticHealth, .neuropsychiatric], ages: AgeRange(lower: 0, upper: 17),
            basis: "HSL (barn- och ungdomsmedicin)",
            description: "Utreder kroppsliga besvär bakom frånvaron och neuropsykiatriska frågor.")
        ]))
    draft.add(
      Actor(
        id: SharedActor.habilitation, name: "Barn- och ungdomshabiliteringen", kind: .unit,
        sector: .healthCare, parent: region, laws: ["HSL"],
        contact: contacts.point("Habiliteringens mottagning", line: 40),
        mandates: [
          Mandate(
            concerns: [.neuropsychiatric], ages: AgeRange(lower: 0, upper: 17),
            basis: "HSL (habilitering)",
            description:
              "Stöd till barn och unga med varaktiga funktionsnedsättningar och deras familjer."
          )
        ]))
    draft.add(
      Actor(
        id: SharedActor.adultPsychiatry, name: "Allmänpsykiatrisk öppenvård för unga vuxna",
        kind: .unit, sector: .healthCare, parent: region, laws: ["HSL"],
        contact: contacts.point("Psykiatrimottagningen för unga vuxna", line: 50),
        mandates: [
          Mandate(
            concerns: [.mentalHealth, .neuropsychiatric, .suicideRisk],
            severities: [.moderate, .severe], ages: AgeRange(lower: 18, upper: 25),
            basis: "HSL (specialiserad psykiatri för vuxna)",
            description: "Tar över från BUP vid 18 år när vården behöver fortsätta.")
        ]))
    if plan.hasYouthClinic {
      draft.add(
        Actor(
          id: SharedActor.youthClinic, name: "Ungdomsmottagningen", kind: .unit,
          sector: .healthCare, parent: region, laws: ["HSL"],
          contact: contacts.point(
            "Ungdomsmottagningen", line: 60, webForm: "ungdomsmottagningen/boka"),
          mandates: [
            Mandate(
              concerns: [.mentalHealth], severities: [.mild], ages: AgeRange(lower: 13, upper: 25),
              basis: "HSL (ungdomsmottagning)",
              description: "Samtal om hur unga mår; unga söker själva."),
            Mandate(
              concerns: [.somaticHealth], ages: AgeRange(lower: 13, upper: 25),
              basis: "HSL (ungdomsmottagning)"),
          ]))
    }
    if plan.hasAddictionClinic {
      draft.add(
        Actor(
          id: SharedActor.addictionClinic, name: "Mottagningen för unga med riskbruk och beroende",
          kind: .unit, sector: .healthCare, parent: region, laws: ["HSL"],
          contact: contacts.point("Mottagningen för unga med beroende", line: 70),
          mandates: [
            Mandate(
              concerns: [.substanceUse], ages: AgeRange(lower: 13, upper: 25),
              basis: "HSL (beroendevård för unga)")
          ]))
    }
    draft.add(
      Actor(
        id: SharedActor.guardians, name: "Vårdnadshavare", kind: .function, sector: .family,
        mandates: [
          Mandate(
            concerns: [.absence], ages: AgeRange(lower: 6, upper: 16),
            basis: Citation.guardiansDuty,
            description:
              "Ser till att eleven fullgör skolplikten; lämnar samtycke för barnet till remiss, SIP och utbyte av uppgifter."
          )
        ]))
    draft.add(
      Actor(
        id: SharedActor.pupil, name: "Eleven", kind: .function, sector: .family,
        note:
          "Elevens egen vilja vägs in efter ålder och mognad, i vårdfrågor ofta från omkring 15 år."
      ))
    addAcuteWay(to: &draft)
  }

  /// 112 and 1177, the national numbers of the acute way (Maps/README.md: every regional
  /// template holds `nodnummer-112`, `bup-akut` and `vardguiden-1177`); no routes lead there,
  /// since anyone may call them. The only real numbers in a synthetic map.
  private func addAcuteWay(to draft: inout MapDraft) {
    draft.add(
      Actor(
        id: SharedActor.emergencyCall, name: "112 – akut fara för liv", kind: .function,
        sector: .other,
        contact: ContactPoint(role: "SOS Alarm", phone: "112", hours: "dygnet runt"),
        mandates: [
          Mandate(
            concerns: [.suicideRisk, .harm], severities: [.severe],
            basis: "Akut fara för liv (domain.md: the acute way)",
            description:
              "Vid suicidrisk med plan eller annan akut fara för barnets liv ringer man 112 först.")
        ], acute: .emergencyCall))
    draft.add(
      Actor(
        id: SharedActor.adviceLine, name: "1177 – sjukvårdsrådgivning dygnet runt",
        kind: .function, sector: .healthCare, laws: ["HSL"],
        contact: ContactPoint(
          role: "1177 Vårdguiden", phone: "1177", url: "https://www.1177.se",
          hours: "dygnet runt"),
        mandates: [
          Mandate(
            concerns: [.mentalHealth, .somaticHealth, .suicideRisk],
            basis: "HSL (sjukvårdsrådgivning)",
            description:
              "Sjukvårdsrådgivning dygnet runt per telefon och på 1177.se; hänvisar till rätt vårdnivå, vid akut fara till 112."
          )
        ], acute: .adviceLine))
  }

  private func addRoutes(to draft: inout MapDraft) {
    let firstLine = SharedActor.firstLine
    let bup = SharedActor.bup
    let social = SharedActor.socialServices
    let guardians = SharedActor.guardians
    let pupil = SharedActor.pupil
    var reporters = [firstLine, bup, SharedActor.bumm, SharedActor.habilitation]
    reporters.append(SharedActor.acuteBUP)
    if plan.hasYouthClinic { reporters.append(SharedActor.youthClinic) }
    if plan.hasAddictionClinic { reporters.append(SharedActor.addictionClinic) }
    for reporter in reporters { draft.reportOfConcern(from: reporter, staff: "personalen") }

    draft.route(
      "forsta-linjen-bup-remiss", from: firstLine, to: bup, .referral, .consentRequired,
      purpose: "Remiss när besvären är svåra och kräver specialiserad barn- och ungdomspsykiatri",
      concerns: [.mentalHealth], severities: [.severe], response: plan.bupReferralResponse)
    draft.route(
      "vardnadshavare-forsta-linjen-vardbegaran", from: guardians, to: firstLine, .careRequest,
      .notApplicable,
      purpose: "Egen vårdbegäran vid lindrig till måttlig psykisk ohälsa hos barnet",
      concerns: [.mentalHealth], severities: [.mild, .moderate])
    draft.route(
      "elev-forsta-linjen-vardbegaran", from: pupil, to: firstLine, .careRequest, .notApplicable,
      purpose: "Unga söker själva första linjen", concerns: [.mentalHealth],
      severities: [.mild, .moderate])
    if plan.directCareRequestToBUP {
      draft.route(
        "vardnadshavare-bup-vardbegaran", from: guardians, to: bup, .careRequest, .notApplicable,
        purpose: "Egen vårdbegäran hos BUP utan remiss vid svår psykisk ohälsa",
        concerns: [.mentalHealth], severities: [.severe])
    }
    draft.route(
      "forsta-linjen-bup-akut-remiss", from: firstLine, to: SharedActor.acuteBUP, .referral,
      .consentRequired, purpose: "Akut remiss vid allvarlig psykisk ohälsa eller suicidrisk",
      concerns: [.mentalHealth, .suicideRisk], severities: [.severe], response: .sameDay)
    if plan.acuteBUPTakesCalls {
      draft.route(
        "vardnadshavare-bup-akut-telefon", from: guardians, to: SharedActor.acuteBUP, .phone,
        .notApplicable, purpose: "Akut kontakt dygnet runt vid suicidrisk",
        concerns: [.suicideRisk], severities: [.severe], response: .immediately)
    }
    if plan.hasYouthClinic {
      draft.route(
        "elev-ungdomsmottagning-vardbegaran", from: pupil, to: SharedActor.youthClinic,
        .careRequest, .notApplicable, purpose: "Unga söker själva ungdomsmottagningen")
      draft.route(
        "ungdomsmottagning-forsta-linjen-remiss", from: SharedActor.youthClinic, to: firstLine,
        .referral, .consentRequired, purpose: "Remiss när den unga behöver mer än samtal",
        concerns: [.mentalHealth], severities: [.mild, .moderate])
    }
    if plan.hasAddictionClinic {
      draft.route(
        "elev-beroendemottagning-vardbegaran", from: pupil, to: SharedActor.addictionClinic,
        .careRequest, .notApplicable, purpose: "Unga söker själva vid riskbruk",
        concerns: [.substanceUse])
    }
    draft.route(
      "forsta-linjen-bumm-remiss", from: firstLine, to: SharedActor.bumm, .referral,
      .consentRequired, purpose: "Remiss vid kroppsliga besvär bakom frånvaron",
      concerns: [.somaticHealth])
    draft.route(
      "forsta-linjen-vuxenpsykiatri-remiss", from: firstLine, to: SharedActor.adultPsychiatry,
      .referral, .consentRequired, purpose: "Remiss för unga vuxna med svår psykisk ohälsa",
      concerns: [.mentalHealth], severities: [.severe])
    draft.route(
      "bup-vuxenpsykiatri-overforing", from: bup, to: SharedActor.adultPsychiatry, .referral,
      .consentRequired, purpose: "Överföring inför 18-årsdagen när vården behöver fortsätta")
    draft.route(
      "bumm-habilitering-remiss", from: SharedActor.bumm, to: SharedActor.habilitation, .referral,
      .consentRequired, purpose: "Remiss vid varaktig funktionsnedsättning",
      concerns: [.neuropsychiatric])
    draft.route(
      "bup-habilitering-remiss", from: bup, to: SharedActor.habilitation, .referral,
      .consentRequired, purpose: "Remiss efter neuropsykiatrisk utredning",
      concerns: [.neuropsychiatric])
    draft.route(
      "bup-central-elevhalsa-samverkan", from: bup, to: SharedActor.centralPupilHealth, .meeting,
      .consentRequired, purpose: "Anpassningar i skolan efter BUP:s bedömning")
    draft.route(
      "forsta-linjen-central-elevhalsa-konsultation", from: firstLine,
      to: SharedActor.centralPupilHealth, .consultation, .notApplicable,
      purpose: "Konsultation till elevhälsan utan att eleven nämns")
    draft.route(
      "bup-socialtjanst-uppgifter", from: bup, to: social, .phone,
      .provision(Citation.healthSocialProvision),
      purpose: "Uppgifter om en underårig som behöver vård eller stöd lämnas till socialtjänsten",
      concerns: [.harm, .mentalHealth])
    for convener in [bup, firstLine, SharedActor.adultPsychiatry] {
      draft.route(
        "\(convener)-socialtjanst-sip", from: convener, to: social, .sipInvitation,
        .consentRequired,
        purpose:
          "Kallelse till SIP när den unga behöver insatser från både vården och socialtjänsten"
      )
    }
  }
}
