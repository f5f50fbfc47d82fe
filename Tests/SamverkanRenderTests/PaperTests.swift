import Foundation
import Samverkan
import SamverkanRender
import Testing

/// A PDF read as data with poppler's `pdftotext -bbox`: every page's size and its words, each with
/// the height of its box in points.
struct PDFPages {
  struct Word {
    var text: String
    var height: Double
    /// The top left of the word's box, in points from the page's top left.
    var x = 0.0
    var y = 0.0
  }

  struct Page {
    var width, height: Double
    var words: [Word]
    var text: String { words.map(\.text).joined(separator: " ") }
  }

  static let pdftotext = "/usr/bin/pdftotext"
  static var available: Bool { FileManager.default.isExecutableFile(atPath: pdftotext) }

  let pages: [Page]

  init(_ pdf: Data) throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("samverkan-paper-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("picture.pdf")
    try pdf.write(to: file)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Self.pdftotext)
    process.arguments = ["-bbox", file.path, folder.appendingPathComponent("words.html").path]
    try process.run()
    process.waitUntilExit()
    let html = try String(
      contentsOf: folder.appendingPathComponent("words.html"), encoding: .utf8)
    func number(_ name: String, in line: Substring) -> Double? {
      guard let start = line.range(of: "\(name)=\"") else { return nil }
      return Double(line[start.upperBound...].prefix { $0 != "\"" })
    }
    var pages: [Page] = []
    for line in html.split(separator: "\n") {
      if line.contains("<page "), let width = number("width", in: line),
        let height = number("height", in: line)
      {
        pages.append(Page(width: width, height: height, words: []))
      } else if line.contains("<word "), let low = number("yMin", in: line),
        let high = number("yMax", in: line), let left = number("xMin", in: line),
        let open = line.firstIndex(of: ">"),
        let close = line.range(of: "</word>"), !pages.isEmpty
      {
        let text = line[line.index(after: open)..<close.lowerBound]
          .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
          .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(
            of: "&apos;", with: "'"
          ).replacingOccurrences(of: "&amp;", with: "&")
        pages[pages.count - 1].words.append(
          Word(text: text, height: high - low, x: left, y: low))
      }
    }
    self.pages = pages
  }
}

/// `render --paper`: the PDF's pages are exactly the paper asked for, every page is numbered and
/// says which map it shows, when it was reviewed and on what sources, and no body text is printed
/// smaller than 7 pt — measured in the PDF itself, on all six maps in both views.
@Suite("PDF pages on paper")
struct PaperTests {
  static let names = ProcessPictureTests.names
  static let papers = [Paper(.a4), Paper(.a3, landscape: true)]

  @Test("A4 and A3 in points (ISO 216: 210 × 297 mm and 297 × 420 mm, 72 points an inch)")
  func paperSizes() {
    #expect(Paper(.a4).width == 595.28 && Paper(.a4).height == 841.89)
    #expect(Paper(.a3).width == 841.89 && Paper(.a3).height == 1190.55)
    #expect(Paper(.a4, landscape: true).width == 841.89)
    #expect(Paper(.a3, landscape: true).height == 841.89)
    #expect(abs(Paper(.a4).width - 210 / 25.4 * 72) < 0.01)
    #expect(abs(Paper(.a3).height - 420 / 25.4 * 72) < 0.01)
  }

  @Test("a small picture fits one page at its own size; a large one is split at ≥ 7 pt")
  func layout() {
    let small = PageLayout(width: 400, height: 300, smallestText: 9, paper: Paper(.a4))
    #expect(small.pageCount == 1 && small.scale == 1)
    // Mölndal's network picture as the issue measured it: 4,571 × 2,520 px at 96 dpi, 9 pt labels.
    let (width, height) = (4571.0 * 72 / 96, 2520.0 * 72 / 96)
    let fitted = min(
      (Paper(.a3, landscape: true).width - 2 * PageLayout.margin) / width,
      (Paper(.a3, landscape: true).height - 2 * PageLayout.margin) / height)
    #expect(fitted * 9 < 3.5, "fitted to A3 its 9 pt labels shrink to about 3 pt")
    let split = PageLayout(
      width: width, height: height, smallestText: 9, paper: Paper(.a3, landscape: true))
    #expect(split.pageCount > 1)
    #expect(split.scale * 9 >= 7)
    let last = split.window(split.pageCount - 1)
    #expect(last.x + last.width >= width && last.y + last.height >= height, "all is printed")
    // Neighbouring pages overlap, so nothing is lost at a cut.
    #expect(split.window(1).x < split.window(0).x + split.window(0).width)
  }

