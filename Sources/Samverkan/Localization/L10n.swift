import Foundation
import Synchronization

/// The message catalogue: every text a person reads, in Swedish and English, from the tables
/// `Resources/<Table>.<language>.strings`, compiled into the module.
///
/// Each table is one area of the tool; a key names a message and its arguments are strings,
/// placed with `%@` or `%1$@`:
///
/// ```swift
/// L10n.answers("who.heading", map.name, topics)  // "Mölndals stad: vem kontaktar jag om …"
/// ```
///
/// A test checks that every key the code names is in both languages with the same arguments.
public struct L10n: Sendable {
  /// The table's file name without `.strings`.
  public let table: String

  /// Who-answers, paths, mandates and lists.
  public static let answers = L10n(table: "Answers")
  /// Walks of fictitious cases.
  public static let cases = L10n(table: "Cases")
  /// The command line's own words: errors, notes, summaries.
  public static let cli = L10n(table: "CLI")
  /// Load errors, rule findings and their hints.
  public static let diagnostics = L10n(table: "Diagnostics")
  /// The commands' help: abstracts, discussions, options.
  public static let help = L10n(table: "Help")
  /// Pictures, legends and reports.
  public static let report = L10n(table: "Report")
  /// The rules' summaries.
  public static let rules = L10n(table: "Rules")
  /// Names of domain values: severities, channels, consent, sectors, concerns.
  public static let values = L10n(table: "Values")

  /// The message `key` in the current language with its arguments filled in; the key itself when
  /// the table lacks it (a test keeps that from happening).
  public func callAsFunction(_ key: String, _ arguments: String...) -> String {
    text(key, arguments, in: .current)
  }

  /// The message `key` in `language`.
  public func callAsFunction(_ key: String, _ arguments: String..., in language: Language)
    -> String
  {
    text(key, arguments, in: language)
  }

  /// Whether the table holds `key` in `language`.
  public func has(_ key: String, in language: Language) -> Bool {
    Self.format(of: key, table: table, in: language) != nil
  }

  private func text(_ key: String, _ arguments: [String], in language: Language) -> String {
    guard let format = Self.format(of: key, table: table, in: language) else { return key }
    guard !arguments.isEmpty else { return format }
    return StringsTable.fill(format, with: arguments)
  }

  private static func format(of key: String, table: String, in language: Language) -> String? {
    let id = TableID(language: language, table: table)
    return tables.withLock { tables in
      if let loaded = tables[id] { return loaded.formats[key] }
      let loaded = StringsTable(contentsOf: id)
      tables[id] = loaded
      return loaded.formats[key]
    }
  }

  /// A table in one language.
  fileprivate struct TableID: Hashable {
    var language: Language
    var table: String
  }

  /// The tables read so far: each is read the first time a message of it is asked for.
  private static let tables = Mutex<[TableID: StringsTable]>([:])
}

extension StringsTable {
  /// The table `<table>.<language>.strings` of this module's resources; empty when it is not
  /// there.
  fileprivate init(contentsOf id: L10n.TableID) {
    self = Self.embedded[id].flatMap { StringsTable($0) } ?? StringsTable(formats: [:])
  }

  /// The bytes of every table, embedded when the module is built (`Package.swift`).
  fileprivate static let embedded: [L10n.TableID: [UInt8]] = [
    .init(language: .swedish, table: "Answers"): PackageResources.Answers_sv_strings,
    .init(language: .english, table: "Answers"): PackageResources.Answers_en_strings,
    .init(language: .swedish, table: "Cases"): PackageResources.Cases_sv_strings,
    .init(language: .english, table: "Cases"): PackageResources.Cases_en_strings,
    .init(language: .swedish, table: "CLI"): PackageResources.CLI_sv_strings,
    .init(language: .english, table: "CLI"): PackageResources.CLI_en_strings,
    .init(language: .swedish, table: "Diagnostics"): PackageResources.Diagnostics_sv_strings,
    .init(language: .english, table: "Diagnostics"): PackageResources.Diagnostics_en_strings,
    .init(language: .swedish, table: "Help"): PackageResources.Help_sv_strings,
    .init(language: .english, table: "Help"): PackageResources.Help_en_strings,
    .init(language: .swedish, table: "Report"): PackageResources.Report_sv_strings,
    .init(language: .english, table: "Report"): PackageResources.Report_en_strings,
    .init(language: .swedish, table: "Rules"): PackageResources.Rules_sv_strings,
    .init(language: .english, table: "Rules"): PackageResources.Rules_en_strings,
    .init(language: .swedish, table: "Values"): PackageResources.Values_sv_strings,
    .init(language: .english, table: "Values"): PackageResources.Values_en_strings,
  ]

  /// The embedded bytes of `<table>.<language>.strings`, nil for a table the module lacks.
  static func embeddedBytes(of table: String, in language: Language) -> [UInt8]? {
    embedded[L10n.TableID(language: language, table: table)]
  }
}
