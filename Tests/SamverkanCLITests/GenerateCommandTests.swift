import Foundation
import Testing

@Suite("generate, run as a user runs it")
struct GenerateCommandTests {
  /// The `.yaml` files below `folder`, relative to it, in name order.
  private func mapFiles(in folder: URL) throws -> [String] {
    try FileManager.default.subpathsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".yaml") }.sorted()
  }

  @Test("generate writes templates and maps that validate with no finding under --preset all")
  func generateAndValidate() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("nation")
    let generated = try CommandRunner.run([
      "generate", "--municipalities", "25", "--seed", "7", "-o", output.path,
    ])
    #expect(generated.status == 0, "\(generated.stderr)")
    #expect(generated.stdout.isEmpty)
    #expect(
      generated.stderr.hasPrefix(
        "\(output.path): 46 filer (21 regionmallar, 25 kommunkartor)"))
    let files = try mapFiles(in: output)
    #expect(files.count == 46)
    #expect(files.filter { $0.hasPrefix("regions/syntetregion-") }.count == 21)
    #expect(files.contains("syntetkommun-025.yaml"))

    let validated = try CommandRunner.run(["validate", output.path, "--preset", "all"])
    #expect(validated.status == 0, "\(validated.stderr)")
    #expect(validated.stderr.isEmpty, "no finding at all")
    let lines = validated.stdout.split(separator: "\n")
    #expect(lines.count == 25)
    #expect(lines.allSatisfy { $0.contains(": inga fel, 0 varningar — ") })
  }

  @Test("the same seed and review date write the same bytes; --reviewed is the date written")
  func sameBytes() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    var contents: [[Data]] = []
    for run in ["a", "b"] {
      let output = folder.appendingPathComponent(run)
      let result = try CommandRunner.run([
        "generate", "--municipalities", "3", "--seed", "11", "--reviewed", "2026-01-05", "-o",
        output.path,
      ])
      #expect(result.status == 0, "\(result.stderr)")
      contents.append(
        try mapFiles(in: output).map { try Data(contentsOf: output.appendingPathComponent($0)) })
    }
    #expect(contents[0].count == 6)
    #expect(contents[0] == contents[1])
    let text = String(decoding: contents[0][0], as: UTF8.self)
    #expect(text.contains("reviewed: '2026-01-05'"))
  }

  @Test("files of its own names are overwritten, other files left alone")
  func overwritesOwnFilesOnly() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let own = folder.appendingPathComponent("syntetkommun-001.yaml")
    let other = folder.appendingPathComponent("egen-karta.yaml")
    try Data("gammal".utf8).write(to: own)
    try Data("min egen".utf8).write(to: other)
    let result = try CommandRunner.run(["generate", "--municipalities", "1", "-o", folder.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try String(contentsOf: own, encoding: .utf8).contains("id: syntetkommun-001"))
    #expect(try String(contentsOf: other, encoding: .utf8) == "min egen")
  }

  @Test(
    "a number of municipalities outside 1…2000 is bad input with exit code 2",
    arguments: ["0", "2001", "-5"])
  func badMunicipalityCount(count: String) throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("nation")
    let result = try CommandRunner.run([
      "generate", "--municipalities=\(count)", "-o", output.path,
    ])
    #expect(result.status == 2)
    #expect(result.stderr.contains("--municipalities måste vara från 1 till 2000, inte \(count)."))
    #expect(!FileManager.default.fileExists(atPath: output.path), "nothing is written")
  }

  @Test("a review date that is not a day, or -o naming a file, is bad input with exit code 2")
  func badDateOrOutput() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let date = try CommandRunner.run([
      "generate", "--reviewed", "2026-02-30", "-o", folder.appendingPathComponent("x").path,
    ])
    #expect(date.status == 2)
    #expect(date.stderr.contains("The value '2026-02-30' is invalid for '--reviewed"))

    let file = folder.appendingPathComponent("a-file")
    try Data().write(to: file)
    let output = try CommandRunner.run(["generate", "--municipalities", "2", "-o", file.path])
    #expect(output.status == 2)
    #expect(output.stderr.contains("fel: \(file.path) är en fil; ange en mapp med -o"))
  }

  @Test("--schools realistic writes larger maps that validate with no finding")
  func realisticSchools() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("nation")
    let generated = try CommandRunner.run([
      "generate", "--municipalities", "22", "--schools", "realistic", "--seed", "7", "-o",
      output.path,
    ])
    #expect(generated.status == 0, "\(generated.stderr)")
    #expect(try mapFiles(in: output).count == 43)
    // The Göteborg slot: the county seat of region 12 is municipality 12, with 190 schools.
    let goteborg = try String(
      contentsOf: output.appendingPathComponent("syntetkommun-012.yaml"), encoding: .utf8)
    #expect(goteborg.contains("id: skola-190-mentor"))
    #expect(!goteborg.contains("id: skola-191"))
    #expect(goteborg.contains("--schools realistic"))

    let validated = try CommandRunner.run(["validate", output.path, "--preset", "all"])
    #expect(validated.status == 0, "\(validated.stderr)")
    #expect(validated.stderr.isEmpty, "no finding at all")
    let lines = validated.stdout.split(separator: "\n")
    #expect(lines.count == 22)
    #expect(lines.allSatisfy { $0.contains(": inga fel, 0 varningar — ") })
  }

  @Test(
    "--schools other than few, realistic or 1…240 is bad input with exit code 2",
    arguments: ["0", "241", "many", "Realistic", "-1"])
  func badSchools(value: String) throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("nation")
    let result = try CommandRunner.run(["generate", "--schools=\(value)", "-o", output.path])
    #expect(result.status == 2)
    #expect(result.stderr.contains("The value '\(value)' is invalid for '--schools"))
    #expect(!FileManager.default.fileExists(atPath: output.path), "nothing is written")
  }

  @Test("generate has its own --help")
  func help() throws {
    let result = try CommandRunner.run(["generate", "--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("USAGE: samverkan generate"))
    #expect(result.stdout.contains("--municipalities"))
    #expect(result.stdout.contains("--schools <skolor>"))
    #expect(result.stdout.contains("realistic (som i Sverige"))
  }
}
