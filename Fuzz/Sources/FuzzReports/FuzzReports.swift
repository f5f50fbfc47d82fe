import Foundation
import Samverkan
import SamverkanRender

/// The texts a fuzzed map is made of: the input split at each 0x01 byte, read as UTF-8 (bad bytes
/// replaced), used in turn for every text field a report shows; short inputs repeat.
private struct Texts {
  private let parts: [String]
  private var next = 0

  init(_ data: Data) {
    let split = data.split(separator: 0x01, omittingEmptySubsequences: false)
    parts = split.map { String(decoding: $0, as: UTF8.self) }
  }

  mutating func take() -> String {
    defer { next += 1 }
    return parts[next % parts.count]
  }
}

/// The tags the HTML pages write themselves; any other tag came from map text.
private let pageTags: Set<String> = [
  "!doctype", "html", "head", "meta", "title", "style", "body", "main", "h1", "h2", "p", "figure",
  "section", "table", "thead", "tbody", "tr", "th", "td", "ol", "li", "strong", "br", "span", "a",
  "nav", "ul", "label", "input", "output", "div", "h3", "dl", "dt", "dd",
]

/// The report page's one script tag, its own; any other came from map text.
private let pageScript = "<script src=\"report.js\" defer></script>"

/// Why `text`, made from fuzzed map text, is unsafe, or nil: a `javascript:` URL, an event
/// attribute (`on…=`), or a tag not in `allowed` (with none allowed, any `<`).
private func problem(in text: String, allowing allowed: Set<String>) -> String? {
  let lower = text.lowercased()
  if lower.contains("javascript:") || lower.contains("vbscript:") { return "a script URL" }
  let bytes = Array(lower.utf8)
  for index in bytes.indices where bytes[index] == UInt8(ascii: "<") {
    var cursor = index + 1
    if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "/") { cursor += 1 }
    var name = ""
    if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "!") {
      name = "!"
      cursor += 1
    }
    while cursor < bytes.count, bytes[cursor] < 0x80,
      Character(Unicode.Scalar(bytes[cursor])).isLetter
        || Character(Unicode.Scalar(bytes[cursor])).isNumber
    {
      name.append(Character(Unicode.Scalar(bytes[cursor])))
      cursor += 1
    }
    if !allowed.contains(name) { return "a <\(name)> tag" }
  }
  // `on` + letters + optional spaces + `=`, not inside another word.
  for index in bytes.indices.dropLast(2)
  where bytes[index] == UInt8(ascii: "o") && bytes[index + 1] == UInt8(ascii: "n") {
    if index > 0 {
      let before = bytes[index - 1]
      if (before >= 0x61 && before <= 0x7A) || (before >= 0x30 && before <= 0x39) || before == 0x2D
        || before == 0x5F || before >= 0x80
      {
        continue
      }
    }
    var cursor = index + 2
    let lettersStart = cursor
    while cursor < bytes.count, bytes[cursor] >= 0x61, bytes[cursor] <= 0x7A { cursor += 1 }
    guard cursor > lettersStart else { continue }
    while cursor < bytes.count, bytes[cursor] == 0x20 || bytes[cursor] == 0x09 { cursor += 1 }
    if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "=") { return "an event attribute" }
  }
  return nil
}

private let reviewed: ReviewDate = {
  guard let date = ReviewDate(year: 2026, month: 11, day: 23) else { fatalError("no such day") }
  return date
}()

/// libFuzzer's entry point: the bytes as the texts of a map (names, contacts, mandate bases,
/// ladders, sources and a finding's message), written as the HTML report, the index page and the
/// Markdown report.
///
/// No output may hold a script URL or an event attribute; the HTML pages no tag but their own,
/// the Markdown none at all and no link but the picture's. A violation stops the run with
/// `fatalError`, which libFuzzer reports as a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReports(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  var texts = Texts(Data(UnsafeRawBufferPointer(start: start, count: count)))
  var school = Actor(
    id: "skola", name: texts.take(), kind: .organisation, sector: .school,
    status: count % 3 == 0 ? .planned : .active,
    contact: ContactPoint(
      role: texts.take(), phone: texts.take(), email: texts.take(), webForm: texts.take(),
      url: texts.take(), hours: texts.take()),
    mandates: [Mandate(concerns: [.absence], basis: texts.take())])
  school.note = texts.take()
  let social = Actor(
    id: "soc", name: texts.take(), kind: .organisation, sector: .socialServices,
    contact: ContactPoint(role: texts.take()),
    mandates: [Mandate(concerns: [.mentalHealth], basis: texts.take())])
  let ladder = EscalationLadder(
    id: "trappa", name: texts.take(), concern: .absence,
    steps: [
      EscalationLadder.Step(id: "ett", name: texts.take(), trigger: texts.take(), actor: "skola"),
      EscalationLadder.Step(id: "tva", name: texts.take(), actor: "okand"),
    ])
  let map = CollaborationMap(
    id: "fuzz", name: texts.take(), reviewed: reviewed,
    sources: [MapSource(file: texts.take(), title: texts.take())],
    actors: [school, social], ladders: [ladder])
  let finding = Diagnostic(
    .warning, rule: texts.take(), message: texts.take(),
    location: SourceLocation(file: "fuzz.yaml", line: 1, column: 1))
  let report = MapReport(map: map, diagnostics: [finding], svg: "")
  let markdown = report.markdown(svgFile: "map.svg")
  if let problem = problem(in: markdown, allowing: []) {
    fatalError("report.md holds \(problem):\n\(markdown)")
  }
  if markdown.components(separatedBy: "](").count != 2 {
    fatalError("report.md holds a link made of map text:\n\(markdown)")
  }
  let page = report.html
  if page.components(separatedBy: "<script").count != 2 {
    fatalError("index.html holds a script tag of map text:\n\(page)")
  }
  if let problem = problem(
    in: page.replacingOccurrences(of: pageScript, with: ""), allowing: pageTags)
  {
    fatalError("index.html holds \(problem):\n\(report.html)")
  }
  let index = ReportIndex(entries: [
    .init(map: map, errors: 0, warnings: 1, page: "fuzz/index.html")
  ])
  if let problem = problem(in: index.html, allowing: pageTags) {
    fatalError("the index page holds \(problem):\n\(index.html)")
  }
  return 0
}
