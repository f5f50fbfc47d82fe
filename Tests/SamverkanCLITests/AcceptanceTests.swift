import Foundation
import Testing
import Yams

/// The acceptance suite: coordinators' questions and fictitious cases, each with the first answer
/// the sources and the law require (`Tests/Acceptance/`). Runs the built `samverkan` binary the way
/// a coordinator does, reports every failing question at once, prints a table and the share right,
/// and fails below 95 % or when any duty (report of concern) expectation fails.
@Suite("acceptance: coordinators' questions and fictitious cases")
struct AcceptanceTests {
  static let folder = CommandRunner.packageRoot.appendingPathComponent("Tests/Acceptance")
  static let threshold = 95.0

  /// One checked entry.
  struct Verdict {
    var id: String
    var kind: String
    var got: String
    var expected: String
    var problems: [String]
    var reason: String
    /// A duty (report of concern) expectation: failing it fails the suite whatever the share.
    var isDuty: Bool
    var passed: Bool { problems.isEmpty }
  }

  @Test("every question and case gets the answer the sources and the law require")
  func acceptance() throws {
    // coordinator-questions.yaml and the files beside it that add questions, such as
    // coordinator-questions-both-ways.yaml.
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
      .filter { $0.hasPrefix("coordinator-questions") && $0.hasSuffix(".yaml") }.sorted()
    let questions = try files.flatMap { try Self.entries(file: $0, key: "questions") }
    let cases = try Self.entries(file: "cases-expected.yaml", key: "cases")
    #expect(questions.count >= 64, "the suite needs at least 64 questions")
    #expect(cases.count >= 10, "the suite needs at least 10 cases")

    let questionVerdicts = questions.map { entry in
      Self.guarded(entry) { try Self.check(question: entry) }
    }
    let caseVerdicts = cases.map { entry in Self.guarded(entry) { try Self.check(case: entry) } }
    let all = questionVerdicts + caseVerdicts

    print(Self.table(all))
    let questionsRight = questionVerdicts.filter(\.passed).count
    let casesRight = caseVerdicts.filter(\.passed).count
    let share = all.isEmpty ? 0 : 100 * Double(questionsRight + casesRight) / Double(all.count)
    let summary =
      "acceptance: \(questionsRight)/\(questionVerdicts.count) questions, "
      + "\(casesRight)/\(caseVerdicts.count) cases right (\(String(format: "%.1f", share)) %)"
    print(summary)

    let failures = all.filter { !$0.passed }
    for verdict in failures {
      Issue.record(
        Comment(
          rawValue: "\(verdict.isDuty ? "[DUTY] " : "")\(verdict.id): got \(verdict.got); "
            + "expected \(verdict.expected); \(verdict.problems.joined(separator: "; ")). "
            + "Why: \(verdict.reason)"))
    }
    let dutyFailures = failures.filter(\.isDuty)
    if !dutyFailures.isEmpty {
      let ids = dutyFailures.map(\.id).joined(separator: ", ")
      Issue.record("a harm question whose duty is missing is never acceptable: \(ids)")
    }
    if share < Self.threshold {
      Issue.record("\(summary); at least \(Self.threshold) % must be right")
    }
  }

  // MARK: Questions

  static func check(question q: [String: Any]) throws -> Verdict {
    switch string(q["kind"]) ?? "who" {
    case "path": return try checkPath(q)
    case "error": return try checkError(q)
    default: return try checkWho(q)
    }
  }

