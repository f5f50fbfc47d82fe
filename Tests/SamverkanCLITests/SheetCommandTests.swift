import Foundation
import Testing

/// `samverkan sheet` needs `Sheet.self` among `SamverkanCommand`'s subcommands.
@Suite("samverkan sheet writes the contact sheet of a map")
struct SheetCommandTests {
  @Test("Markdown to standard output by default")
  func markdown() throws {
    let result = try CommandRunner.run(["sheet", "Maps/molndal.yaml"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("# Vem kontaktar jag?\n"))
    #expect(result.stdout.contains("| Fråga | Lindrig | Måttlig | Allvarlig |"))
  }

  @Test("HTML and PDF by the -o file's extension, Swedish; English with --lang en")
  func files() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let html = folder.appendingPathComponent("molndal.html").path
    var result = try CommandRunner.run(["sheet", "Maps/molndal.yaml", "-o", html])
    #expect(result.status == 0, "\(result.stderr)")
    let page = try String(contentsOfFile: html, encoding: .utf8)
    #expect(page.contains("<html lang=\"sv\">"))
    // SoL 2025:400 19 kap. 1 §: the report of concern, at any time, without consent.
    #expect(page.contains("<strong>Orosanmälan</strong> till socialtjänsten när som helst"))
    #expect(page.contains("SoL 19 kap. 1 §"))

    let pdf = folder.appendingPathComponent("molndal.pdf").path
    result = try CommandRunner.run(["sheet", "Maps/molndal.yaml", "-o", pdf])
    #expect(result.status == 0, "\(result.stderr)")
    let data = try Data(contentsOf: URL(fileURLWithPath: pdf))
    #expect(data.starts(with: Array("%PDF".utf8)))
    let text = String(decoding: data, as: UTF8.self)
    let box = try #require(text.range(of: "/MediaBox ["))
    let numbers = text[box.upperBound...].prefix { $0 != "]" }.split(separator: " ")
      .compactMap { Double($0) }
    #expect(numbers.count == 4 && numbers[2] - numbers[0] <= 595, "\(numbers)")

    let english = folder.appendingPathComponent("en.md").path
    result = try CommandRunner.run(["sheet", "Maps/molndal.yaml", "-o", english, "--lang", "en"])
    #expect(result.status == 0, "\(result.stderr)")
    let markdown = try String(contentsOfFile: english, encoding: .utf8)
    #expect(markdown.hasPrefix("# Who do I contact?\n"))
    #expect(markdown.contains("| Concern | Mild | Moderate | Severe |"))
  }

  @Test(
    "bad input exits with 2: no such map, a template without a school, a contradicting --format",
    arguments: [
      ["sheet", "Maps/finns-inte.yaml"],
      ["sheet", "Maps/regions/vastra-gotaland.yaml"],
      ["sheet", "Maps/molndal.yaml", "--format", "pdf", "-o", "/tmp/samverkan-sheet-test.html"],
      ["sheet", "Maps/molndal.yaml", "--format", "docx"],
    ])
  func badInput(arguments: [String]) throws {
    let result = try CommandRunner.run(arguments)
    #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
    #expect(!result.stderr.isEmpty)
    #expect(!FileManager.default.fileExists(atPath: "/tmp/samverkan-sheet-test.html"))
  }
}
