import Foundation
import Testing

/// The drawing commands speak Swedish by default and English with `--lang en`: their refusals,
/// the picture's labels and legend, the report pages, `diff`, and what the render cache replays.
@Suite("render, report and diff in Swedish and English")
struct RenderLanguageTests {
  @Test("a folder named as -o is refused in Swedish by default and in English with --lang en")
  func refusal() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let swedish = try CommandRunner.run(["render", "Maps/molndal.yaml", "-o", folder.path])
    #expect(swedish.status == 2)
    #expect(
      swedish.stderr.contains("fel: \(folder.path) är en mapp; ange en fil för en karta"),
      "\(swedish.stderr)")
    let english = try CommandRunner.run(
      ["render", "Maps/molndal.yaml", "-o", folder.path, "--lang", "en"])
    #expect(english.status == 2)
    #expect(
      english.stderr.contains("error: \(folder.path) is a folder; name a file for one map"),
      "\(english.stderr)")
  }

  @Test("a device named as -o is refused in both languages, from LANG too")
  func deviceRefusal() throws {
    let swedish = try CommandRunner.run(["render", "Maps/molndal.yaml", "-o", "/dev/null"])
    #expect(swedish.status == 2)
    #expect(swedish.stderr.contains("fel: /dev/null är en enhet"), "\(swedish.stderr)")
    let english = try CommandRunner.run(
      ["render", "Maps/molndal.yaml", "-o", "/dev/null"], environment: ["LANG": "en_US.UTF-8"])
    #expect(english.status == 2)
    #expect(english.stderr.contains("error: /dev/null is a device"), "\(english.stderr)")
  }

  @Test("the picture of Mölndal has Swedish labels and legend by default, English with --lang en")
  func pictureWords() throws {
    let swedish = try CommandRunner.run(["render", "Maps/molndal.yaml", "--embed"])
    #expect(swedish.status == 0, "\(swedish.stderr)")
    // The network picture: route labels, the duties' band in the title ("Orosanmälan"), a unit
    // inside its own box, the legend's consent mark.
    for word in [
      "remiss", "Orosanmälan", "(enheten)", "samtycke krävs", "Teckenförklaring", "Granskad",
    ] {
      #expect(swedish.stdout.contains(word), "Swedish picture lacks '\(word)'")
    }
    #expect(swedish.stdout.contains("stad: karta &#xF6;ver samverkan\""))
    for word in [
      "Report of concern", "(the unit itself)", "consent needed", ">Legend<", "Reviewed",
    ] {
      #expect(!swedish.stdout.contains(word), "Swedish picture has '\(word)'")
    }
    let english = try CommandRunner.run(["render", "Maps/molndal.yaml", "--embed", "--lang", "en"])
    #expect(english.status == 0, "\(english.stderr)")
    for word in [
      "referral", "Report of concern", "(the unit itself)", "consent needed", "Legend", "Reviewed",
    ] {
      #expect(english.stdout.contains(word), "English picture lacks '\(word)'")
    }
    #expect(english.stdout.contains("map of collaboration"))
    for word in [
      ">remiss", "Orosanmälan", "(enheten)", "samtycke krävs", "Teckenförklaring", "Granskad",
    ] {
      #expect(!english.stdout.contains(word), "English picture has '\(word)'")
    }
  }

  @Test("the report's pages say lang=\"sv\" and Swedish headings, or lang=\"en\" and English")
  func reportLanguage() throws {
    for (flags, lang, headings) in [
      ([String](), "sv", ["<h2>Mandat</h2>", "<h2>Så når du dem</h2>", "<h2>Granskning</h2>"]),
      (
        ["--lang", "en"], "en",
        ["<h2>Mandates</h2>", "<h2>How to reach them</h2>", "<h2>Review</h2>"]
      ),
    ] {
      let folder = try CommandRunner.temporaryFolder()
      defer { try? FileManager.default.removeItem(at: folder) }
      let result = try CommandRunner.run(
        ["report", "Maps/molndal.yaml", "Maps/partille.yaml", "-o", folder.path] + flags)
      #expect(result.status == 0, "\(result.stderr)")
      #expect(
        result.stderr.contains(lang == "sv" ? "2 rapporter i" : "2 reports in"), "\(result.stderr)")
      let page = try String(
        contentsOf: folder.appendingPathComponent("molndal/index.html"), encoding: .utf8)
      #expect(page.contains("<html lang=\"\(lang)\">"))
      for heading in headings { #expect(page.contains(heading), "\(lang): \(heading)") }
      let markdown = try String(
        contentsOf: folder.appendingPathComponent("molndal/report.md"), encoding: .utf8)
      #expect(markdown.contains(lang == "sv" ? "## Mandat\n" : "## Mandates\n"))
      let index = try String(
        contentsOf: folder.appendingPathComponent("index.html"), encoding: .utf8)
      #expect(index.contains("<html lang=\"\(lang)\">"))
      #expect(
        index.contains(lang == "sv" ? "<h1>Samverkanskartor</h1>" : "<h1>Collaboration maps</h1>"))
    }
  }

  @Test("diff names what differs in Swedish by default and in English with --lang en")
  func diff() throws {
    let maps = ["diff", "Maps/harryda.yaml", "Maps/molndal.yaml"]
    let swedish = try CommandRunner.run(maps)
    #expect(swedish.status == 1)
    #expect(swedish.stdout.contains("Aktörer bara i Härryda kommun:"), "\(swedish.stdout)")
    #expect(swedish.stdout.contains("Kontaktvägar bara i Mölndals stad:"))
    #expect(swedish.stdout.contains("(orosanmälan)"))
    let english = try CommandRunner.run(maps + ["--lang", "en"])
    #expect(english.status == 1)
    #expect(english.stdout.contains("Actors only in Härryda kommun:"), "\(english.stdout)")
    #expect(english.stdout.contains("Routes only in Mölndals stad:"))
    #expect(english.stdout.contains("(report of concern)"))
    let same = try CommandRunner.run(["diff", "Maps/molndal.yaml", "Maps/molndal.yaml"])
    #expect(same.status == 0)
    #expect(same.stdout == "Kartorna har samma aktörer, mandat och kontaktvägar.\n")
  }

  @Test("doctor reports in Swedish by default and in English with --lang en")
  func doctor() throws {
    let swedish = try CommandRunner.run(["doctor"])
    #expect(swedish.status == 0)
    #expect(swedish.stdout.contains("(libgvc, i samma process)"))
    #expect(swedish.stdout.contains("layoutmotorer: "))
    #expect(swedish.stdout.contains("ritar svg: ok"))
    let english = try CommandRunner.run(["doctor", "--lang", "en"])
    #expect(english.status == 0)
    #expect(english.stdout.contains("(libgvc, in process)"))
    #expect(english.stdout.contains("layout plugins: "))
    #expect(english.stdout.contains("render svg: ok"))
  }

  @Test("a render kept in the cache in Swedish is not replayed for an English run, nor back")
  func cacheKeepsLanguagesApart() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let cache = folder.appendingPathComponent("cache").path
    func render(_ flags: [String]) throws -> String {
      let result = try CommandRunner.run(
        ["render", "Maps/molndal.yaml", "--embed", "--cache", cache] + flags)
      #expect(result.status == 0, "\(result.stderr)")
      return result.stdout
    }
    let swedish = try render([])
    let english = try render(["--lang", "en"])
    #expect(swedish.contains("Teckenförklaring") && !swedish.contains(">Legend<"))
    #expect(english.contains(">Legend<") && !english.contains("Teckenförklaring"))
    let entries = try FileManager.default.contentsOfDirectory(atPath: cache)
      .filter { $0.hasPrefix("map-") }
    #expect(entries.count == 2, "one whole render per language: \(entries)")
    #expect(try render([]) == swedish, "the Swedish entry comes back unchanged")
    #expect(try render(["--lang", "en"]) == english)
  }
}
