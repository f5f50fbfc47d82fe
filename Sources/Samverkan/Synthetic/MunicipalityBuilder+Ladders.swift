extension MunicipalityBuilder {
  /// The municipality's ladders for other concerns than absence, each from the central pupil
  /// health onwards; a report of concern stays open at every step and is never one of them.
  func addConcernLadders(to draft: inout MapDraft) {
    let central = SharedActor.centralPupilHealth
    draft.add(
      EscalationLadder(
        id: "psykisk-ohalsa", name: "Psykisk ohälsa bakom frånvaron", concern: .mentalHealth,
        steps: [
          .init(
            id: "elevhalsan", name: "Elevhälsan", trigger: "Eleven mår dåligt", actor: central,
            escalate: "central-elevhalsa-forsta-linjen-remiss"),
          .init(
            id: "forsta-linjen", name: "Första linjen",
            trigger: "Lindrig till måttlig psykisk ohälsa", actor: SharedActor.firstLine,
            escalate: "forsta-linjen-bup-remiss"),
          .init(
            id: "bup", name: "BUP", trigger: "Svår psykisk ohälsa", actor: SharedActor.bup),
        ]))
    draft.add(
      EscalationLadder(
        id: "oro-far-illa", name: "Oro för att barnet far illa", concern: .harm,
        steps: [
          .init(
            id: "konsultera", name: "Konsultera",
            trigger: "Oro men osäkerhet – en orosanmälan görs genast vid misstanke",
            actor: central, escalate: "central-elevhalsa-socialtjanst-konsultation"),
          .init(
            id: "mottagning", name: "Mottagning",
            trigger: "Orosanmälan eller ansökan har kommit in", actor: SharedActor.socialServices,
            escalate: "socialtjanst-utredning"),
          .init(
            id: "utredning", name: "Utredning", trigger: "Skyddsbedömningen visar behov",
            actor: Municipal.caseOfficers, escalate: "socialsekreterare-oppenvard"),
          .init(
            id: "insats", name: "Insats", trigger: "Beviljat stöd till barnet och familjen",
            actor: Municipal.openCare),
        ]))
    draft.add(
      EscalationLadder(
        id: "npf", name: "Neuropsykiatriska svårigheter", concern: .neuropsychiatric,
        steps: [
          .init(
            id: "kartlagga", name: "Kartlägga i skolan",
            trigger: "Anpassningarna räcker inte", actor: central,
            escalate: "central-elevhalsa-bumm-remiss"),
          .init(
            id: "utreda", name: "Utreda", trigger: "Misstänkt funktionsnedsättning",
            actor: SharedActor.bumm, escalate: "bumm-habilitering-remiss"),
          .init(
            id: "habilitering", name: "Habilitering", trigger: "Varaktig funktionsnedsättning",
            actor: SharedActor.habilitation),
        ]))
    guard plan.hasFieldWorkers else { return }
    draft.add(
      EscalationLadder(
        id: "missbruk", name: "Riskbruk och missbruk", concern: .substanceUse,
        steps: [
          .init(
            id: "konsultera", name: "Konsultera", trigger: "Tecken på riskbruk",
            actor: central, escalate: "central-elevhalsa-socialtjanst-konsultation"),
          .init(
            id: "mottagning", name: "Mottagning", trigger: "Ansökan eller orosanmälan",
            actor: SharedActor.socialServices, escalate: "socialtjanst-faltsekreterare"),
          .init(
            id: "faltarbete", name: "Fältarbete", trigger: "Den unga behöver stöd där hen är",
            actor: Municipal.fieldWorkers, escalate: "faltsekreterare-socialsekreterare"),
          .init(
            id: "utredning", name: "Utredning", trigger: "Riskbruket fortsätter",
            actor: Municipal.caseOfficers),
        ]))
  }
}
