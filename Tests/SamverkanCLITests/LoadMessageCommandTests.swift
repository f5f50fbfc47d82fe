import Foundation
import Testing

/// `samverkan validate` prints load errors compiler-style, the message in the language asked for,
/// and reads a map written in Swedish as the same map.
@Suite("Load errors on the command line, in Swedish and English")
struct LoadMessageCommandTests {
  /// A map whose route writes its channel with a typo, on line 14, column 14.
  private static let broken = """
    format: 1
    id: trasig
    name: Trasig
    reviewed: 2026-11-23
    actors:
      - {id: skola, name: Skolan, kind: enhet, sector: skola}
      - {id: soc, name: Socialtjänsten, kind: enhet, sector: socialtjänst}
    routes:
      - id: r
        from: skola
        to: soc
        consent: utan samtycke
        provision: SoL 19 kap. 1 §
        channel: orosanmalann

    """

  private func runBroken(_ arguments: [String]) throws -> (CommandRunner.Result, String) {
    let folder = try CommandRunner.temporaryFolder()
    let map = folder.appendingPathComponent("trasig.yaml")
    try Self.broken.write(to: map, atomically: true, encoding: .utf8)
    let result = try CommandRunner.run(["validate", map.path] + arguments)
    try? FileManager.default.removeItem(at: folder)
    return (result, map.path)
  }

  @Test("a positioned load error is in Swedish by default")
  func swedish() throws {
    let (result, path) = try runBroken([])
    #expect(result.status == 2)
    #expect(
      result.stderr.contains(
        "\(path):14:14: error[invalid-value]: okänt värde för kanal: 'orosanmalann' – menade du "
          + "'orosanmälan'?"),
      "\(result.stderr)")
    #expect(result.stderr.contains("eller på svenska: telefon, e-post"), "\(result.stderr)")
  }

  @Test("with --lang en the same error is in English, position and rule unchanged")
  func english() throws {
    let (result, path) = try runBroken(["--lang", "en"])
    #expect(result.status == 2)
    #expect(
      result.stderr.contains(
        "\(path):14:14: error[invalid-value]: unknown channel 'orosanmalann' – did you mean "
          + "'orosanmälan'?"),
      "\(result.stderr)")
    #expect(result.stderr.contains("expected one of: phone, email"), "\(result.stderr)")
  }

  @Test("a hint below the quoted line is in the language asked for")
  func hint() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let map = folder.appendingPathComponent("saknas.yaml")
    try "format: 1\nid: saknas\nreviewed: 2026-11-23\n".write(
      to: map, atomically: true, encoding: .utf8)
    let swedish = try CommandRunner.run(["validate", map.path])
    #expect(swedish.status == 2)
    #expect(swedish.stderr.contains("error[missing-key]: nyckeln 'name' saknas men måste finnas"))
    #expect(swedish.stderr.contains("lägg till 'name:' här"), "\(swedish.stderr)")
    let english = try CommandRunner.run(
      ["validate", map.path], environment: ["LANG": "en_US.UTF-8"])
    #expect(english.stderr.contains("error[missing-key]: missing required key 'name'"))
    #expect(english.stderr.contains("add 'name:' here"), "\(english.stderr)")
  }

  @Test("validate accepts the Swedish twin of Partille as it accepts Partille")
  func swedishTwinValidates() throws {
    let twin = try CommandRunner.run(["validate", "Tests/Fixtures/swedish/partille.yaml"])
    let original = try CommandRunner.run(["validate", "Maps/partille.yaml"])
    #expect(twin.status == 0, "\(twin.stderr)")
    #expect(twin.status == original.status)
  }
}