  static func checkWho(_ q: [String: Any]) throws -> Verdict {
    let id = string(q["id"]) ?? "?"
    var arguments = ["who", mapPath(q), string(q["text"]) ?? "", "--format", "json"]
    if let from = string(q["from"]) { arguments += ["--from", from] }
    if let age = string(q["age"]) { arguments += ["--age", age] }
    if let severity = string(q["severity"]) { arguments += ["--severity", severity] }
    let expectFirst = strings(q["expect-first"])
    let expectKind = string(q["expect-kind-first"])
    var verdict = Verdict(
      id: id, kind: "who", got: "–",
      expected: expectFirst.isEmpty
        ? "not \(strings(q["never-first"]).joined(separator: "/"))"
        : expectFirst.joined(separator: "|") + (expectKind.map { " (\($0))" } ?? ""),
      problems: [], reason: reason(q), isDuty: expectKind == "duty")

    let result = try CommandRunner.run(arguments)
    guard result.status == 0 else {
      verdict.problems.append("exit \(result.status): \(firstLine(result.stderr))")
      return verdict
    }
    guard let object = try? JSONSerialization.jsonObject(with: result.output) as? [String: Any],
      let answers = object["answers"] as? [[String: Any]]
    else {
      verdict.problems.append("no JSON with `answers`: \(firstLine(result.stdout))")
      return verdict
    }
    let actors = answers.map { string($0["actor"]) ?? "?" }
    let first = answers.first
    let firstActor = first.flatMap { string($0["actor"]) }
    let firstKind = first.flatMap { string($0["kind"]) }
    verdict.got = firstActor.map { "\($0) (\(firstKind ?? "?"))" } ?? "no answer"

    if !expectFirst.isEmpty {
      if let firstActor {
        if !expectFirst.contains(firstActor) {
          verdict.problems.append("first is \(firstActor), not \(expectFirst.joined(separator: "|"))")
        }
      } else {
        verdict.problems.append("no answer at all")
      }
    }
    if let expectKind, firstKind != expectKind {
      verdict.problems.append("first answer's kind is \(firstKind ?? "none"), not \(expectKind)")
    }
    if let firstActor, strings(q["never-first"]).contains(firstActor) {
      verdict.problems.append("\(firstActor) must never come first")
    }
    let topFive = Array(actors.prefix(5))
    let missing = strings(q["must-include"]).filter { !topFive.contains($0) }
    if !missing.isEmpty {
      verdict.problems.append("missing from the first 5 answers: \(missing.joined(separator: ", "))")
    }
    let forbidden = strings(q["never-include"]).filter { topFive.contains($0) }
    if !forbidden.isEmpty {
      verdict.problems.append("must not be among the answers: \(forbidden.joined(separator: ", "))")
    }
    return verdict
  }

  static func checkPath(_ q: [String: Any]) throws -> Verdict {
    let id = string(q["id"]) ?? "?"
    let from = string(q["from"]) ?? ""
    let to = string(q["to"]) ?? ""
    let via = strings(q["expect-first-via"])
    let notChannels = Set(strings(q["expect-first-path-channels-not"]))
    let neverVia = Set(strings(q["never-via"]))
    var verdict = Verdict(
      id: id, kind: "path", got: "–",
      expected: via.isEmpty ? "not via \(neverVia.sorted().joined(separator: "/"))"
        : "via " + via.joined(separator: " → "),
      problems: [], reason: reason(q), isDuty: false)

    let result = try CommandRunner.run(["path", mapPath(q), from, to, "--format", "json"])
    // A map with no allowed path may say so with a non-zero exit; that is only wrong when a way
    // through is expected.
    let object = try? JSONSerialization.jsonObject(with: result.output) as? [String: Any]
    let paths = (object?["paths"] as? [[String: Any]] ?? []).map {
      ($0["steps"] as? [[String: Any]]) ?? []
    }
    if object == nil && !(result.status == 0 || result.status == 1) {
      verdict.problems.append("exit \(result.status): \(firstLine(result.stderr))")
      return verdict
    }
    guard let firstPath = paths.first else {
      verdict.got = "no path"
      if !via.isEmpty { verdict.problems.append("no path offered") }
      return verdict
    }
    let intermediates = { (steps: [[String: Any]]) in steps.dropLast().compactMap { string($0["to"]) } }
    let firstVia = intermediates(firstPath)
    verdict.got = "via " + (firstVia.isEmpty ? "(direct)" : firstVia.joined(separator: " → "))
      + " [" + firstPath.compactMap { string($0["channel"]) }.joined(separator: ", ") + "]"
    if !via.isEmpty && firstVia != via {
      verdict.problems.append("first path goes via \(firstVia), not \(via)")
    }
    for (index, steps) in paths.enumerated() {
      let bad = steps.compactMap { string($0["channel"]) }.filter { notChannels.contains($0) }
      if !bad.isEmpty {
        verdict.problems.append("path \(index + 1) uses \(bad.joined(separator: ", "))")
      }
      let through = intermediates(steps).filter { neverVia.contains($0) }
      if !through.isEmpty {
        verdict.problems.append("path \(index + 1) goes through \(through.joined(separator: ", "))")
      }
    }
    return verdict
  }

