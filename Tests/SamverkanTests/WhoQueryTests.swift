import Foundation
import Testing

@testable import Samverkan

/// A question a coordinator asks, the first answer the Mölndal map must give, and why.
struct CoordinatorQuestion: Sendable, CustomTestStringConvertible {
  var question: String
  var text: String
  var from: String?
  var age: Int?
  var severity: Severity?
  var first: String
  var why: String

  var testDescription: String { question }
}

@Suite("Who do I contact? Questions a coordinator asks of the Mölndal map")
struct WhoQueryTests {
  static let questions: [CoordinatorQuestion] = [
    .init(
      question: "A 13-year-old is mildly anxious; the school asks", text: "oro och ångest",
      from: "skola", age: 13, severity: .mild, first: "uph",
      why: "first line (UPH) takes mild–moderate; BUP has no mandate for mild (seed 000)"),
    .init(
      question: "Moderate anxiety, asked by pupil health", text: "ångest", from: "elevhalsa",
      age: 13, severity: .moderate, first: "uph",
      why: "UPH and BUP both cover moderate; the first line comes first (seed 000)"),
    .init(
      question: "Moderate low mood, asked by social services", text: "nedstämd",
      from: "socialtjanst", age: 16, severity: .moderate, first: "uph",
      why: "moderate is still the first line's, even with no route from social services"),
    .init(
      question: "Severe self-harm, asked by pupil health", text: "självskada", from: "elevhalsa",
      age: 15, severity: .severe, first: "nodnummer-112",
      why: "self-harm calls for the acute way first, 112 (domain.md \"the acute way\")"),
    .init(
      question: "Violence at home is suspected; the mentor asks", text: "misstänkt våld i hemmet",
      from: "mentor", age: 10, severity: nil, first: "socialtjanst",
      why: "a report of concern to social services comes first and needs no consent"),
    .init(
      question: "UPH suspects the child is harmed", text: "far illa", from: "uph", age: 12,
      severity: nil, first: "socialtjanst",
      why: "health care reports concern through its own route, no consent needed"),
    .init(
      question: "A pupil stays at home; the mentor asks", text: "hemmasittare", from: "mentor",
      age: 14, severity: nil, first: "elevhalsa",
      why: "the mentor raises absence with the pupil-health team (ladder step 2 → 3)"),
    .init(
      question: "School refusal at 17; the school asks", text: "skolvägran", from: "skola", age: 17,
      severity: nil, first: "oppenvard-familjebehandlare",
      why: "the school's own pupil health is no answer to the school; the ladder's next step, "
        + "Samverka, is social services' open care (seed 001)"),
    .init(
      question: "Guardians want parenting support", text: "föräldrastöd", from: "vardnadshavare",
      age: 9, severity: nil, first: "socialtjanst",
      why: "the family applies to social services itself"),
    .init(
      question: "ADHD, moderate, asked by pupil health", text: "ADHD", from: "elevhalsa", age: 10,
      severity: .moderate, first: "bup",
      why: "only BUP holds a neuropsychiatric mandate narrower than the school psychologist's"),
    .init(
      question: "A 6-year-old is mildly anxious; the mentor asks", text: "ångest", from: "mentor",
      age: 6, severity: .mild, first: "uph",
      why: "UPH's mandate starts at 6 and fits mild more closely than pupil health's"),
    .init(
      question: "Drugs at 16; the school asks", text: "droger", from: "skola", age: 16,
      severity: nil, first: "socialtjanst", why: "substance use is social services' mandate"),
    .init(
      question: "Stomach ache and headache behind the absence", text: "magont och huvudvärk",
      from: "elevhalsa", age: 11, severity: nil, first: "bumm",
      why: "the child and youth medical clinic holds the somatic mandate"),
    .init(
      question: "The school writes without diacritics", text: "angest", from: "skola", age: 13,
      severity: .mild, first: "uph", why: "å/ä/ö typed as a/a/o still match"),
    .init(
      question: "Suicidal thoughts, severe", text: "självmordstankar", from: "skola", age: 16,
      severity: .severe, first: "nodnummer-112",
      why: "suicide calls for the acute way first, whatever the severity (domain.md)"),
  ]

  @Test("the first answer is right", arguments: questions)
  func firstAnswer(question: CoordinatorQuestion) throws {
    let map = try RealMaps.molndal()
    guard case .matched(let reading) = ConcernVocabulary.resolve(question.text) else {
      Issue.record("'\(question.text)' resolves to no concern")
      return
    }
    let answers = map.whoToContact(
      WhoQuery(
        concerns: reading.concerns, from: question.from, age: question.age,
        severity: question.severity))
    #expect(answers.first?.actor.id == question.first, "\(question.why)")
  }

