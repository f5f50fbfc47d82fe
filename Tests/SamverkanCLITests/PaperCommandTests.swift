import Foundation
import Testing

/// `render --paper a4|a3 [--landscape]` end to end: the PDF's pages are the paper asked for and
/// numbered; a paper size it does not know, a paper for SVG, and `--landscape` alone are usage
/// errors (exit 2) said in Swedish.
@Suite("render --paper")
struct PaperCommandTests {
  static let pdfinfo = "/usr/bin/pdfinfo"

  /// `pdfinfo`'s "Pages:" and each page's "Page N size:" line, read from the file.
  static func info(_ file: URL) throws -> (pages: Int, sizes: [String]) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: pdfinfo)
    process.arguments = ["-f", "1", "-l", "999", file.path]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    let lines = text.split(separator: "\n")
    let pages =
      lines.first { $0.hasPrefix("Pages:") }.flatMap {
        Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces))
      }
      ?? 0
    let sizes = lines.filter { $0.hasPrefix("Page ") && $0.contains(" size:") }.map {
      String($0.split(separator: ":", maxSplits: 1)[1].trimmingCharacters(in: .whitespaces))
    }
    return (pages, sizes)
  }

  @Test(
    "A3 landscape: every page 1190.55 × 841.89 pt, more than one, numbered",
    .enabled(
      if: FileManager.default.isExecutableFile(atPath: pdfinfo), "no pdfinfo (poppler-utils)"))
  func a3Landscape() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("molndal.pdf")
    let result = try CommandRunner.run([
      "render", "Maps/molndal.yaml", "--view", "network", "--paper", "a3", "--landscape", "-o",
      file.path,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let (pages, sizes) = try Self.info(file)
    #expect(pages > 1, "Mölndal's network is too large for one legible A3 page")
    #expect(sizes.count == pages)
    #expect(sizes.allSatisfy { $0.hasPrefix("1190.55 x 841.89 pts") }, "\(sizes)")
  }

  @Test(
    "A4 upright: every page 595.28 × 841.89 pt; the process view too",
    .enabled(
      if: FileManager.default.isExecutableFile(atPath: pdfinfo), "no pdfinfo (poppler-utils)"))
  func a4() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("molndal.pdf")
    let result = try CommandRunner.run([
      "render", "Maps/molndal.yaml", "--paper", "A4", "-o", file.path,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let (pages, sizes) = try Self.info(file)
    #expect(pages >= 1 && sizes.count == pages)
    #expect(sizes.allSatisfy { $0.hasPrefix("595.28 x 841.89 pts") }, "\(sizes)")
  }

  @Test("an unknown paper size: exit 2, in Swedish, naming the sizes there are")
  func unknownPaper() throws {
    let result = try CommandRunner.run([
      "render", "Maps/molndal.yaml", "--paper", "a5", "-o", "/tmp/samverkan-never-written.pdf",
    ])
    #expect(result.status == 2)
    #expect(
      result.stderr.contains("okänt pappersformat 'a5': välj a4 eller a3"), "\(result.stderr)")
    #expect(!FileManager.default.fileExists(atPath: "/tmp/samverkan-never-written.pdf"))
  }

  @Test("--paper for SVG, PNG or DOT and --landscape alone: exit 2, in Swedish")
  func notPDF() throws {
    for format in ["svg", "png", "dot"] {
      let result = try CommandRunner.run([
        "render", "Maps/molndal.yaml", "--paper", "a4", "--format", format,
      ])
      #expect(result.status == 2, "\(format)")
      #expect(
        result.stderr.contains("--paper gäller bara PDF, inte \(format.uppercased())"),
        "\(result.stderr)")
    }
    let alone = try CommandRunner.run([
      "render", "Maps/molndal.yaml", "--landscape", "--format", "svg",
    ])
    #expect(alone.status == 2)
    #expect(alone.stderr.contains("--landscape behöver --paper a4 eller a3"), "\(alone.stderr)")
  }
}
