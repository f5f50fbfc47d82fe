import Foundation
import Testing

@testable import Samverkan

/// The message catalogue is complete: both languages hold the same keys with the same arguments,
/// and every key the code names is there.
@Suite("The message catalogue")
struct MessageCatalogueTests {
  static let resources = RealMaps.packageRoot.appendingPathComponent("Sources/Samverkan/Resources")

  /// A table's keys and their formats, read as the platform reads them.
  static func table(_ name: String, _ language: Language) throws -> [String: String] {
    let url = resources.appendingPathComponent("\(name).\(language.rawValue).strings")
    let data = try Data(contentsOf: url)
    let list = try PropertyListSerialization.propertyList(from: data, format: nil)
    return try #require(list as? [String: String], "\(url.lastPathComponent) is not a table")
  }

  static let tables: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: resources.path)) ?? []
    return names.filter { $0.hasSuffix(".sv.strings") }.map { String($0.dropLast(11)) }.sorted()
  }()

  /// The placeholders of a format, in argument order: `%2$@ %1$@` gives [1, 2] after sorting.
  static func arguments(_ format: String) -> [Int] {
    let pattern = try! NSRegularExpression(pattern: "%(?:([0-9]+)\\$)?@")
    let matches = pattern.matches(in: format, range: NSRange(format.startIndex..., in: format))
    var next = 0
    return matches.map { match in
      if let range = Range(match.range(at: 1), in: format) { return Int(format[range])! }
      next += 1
      return next
    }.sorted()
  }

  @Test("the tables exist in both languages")
  func tablesExist() throws {
    #expect(Self.tables.count >= 8)
    for name in Self.tables {
      for language in Language.allCases { _ = try Self.table(name, language) }
    }
  }

  @Test("both languages hold the same keys with the same arguments", arguments: tables)
  func sameKeys(table name: String) throws {
    let swedish = try Self.table(name, .swedish)
    let english = try Self.table(name, .english)
    #expect(Set(swedish.keys).subtracting(english.keys).sorted() == [], "missing in English")
    #expect(Set(english.keys).subtracting(swedish.keys).sorted() == [], "missing in Swedish")
    for (key, format) in swedish {
      guard let other = english[key] else { continue }
      #expect(Self.arguments(format) == Self.arguments(other), "\(name): \(key)")
      #expect(!format.contains("%d") && !format.contains("%s"), "\(key): arguments are %@")
    }
  }

  /// `L10n.table("key"` in any source file: the key must be in that table.
  @Test("every key the code names is in the catalogue")
  func keysInCode() throws {
    let sources = RealMaps.packageRoot.appendingPathComponent("Sources")
    let use = try NSRegularExpression(pattern: #"L10n\.(\w+)\(\s*"([^"\\]+)""#)
    var used: [(table: String, key: String, file: String)] = []
    let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
    for case let url as URL in files where url.pathExtension == "swift" {
      let text = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
        .joined(separator: "\n")
      for match in use.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
        let table = String(text[Range(match.range(at: 1), in: text)!])
        let key = String(text[Range(match.range(at: 2), in: text)!])
        used.append((table, key, url.lastPathComponent))
      }
    }
    #expect(used.count > 5)
    for use in used where !use.key.contains("\\(") {
      let name = use.table.prefix(1).uppercased() + use.table.dropFirst()
      let table = name == "Cli" ? "CLI" : name
      for language in Language.allCases {
        #expect(
          L10n(table: table).has(use.key, in: language),
          "\(use.file): \(table).strings (\(language.rawValue)) lacks '\(use.key)'")
      }
    }
  }

  @Test("domain values have a name in both languages")
  func valueNames() {
    for language in Language.allCases {
      Language.$override.withValue(language) {
        for value in Severity.allCases { #expect(!value.name.contains(".")) }
        for value in Channel.allCases { #expect(!value.name.contains("channel.")) }
        for value in Sector.allCases { #expect(!value.name.contains("sector.")) }
        for value in Concern.allCases { #expect(!value.name.contains("concern.")) }
        for value in Status.allCases { #expect(!value.name.contains("status.")) }
        for value in ActorKind.allCases { #expect(!value.name.contains("actor-kind.")) }
        for value in AcuteRole.allCases { #expect(!value.name.contains("acute-role.")) }
        for value in ConsentNeed.allCases { #expect(!value.name.contains("consent-need.")) }
      }
    }
    #expect(Language.$override.withValue(.swedish) { Severity.moderate.name } == "måttlig")
    #expect(Language.$override.withValue(.english) { Severity.moderate.name } == "moderate")
    #expect(
      Language.$override.withValue(.swedish) { InformationSharing.provision("OSL 10 kap.").name }
        == "utan samtycke — lagstöd: OSL 10 kap.")
  }

  @Test(
    "the language comes from --lang, then LC_ALL, LC_MESSAGES, LANG, then Swedish",
    arguments: [
      ("en", [:], Language.english),
      (nil, ["LANG": "en_GB.UTF-8"], .english),
      (nil, ["LANG": "sv_SE.UTF-8"], .swedish),
      (nil, ["LC_ALL": "sv_SE.UTF-8", "LANG": "en_US.UTF-8"], .swedish),
      (nil, ["LC_MESSAGES": "en_US.UTF-8", "LANG": "sv_SE.UTF-8"], .english),
      (nil, ["LC_ALL": "", "LANG": "en_US"], .english),
      (nil, ["LANG": "C.UTF-8"], .swedish),
      (nil, ["LANG": "de_DE.UTF-8"], .swedish),
      (nil, [:], .swedish),
      ("sv", ["LANG": "en_US.UTF-8"], .swedish),
    ] as [(String?, [String: String], Language)])
  func choice(flag: String?, environment: [String: String], expected: Language) {
    #expect(Language.choose(flag: flag, environment: environment) == expected)
  }
}