  @Test("mild anxiety from a school never reaches BUP, and the route goes through pupil health")
  func mildAnxietyNotBUP() throws {
    let map = try RealMaps.molndal()
    let answers = map.whoToContact(
      WhoQuery(concerns: [.mentalHealth], from: "skola", age: 13, severity: .mild))
    #expect(!answers.contains { $0.actor.id == "bup" })
    let uph = try #require(answers.first)
    #expect(uph.path?.map(\.id) == ["skola-elevhalsa", "elevhalsa-uph-remiss"])
    #expect(uph.path?.last?.sharing == .consentRequired)
  }

  @Test("harm at home: the duty comes first, through the school's route, without consent")
  func harmIsADuty() throws {
    let map = try RealMaps.molndal()
    let answers = map.whoToContact(WhoQuery(concerns: [.harm], from: "mentor"))
    let first = try #require(answers.first)
    guard case .duty(let law) = first.reason else {
      Issue.record("expected a duty, got \(first.reason)")
      return
    }
    #expect(law == Citation.reportingDuty)
    #expect(first.path?.map(\.id) == ["skola-orosanmalan"])
  }

  @Test("a school asking for a SIP learns that social services convenes, and it may only request")
  func sipFromSchool() throws {
    let map = try RealMaps.molndal()
    let answers = map.whoToContact(WhoQuery(concerns: [], from: "skola", asksForSIP: true))
    let first = try #require(answers.first)
    #expect(first.actor.id == "socialtjanst")
    #expect(first.reason == .convenesSIP)
    #expect(first.path?.map(\.channel) == [.sipRequest])
    #expect(first.notes.contains { $0.contains("får begära en SIP") })
    #expect(!answers.contains { $0.actor.sector == .school })
  }

  @Test("the notes of an answer are in the language current when it is made")
  func notesInBothLanguages() throws {
    let map = try RealMaps.molndal()
    let query = WhoQuery(concerns: [], from: "skola", asksForSIP: true)
    let swedish = Language.$override.withValue(.swedish) { map.whoToContact(query) }
    let english = Language.$override.withValue(.english) { map.whoToContact(query) }
    #expect(
      swedish.first?.notes == [
        "En SIP kräver samtycke och upprättas aldrig mot den enskildes vilja.",
        "Skolan får begära en SIP och delta, men inte kalla till en här.",
      ])
    #expect(
      english.first?.notes == [
        "A SIP needs consent and is never set up against the person's will.",
        "The school may request a SIP and take part, but not convene one here.",
      ])
    let harm = WhoQuery(concerns: [.harm], from: "mentor")
    let duty = Language.$override.withValue(.english) { map.whoToContact(harm).first?.notes }
    #expect(duty?.first?.hasPrefix("Report at once when you know of or suspect") == true)
  }

  @Test("the next ladder step is named with the answer")
  func nextStep() throws {
    let map = try RealMaps.molndal()
    let answers = map.whoToContact(WhoQuery(concerns: [.absence], from: "mentor"))
    #expect(answers.first?.actor.id == "elevhalsa")
    #expect(answers.first?.nextStep?.id == "atgarda")
  }
}

@Suite("Who-answers follow only routes meant for the question")
struct WhoRouteFitTests {
  @Test("a referral for severe cases does not carry a moderate one")
  func routeSeverities() throws {
    let folder = try FixtureFolder()
    let map = try folder.load(
      "karta.yaml",
      header + """
        actors:
          - {id: eht, name: EHT, kind: unit, sector: school}
          - id: bup
            name: BUP
            kind: unit
            sector: health-care
            mandates: [{concerns: [mental-health], severities: [moderate, severe], basis: HSL}]
        routes:
          - {id: remiss, from: eht, to: bup, channel: referral, consent: required,
             concerns: [mental-health], severities: [severe]}

        """)
    let moderate = map.whoToContact(
      WhoQuery(concerns: [.mentalHealth], from: "eht", severity: .moderate))
    #expect(moderate.first?.actor.id == "bup")
    #expect(moderate.first?.path == nil)
    let severe = map.whoToContact(
      WhoQuery(concerns: [.mentalHealth], from: "eht", severity: .severe))
    #expect(severe.first?.path?.map(\.id) == ["remiss"])
  }
}