  static func checkError(_ q: [String: Any]) throws -> Verdict {
    let id = string(q["id"]) ?? "?"
    let expectedExit = Int32(string(q["expect-exit"]).flatMap { Int($0) } ?? 2)
    let suggestions = strings(q["expect-suggestion"])
    var arguments: [String]
    if string(q["command"]) == "path" {
      arguments = ["path", mapPath(q), string(q["from"]) ?? "", string(q["to"]) ?? ""]
    } else {
      arguments = ["who", mapPath(q), string(q["text"]) ?? ""]
      if let from = string(q["from"]) { arguments += ["--from", from] }
      if let age = string(q["age"]) { arguments += ["--age", age] }
      if let severity = string(q["severity"]) { arguments += ["--severity", severity] }
    }
    var verdict = Verdict(
      id: id, kind: "error", got: "–",
      expected: "exit \(expectedExit), suggests \(suggestions.joined(separator: "|"))",
      problems: [], reason: reason(q), isDuty: false)
    let result = try CommandRunner.run(arguments)
    verdict.got = "exit \(result.status): \(firstLine(result.stderr))"
    if result.status != expectedExit {
      verdict.problems.append("exit \(result.status), not \(expectedExit)")
    }
    let text = fold(result.stderr + result.stdout)
    if !suggestions.isEmpty && !suggestions.contains(where: { text.contains(fold($0)) }) {
      verdict.problems.append("no suggestion naming \(suggestions.joined(separator: " or "))")
    }
    return verdict
  }

  // MARK: Cases

  static func check(case c: [String: Any]) throws -> Verdict {
    let id = string(c["id"]) ?? "?"
    let caseFile = "Tests/Acceptance/cases/" + (string(c["case"]) ?? "")
    let expectResult = strings(c["expect-result"])
    let expectLast = strings(c["expect-last-step"])
    let neverReached = strings(c["never-reached"])
    let mustReach = strings(c["must-reach"])
    let report = c["report-of-concern"] as? Bool
    var expected: [String] = []
    if !expectResult.isEmpty { expected.append(expectResult.joined(separator: "|")) }
    if !expectLast.isEmpty { expected.append("last " + expectLast.joined(separator: "|")) }
    if !neverReached.isEmpty { expected.append("never " + neverReached.joined(separator: ",")) }
    if let report { expected.append(report ? "report" : "no report") }
    var verdict = Verdict(
      id: id, kind: "case", got: "–", expected: expected.joined(separator: "; "), problems: [],
      reason: reason(c), isDuty: report == true)

    let result = try CommandRunner.run(["case", mapPath(c), caseFile, "--format", "json"])
    guard result.status == 0,
      let object = try? JSONSerialization.jsonObject(with: result.output) as? [String: Any]
    else {
      verdict.problems.append("exit \(result.status): \(firstLine(result.stderr))")
      return verdict
    }
    let steps = (object["steps"] as? [[String: Any]]) ?? []
    let reached = steps.compactMap { string($0["id"]) }
    let outcome = object["outcome"] as? [String: Any]
    let resultName = string(outcome?["result"]) ?? "?"
    let last =
      string((outcome?["step"] as? [String: Any])?["id"]) ?? reached.last ?? "none"
    let topReport = !isNull(object["reportOfConcern"])
    let anyStepReport = steps.contains { !isNull($0["reportOfConcern"]) }
    verdict.got = "\(resultName), last \(last)\(topReport ? ", report" : "")"

    if resultName == "no-ladder" || reached.isEmpty {
      verdict.problems.append("the case got no walk (\(resultName))")
    }
    if !expectResult.isEmpty && !expectResult.contains(resultName) {
      verdict.problems.append("result \(resultName), not \(expectResult.joined(separator: "|"))")
    }
    if !expectLast.isEmpty && !expectLast.contains(last) {
      verdict.problems.append("last step \(last), not \(expectLast.joined(separator: "|"))")
    }
    let wrongly = neverReached.filter { reached.contains($0) }
    if !wrongly.isEmpty {
      verdict.problems.append("reached \(wrongly.joined(separator: ", ")), which it never may")
    }
    let notReached = mustReach.filter { !reached.contains($0) }
    if !notReached.isEmpty {
      verdict.problems.append("never reached \(notReached.joined(separator: ", "))")
    }
    if report == true && !topReport {
      verdict.problems.append("no report of concern (top-level `reportOfConcern`)")
    }
    if report == false && (topReport || anyStepReport) {
      verdict.problems.append("a report of concern although no harm is suspected")
    }
    return verdict
  }

