import Foundation
import Testing

@testable import Samverkan

/// The catalogue's own `.strings` reader and format filling give what Foundation's give.
@Suite("Strings tables read as Foundation reads them")
struct StringsTableTests {
  static let tables = MessageCatalogueTests.tables.flatMap { name in
    Language.allCases.map { (name, $0) }
  }

  static func bytes(_ name: String, _ language: Language) throws -> [UInt8] {
    let url = MessageCatalogueTests.resources.appendingPathComponent(
      "\(name).\(language.rawValue).strings")
    return [UInt8](try Data(contentsOf: url))
  }

  @Test("every table is compiled into the module as it is written", arguments: tables)
  func embedded(name: String, language: Language) throws {
    #expect(StringsTable.embeddedBytes(of: name, in: language) == (try Self.bytes(name, language)))
  }

  @Test("every table holds the same keys and formats", arguments: tables)
  func sameFormats(name: String, language: Language) throws {
    let ours = try #require(StringsTable(try Self.bytes(name, language)))
    let platform = try MessageCatalogueTests.table(name, language)
    #expect(ours.formats.count == platform.count)
    for (key, format) in platform {
      #expect(ours.formats[key] == format, "\(name) (\(language.rawValue)): \(key)")
    }
  }

  @Test("every format is filled as String(format:) fills it", arguments: tables)
  func sameFilling(name: String, language: Language) throws {
    let platform = try MessageCatalogueTests.table(name, language)
    for (key, format) in platform {
      let count = MessageCatalogueTests.arguments(format).max() ?? 0
      guard count > 0 else { continue }
      let arguments = (1...count).map { "«argument \($0) åäö %@ %%»" }
      #expect(
        StringsTable.fill(format, with: arguments)
          == String(format: format, arguments: arguments.map { $0 as NSString }),
        "\(name) (\(language.rawValue)): \(key)")
    }
  }

  @Test("placeholders in order, by position, and percent signs")
  func filling() {
    #expect(StringsTable.fill("%@ och %@", with: ["a", "b"]) == "a och b")
    #expect(StringsTable.fill("%2$@ före %1$@", with: ["a", "b"]) == "b före a")
    #expect(StringsTable.fill("från %@ %% frånvaro", with: ["10"]) == "från 10 % frånvaro")
    #expect(StringsTable.fill("Mölndal: %@", with: ["ö"]) == "Mölndal: ö")
  }

  @Test("comments, escapes and what is not a table")
  func reading() {
    let text = """
      /* a comment with "quotes" */
      // a line comment
      "a" = "x \\"y\\" \\\\ \\n z";
      "b"="Sörgården";
      """
    let table = StringsTable(Array(text.utf8))
    #expect(table?.formats == ["a": "x \"y\" \\ \n z", "b": "Sörgården"])
    #expect(StringsTable(Array(#""a" = "x""#.utf8)) == nil)
    #expect(StringsTable(Array(#""a" = "x;"#.utf8)) == nil)
  }

  @Test("a message in each language through L10n")
  func messages() {
    #expect(L10n.cli("console.error", "x", in: .swedish) == "fel: x")
    #expect(L10n.cli("console.error", "x", in: .english) == "error: x")
    #expect(L10n.cli("no.such.key", in: .english) == "no.such.key")
  }
}
