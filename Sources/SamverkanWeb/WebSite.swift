import Foundation
import Samverkan
import SamverkanRender

/// What each route answers, as HTML for people or JSON for programs, from the library's maps.
/// Knows nothing of HTTP connections; `WebServer` puts it behind a router.
struct WebSite: Sendable {
  let library: MapLibrary
  let pictures: PictureStore
  /// Finished map and answer pages by map file generation, language and question.
  let pages = PageCache()

  /// The longest question or concern text read.
  static let maxTextLength = 300
  /// The largest request body read (a pasted case).
  static let maxBodySize = 64 * 1024
  /// How many answers the page and the JSON give, as `samverkan who` does by default.
  static let answerLimit = 5

  /// An answer: the bytes and whether they are JSON.
  struct Reply: Sendable {
    var body: Data
    var json: Bool
    var status: Int = 200
  }

  // MARK: Routes

  func index(json: Bool) throws -> Reply {
    let entries = library.all
    if json { return Reply(body: try WebJSON.index(entries), json: true) }
    return Reply(body: Data(WebPages.index(entries).utf8), json: false)
  }

  func map(id: String, json: Bool) async throws -> Reply {
    let (entry, snapshot) = try find(id)
    if json { return Reply(body: try WebJSON.map(entry, snapshot), json: true) }
    let key = "map \(Language.current.rawValue) \(entry.file) \(entry.generation)"
    if let page = pages[key] { return Reply(body: page, json: false) }
    let drawn = try await pictures.pictures(of: snapshot, highlight: nil)
    let page = Data(
      WebPages.map(entry, snapshot, pictures: drawn, question: .init(), asked: .nothing).utf8)
    pages[key] = page
    return Reply(body: page, json: false)
  }

  /// `/karta/<id>/fraga`: the who-answer of `samverkan who`, with its path lit in the pictures.
  func who(id: String, query: WebQuery, json: Bool) async throws -> Reply {
    let (entry, snapshot) = try find(id)
    let map = snapshot.map
    let question = WebPages.Question(
      text: query["text"] ?? "", from: query["fran"] ?? "", age: query["alder"] ?? "",
      severity: query["grad"] ?? "")
    let key =
      "who \(Language.current.rawValue) \(entry.file) \(entry.generation) \(question.text)\n"
      + "\(question.from)\n\(question.age)\n\(question.severity)"
    let cached = (json ? "json " : "") + key
    if let page = pages[cached] { return Reply(body: page, json: json) }
    let asked: WebPages.Asked
    var highlight: Highlight?
    var status = 200
    do {
      let whoQuery = try Self.whoQuery(question, in: map)
      let answers = Array(map.whoToContact(whoQuery).prefix(Self.answerLimit))
      if json {
        let body = try AnswerJSON.encode(answers, for: whoQuery)
        pages[cached] = body
        return Reply(body: body, json: true)
      }
      highlight = Highlight(answer: answers.first)
      asked = .answer(
        AnswerText.document(answers, for: whoQuery, in: map),
        interpretations: WhoQuestion.interpretations(question.text))
    } catch let error as QuestionError {
      if json { throw WebError(.badRequest, error.description) }
      asked = .refused(error.description)
      status = 400
    }
    let drawn = try await pictures.pictures(of: snapshot, highlight: highlight)
    let page = Data(
      WebPages.map(entry, snapshot, pictures: drawn, question: question, asked: asked).utf8)
    if status == 200 { pages[cached] = page }
    return Reply(body: page, json: false, status: status)
  }

  /// The question of the form, read as `samverkan who` reads its arguments.
  static func whoQuery(_ question: WebPages.Question, in map: CollaborationMap) throws
    -> WhoQuery
  {
    guard !question.text.isEmpty else { throw QuestionError(L10n.report("web.error.no-text")) }
    guard question.text.count <= maxTextLength else {
      throw QuestionError(L10n.report("web.error.text-too-long", String(maxTextLength)))
    }
    return try WhoQuestion.query(
      question.text, from: question.from.isEmpty ? nil : question.from,
      age: try age(question.age),
      severity: TypedArgument.severity(question.severity.isEmpty ? nil : question.severity),
      in: map)
  }

  /// An age field: empty, or a whole number from 0 to 25.
  static func age(_ text: String) throws -> Int? {
    guard !text.isEmpty else { return nil }
    guard let age = Int(text), (0...25).contains(age) else {
      throw QuestionError(L10n.report("web.error.age", text))
    }
    return age
  }