  /// Points of word-box height per point of font size, from a label set in 10 pt and printed at
  /// its own size (pango's boxes are the taller; the page's own 8 pt foot measures smaller, so
  /// dividing by this never overstates a size).
  static func heightPerPoint() throws -> Double {
    let graph = GraphDescription(
      name: "calibration", graphAttributes: [], nodeDefaults: [], edgeDefaults: [],
      nodes: [
        .init(name: "a", attributes: [.init("label", "Kalibrering"), .init("fontsize", "10")])
      ],
      clusters: [], edges: [])
    let caption = try Language.$override.withValue(.swedish) {
      MapCaption(map: try Fixture.molndal())
    }
    let pdf = try PDFPages(
      MapRenderer().renderPages(graph, paper: Paper(.a4), caption: caption).data)
    let word = try #require(pdf.pages.first?.words.first { $0.text == "Kalibrering" })
    return word.height / 10
  }

  @Test(
    "a picture that fits is one page, numbered \"Sida 1 av 1\", at its own size",
    .enabled(if: PDFPages.available, "no pdftotext here; scripts/bootstrap installs poppler-utils"))
  func singlePage() throws {
    let ratio = try Self.heightPerPoint()
    #expect(ratio > 1 && ratio < 1.4, "a font's box is a little taller than its size")
    let graph = GraphDescription(
      name: "small", graphAttributes: [], nodeDefaults: [], edgeDefaults: [],
      nodes: [.init(name: "a", attributes: [.init("label", "Ruta"), .init("fontsize", "10")])],
      clusters: [], edges: [])
    let map = try Fixture.molndal()
    let pdf = try Language.$override.withValue(.swedish) {
      try PDFPages(
        MapRenderer().renderPages(graph, paper: Paper(.a3), caption: MapCaption(map: map)).data)
    }
    #expect(pdf.pages.count == 1)
    let page = try #require(pdf.pages.first)
    #expect(page.width == 841.89 && page.height == 1190.55)
    #expect(page.text.contains("Sida 1 av 1"))
    #expect(page.text.contains(map.name) && page.text.contains("Granskad \(map.reviewed)"))
    #expect(!page.text.contains("Rad 1 av"), "one page has no place in a grid")
    let box = try #require(page.words.first { $0.text == "Ruta" })
    #expect(abs(box.height / ratio - 10) < 0.2, "printed at its own 10 pt")
  }

  @Test(
    "every page: the paper's size, the map's name, \"Sida N av M\", review date, text ≥ 7 pt",
    .enabled(if: PDFPages.available, "no pdftotext here; scripts/bootstrap installs poppler-utils"),
    arguments: names, MapView.allCases)
  func pages(name: String, view: MapView) throws {
    let ratio = try Self.heightPerPoint()
    let map = try MapLoader().load(
      Fixture.packageRoot.appendingPathComponent("Maps/\(name).yaml").path)
    for paper in Self.papers {
      let pdf = try Language.$override.withValue(.swedish) {
        try PDFPages(
          MapRenderer().renderPages(
            GraphDescription(map: map, view: view), paper: paper, caption: MapCaption(map: map)
          ).data)
      }
      #expect(!pdf.pages.isEmpty)
      for (index, page) in pdf.pages.enumerated() {
        let at = "\(name) \(view) \(paper) page \(index + 1)"
        #expect(page.width == paper.width && page.height == paper.height, "\(at)")
        #expect(page.text.contains("Sida \(index + 1) av \(pdf.pages.count)"), "\(at)")
        #expect(page.text.contains(map.name), "\(at)")
        #expect(page.text.contains("Granskad \(map.reviewed)"), "\(at)")
        if pdf.pages.count > 1 {
          #expect(page.text.contains("Teckenförklaring: sida"), "\(at): where the key is")
        }
        let words = page.words.filter { $0.text.contains(where: \.isLetter) }
        let smallest = try #require(words.map(\.height).min()) / ratio
        #expect(smallest >= 7 - 0.05, "\(at): smallest text \(smallest) pt")
      }
    }
  }

