import Foundation
import Samverkan
import Testing

@testable import SamverkanRender

/// `SVGEmbedder.readableXML` reads the picture's bytes; these compare it with the reading on
/// Foundation's `String` it replaced, kept here as the reference, and pin the expected answers.
@Suite("readable XML: the byte reading against the string reading it replaced")
struct ReadableXMLTests {
  /// The reading as it was, on characters.
  static func stringReading(_ svg: Data) -> Data? {
    guard var text = String(data: svg, encoding: .utf8)?[...],
      !text.unicodeScalars.contains(where: {
        ($0.value < 0x20 && $0 != "\t" && $0 != "\n" && $0 != "\r") || $0.value == 0xFFFE
          || $0.value == 0xFFFF
      })
    else { return nil }
    if text.hasPrefix("\u{FEFF}") { text = text.dropFirst() }
    if text.hasPrefix("<?xml") {
      guard let end = text.range(of: "?>") else { return nil }
      text = text[end.upperBound...]
    }
    return text.contains("<") ? Data(text.utf8) : nil
  }

  static let svg = #"<svg xmlns="http://www.w3.org/2000/svg"><text>Mölndal – BUP ✓</text></svg>"#
  static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="no"?>"#

  /// Each input with the answer written for it: the bytes kept, or nil for refused.
  static let cases: [(name: String, input: [UInt8], kept: String?)] = [
    ("a picture", Array(svg.utf8), svg),
    ("a declaration taken off", Array((declaration + "\n" + svg).utf8), "\n" + svg),
    ("a byte-order mark taken off", [0xEF, 0xBB, 0xBF] + Array(svg.utf8), svg),
    ("mark and declaration", [0xEF, 0xBB, 0xBF] + Array((declaration + svg).utf8), svg),
    ("a declaration never closed", Array("<?xml version=\"1.0\" <svg/>".utf8), nil),
    ("empty", [], nil),
    ("no tag", Array("bara text".utf8), nil),
    ("a tag only in the declaration", Array("<?xml version=\"1.0\"?> ingen tagg".utf8), nil),
    ("a NUL", Array("<svg>\u{0}</svg>".utf8), nil),
    ("an escape character", Array("<svg>\u{1B}</svg>".utf8), nil),
    ("tab, line feed and carriage return", Array("<svg>\t\n\r</svg>".utf8), "<svg>\t\n\r</svg>"),
    ("U+FFFE", Array("<svg>\u{FFFE}</svg>".utf8), nil),
    ("U+FFFF", Array("<svg>\u{FFFF}</svg>".utf8), nil),
    ("U+FFFD is allowed", Array("<svg>\u{FFFD}</svg>".utf8), "<svg>\u{FFFD}</svg>"),
    (
      "U+EFBF and U+FEFF inside", Array("<svg>\u{EFBF}\u{FEFF}</svg>".utf8),
      "<svg>\u{EFBF}\u{FEFF}</svg>"
    ),
    ("a byte that is not UTF-8", Array("<svg>".utf8) + [0xFF] + Array("</svg>".utf8), nil),
    ("a sequence cut short", Array("<svg>".utf8) + [0xEF, 0xBF], nil),
    (
      "a surrogate written in UTF-8",
      Array("<svg>".utf8) + [0xED, 0xA0, 0x80] + Array("</svg>".utf8), nil
    ),
  ]

  @Test("each input is kept or refused as written, and as the string reading did")
  func cases() {
    for (name, input, kept) in Self.cases {
      let data = Data(input)
      let read = SVGEmbedder.readableXML(data)
      #expect(read == kept.map { Data($0.utf8) }, "\(name)")
      #expect(read == Self.stringReading(data), "\(name)")
    }
  }

  @Test("every picture of the six maps, in every view and embedded, reads the same both ways")
  func realPictures() throws {
    for name in PictureCheckDifferentialTests.maps {
      for view in [nil] + MapView.allCases.map(Optional.some) {
        for embed in [false, true] {
          let picture = try PictureCheckDifferentialTests.picture(name, view: view, embed: embed)
          let read = SVGEmbedder.readableXML(picture)
          #expect(read != nil, "\(name) \(String(describing: view)) \(embed)")
          #expect(read == Self.stringReading(picture), "\(name) \(String(describing: view))")
        }
      }
    }
  }

  @Test("a real picture cut at every hundredth byte reads the same both ways")
  func truncated() throws {
    let picture = try PictureCheckDifferentialTests.molndal()
    for end in stride(from: 0, to: picture.count, by: 97) {
      let cut = picture.prefix(end)
      #expect(SVGEmbedder.readableXML(cut) == Self.stringReading(cut), "cut at \(end)")
    }
  }
}