  // MARK: Reading the expectation files

  static func entries(file: String, key: String) throws -> [[String: Any]] {
    let text = try String(
      contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
    let root = try #require(dictionary(try Yams.load(yaml: text)), "\(file) is not a mapping")
    let list = try #require(root[key] as? [Any], "\(file) has no list `\(key)`")
    return list.compactMap(dictionary)
  }

  /// Yams gives mappings as `[AnyHashable: Any]`; the keys here are all strings.
  static func dictionary(_ value: Any?) -> [String: Any]? {
    if let d = value as? [String: Any] { return d }
    guard let d = value as? [AnyHashable: Any] else { return nil }
    return Dictionary(uniqueKeysWithValues: d.map { ("\($0.key.base)", $0.value) })
  }

  static func string(_ value: Any?) -> String? {
    switch value {
    case nil, is NSNull: nil
    case let s as String: s
    case let i as Int: String(i)
    case let b as Bool: String(b)
    case let d as Double: String(d)
    case let other?: "\(other)"
    }
  }

  /// A single id or a list of ids.
  static func strings(_ value: Any?) -> [String] {
    if let list = value as? [Any] { return list.compactMap { string($0) } }
    return string(value).map { [$0] } ?? []
  }

  static func isNull(_ value: Any?) -> Bool { value == nil || value is NSNull }

  static func mapPath(_ entry: [String: Any]) -> String {
    "Maps/\(string(entry["map"]) ?? "?").yaml"
  }

  static func reason(_ entry: [String: Any]) -> String {
    (string(entry["reason"]) ?? "").split(whereSeparator: \.isNewline).joined(separator: " ")
  }

  static func firstLine(_ text: String) -> String {
    let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
    return line.count > 160 ? String(line.prefix(160)) + "…" : line
  }

  /// Case- and diacritic-insensitive, for suggestion texts.
  static func fold(_ text: String) -> String {
    text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }

  /// A question whose run throws (the binary missing, a file unreadable) counts as failed.
  static func guarded(_ entry: [String: Any], _ body: () throws -> Verdict) -> Verdict {
    do { return try body() } catch {
      return Verdict(
        id: string(entry["id"]) ?? "?", kind: string(entry["kind"]) ?? "?", got: "error",
        expected: "–", problems: ["\(error)"], reason: reason(entry),
        isDuty: string(entry["expect-kind-first"]) == "duty"
          || (entry["report-of-concern"] as? Bool) == true)
    }
  }

  static func table(_ verdicts: [Verdict]) -> String {
    func cell(_ text: String, _ width: Int) -> String {
      text.count >= width
        ? String(text.prefix(width - 1)) + "…"
        : text + String(repeating: " ", count: width - text.count)
    }
    var lines = [
      "acceptance table",
      cell("", 3) + cell("id", 52) + cell("kind", 6) + cell("got", 44) + "expected",
    ]
    for v in verdicts {
      let mark = v.passed ? "ok " : (v.isDuty ? "!! " : "✗  ")
      lines.append(
        mark + cell(v.id, 52) + cell(v.kind, 6) + cell(v.got, 44) + v.expected)
    }
    return lines.joined(separator: "\n")
  }
}