  @Test(
    "a page right of the first column still names the lanes: Mölndal on A3 landscape, page 2",
    .enabled(if: PDFPages.available, "no pdftotext here; scripts/bootstrap installs poppler-utils"))
  func repeatedLaneHeadings() throws {
    let map = try Fixture.molndal()
    let (pdf, lanes) = try Language.$override.withValue(.swedish) {
      let view = try #require(ProcessView(map: map))
      let pdf = try PDFPages(
        MapRenderer().renderPages(
          GraphDescription(process: view, of: map), paper: Paper(.a3, landscape: true),
          caption: MapCaption(map: map)
        ).data)
      return (pdf, view.lanes.map(\.name))
    }
    // Steps 4–6 of the ladder are on the second page of the first row; its lanes are named
    // there too (they were coloured but nameless before the headings were repeated).
    let page = try #require(pdf.pages.dropFirst().first)
    #expect(page.text.contains("Rad 1 av 2, kolumn 2 av 2"))
    #expect(page.text.contains("6 Myndighet"))
    let words = page.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(lanes.count == 6)
    for lane in lanes { #expect(words.contains(lane), "\(lane)") }
  }

  @Test("repeated headings: later columns show them at the left and still cover the picture")
  func headingColumns() throws {
    let strip = PageLayout.Rect(x: 0, y: 300, width: 150, height: 400)
    let layout = PageLayout(
      width: 3000, height: 900, smallestText: 9, paper: Paper(.a4), headings: strip)
    let plain = PageLayout(width: 3000, height: 900, smallestText: 9, paper: Paper(.a4))
    #expect(layout.scale == plain.scale)
    #expect(layout.columns >= plain.columns)
    let overlap = PageLayout.overlap / layout.scale
    for row in 0..<layout.rows {
      let first = row * layout.columns
      #expect(layout.headingWindow(first) == nil, "the first column has the headings itself")
      for column in 1..<layout.columns {
        let before = layout.window(first + column - 1)
        let window = layout.window(first + column)
        let pageWidth = layout.area.width / layout.scale
        // Neighbours overlap by `overlap`, beside the headings, which take the page's left.
        #expect(abs(before.x + before.width - window.x - overlap) < 1e-6)
        #expect(abs(window.width + strip.width - pageWidth) < 1e-6)
        let (top, bottom) = (strip.y, strip.y + strip.height)
        if let shown = layout.headingWindow(first + column) {
          #expect(shown.x == 0 && shown.width == strip.width)
          #expect(shown.y >= max(top, window.y))
          #expect(shown.y + shown.height <= bottom)
        } else {
          #expect(window.y + window.height <= top || window.y >= bottom)
        }
      }
      let last = layout.window(first + layout.columns - 1)
      #expect(last.x + last.width >= 3000, "the last column reaches the picture's right edge")
    }
  }

  @Test(
    "the page the foot names for the key shows the whole key",
    .enabled(if: PDFPages.available, "no pdftotext here; scripts/bootstrap installs poppler-utils"),
    arguments: MapView.allCases, [Paper(.a4), Paper(.a3, landscape: true)])
  func keyPage(view: MapView, paper: Paper) throws {
    let map = try Fixture.molndal()
    let (pdf, meanings) = try Language.$override.withValue(.swedish) {
      let pdf = try PDFPages(
        MapRenderer().renderPages(
          GraphDescription(map: map, view: view), paper: paper, caption: MapCaption(map: map)
        ).data)
      let meanings =
        view == .process
        ? try #require(ProcessView(map: map).map { ProcessLegend($0).entries.map(\.meaning) })
        : NetworkLegend(map: map).sectors.map(\.label) + NetworkLegend(map: map).marks.map(\.label)
      return (pdf, meanings)
    }
    #expect(pdf.pages.count > 1)
    let foot = try #require(pdf.pages.first?.text)
    let number = try #require(
      foot.components(separatedBy: "Teckenförklaring: sida ").last?.prefix { $0.isNumber })
    let page = try #require(Int(number))
    let text = pdf.pages[page - 1].text
    #expect(pdf.pages[page - 1].words.filter { $0.text == "Teckenförklaring" }.count == 1)
    // pdftotext sets each line's words apart by single spaces.
    let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    for meaning in meanings {
      let wanted = meaning.split(whereSeparator: \.isWhitespace).joined(separator: " ")
      #expect(words.contains(wanted), "\(view) \(paper) page \(page): \(meaning)")
    }
  }
}