  func sheet(id: String, json: Bool) throws -> Reply {
    let (_, snapshot) = try find(id)
    guard let sheet = ContactSheet(map: snapshot.map) else {
      throw WebError(.notFound, L10n.cli("sheet.no-school", snapshot.map.name))
    }
    if json { return Reply(body: try WebJSON.sheet(sheet), json: true) }
    return Reply(body: Data(ContactSheetPage(sheet: sheet).html.utf8), json: false)
  }

  func findings(id: String, json: Bool) throws -> Reply {
    let (entry, snapshot) = try find(id)
    if json { return Reply(body: try WebJSON.findings(entry, snapshot), json: true) }
    return Reply(body: Data(WebPages.findings(entry, snapshot).utf8), json: false)
  }

  /// `/karta/<id>/fall`: a fictitious case from the fields (GET) or pasted YAML (POST), walked.
  func caseWalk(id: String, fields query: WebQuery, posted: Bool, json: Bool) throws -> Reply {
    let (entry, snapshot) = try find(id)
    let map = snapshot.map
    var fields = WebPages.CaseFields(
      text: query["text"] ?? "", age: query["alder"] ?? "", severity: query["grad"] ?? "",
      absence: query["franvaro"] ?? "", consent: query["samtycke"] != nil,
      pupilConsent: query["elevsamtycke"] != nil, harm: query["farilla"] != nil,
      yaml: posted ? query.raw("yaml") ?? "" : "")
    if !posted, query.isEmpty, !json {
      return Reply(
        body: Data(
          WebPages.caseWalk(entry, snapshot, fields: fields, walk: nil, refusal: nil).utf8),
        json: false)
    }
    do {
      let pupil = try posted ? Self.pastedCase(fields.yaml, for: map) : Self.formCase(fields)
      let walk = map.walk(pupil)
      if json {
        return Reply(body: try JSONEncoder.stable.encode(walk) + Data("\n".utf8), json: true)
      }
      if posted { fields.yaml = query.raw("yaml") ?? "" }
      return Reply(
        body: Data(
          WebPages.caseWalk(entry, snapshot, fields: fields, walk: walk, refusal: nil).utf8),
        json: false)
    } catch let refusal as WebError {
      if json { throw refusal }
      return Reply(
        body: Data(
          WebPages.caseWalk(entry, snapshot, fields: fields, walk: nil, refusal: refusal).utf8),
        json: false, status: refusal.status.code)
    }
  }

  /// A case pasted as YAML, read as `samverkan case` reads a case file.
  static func pastedCase(_ yaml: String, for map: CollaborationMap) throws -> FictitiousCase {
    do {
      return try CaseLoader().load(text: yaml, shownAs: L10n.report("web.case.pasted"), for: map)
    } catch let error as MapLoadError {
      throw WebError(
        .badRequest, L10n.report("web.case.unreadable"), diagnostics: [error.diagnostic])
    }
  }

  /// A case from the form's fields.
  static func formCase(_ fields: WebPages.CaseFields) throws -> FictitiousCase {
    func refuse(_ message: String) -> WebError { WebError(.badRequest, message) }
    guard fields.text.count <= maxTextLength else {
      throw refuse(L10n.report("web.error.text-too-long", String(maxTextLength)))
    }
    let concerns: [Concern]
    do {
      concerns = try WhoQuestion.reading(fields.text).concerns
    } catch let error as QuestionError {
      throw refuse(error.description)
    }
    guard let age = try? Self.age(fields.age) else {
      throw refuse(L10n.report("web.error.age", fields.age))
    }
    let severity: Severity
    do {
      severity = try TypedArgument.severity(fields.severity.isEmpty ? "mild" : fields.severity)!
    } catch let error as QuestionError {
      throw refuse(error.description)
    }
    var absence: [AbsenceRecord] = []
    if !fields.absence.isEmpty {
      guard let percent = Int(fields.absence), (0...100).contains(percent) else {
        throw refuse(L10n.report("web.error.absence", fields.absence))
      }
      absence = [AbsenceRecord(week: 1, percent: percent)]
    }
    return FictitiousCase(
      id: "webbfall", title: L10n.report("web.case.form-title", fields.text, String(age)),
      age: age, concerns: concerns, severity: severity, absence: absence,
      consent: fields.consent, pupilConsent: fields.pupilConsent, harmSuspected: fields.harm)
  }

  // MARK: Finding maps

  /// The map with `id`; a 404 for any other text, a path or anything encoded included.
  func find(_ id: String) throws -> (MapLibrary.Entry, MapLibrary.Snapshot) {
    guard let entry = library.entry(id: id), let snapshot = entry.shown else {
      throw WebError(.notFound, L10n.report("web.error.no-map", String(id.prefix(80))))
    }
    return (entry, snapshot)
  }
}
