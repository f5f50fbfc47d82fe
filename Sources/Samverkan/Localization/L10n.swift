import Foundation

/// The message catalogue: every text a person reads, in Swedish and English, from the tables in
/// `Resources/<language>.lproj/<Table>.strings`.
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
    return String(format: format, arguments: arguments.map { $0 as NSString })
  }

  private static func format(of key: String, table: String, in language: Language) -> String? {
    let missing = "\u{0}"
    let found = bundles[language]?.localizedString(forKey: key, value: missing, table: table)
    return found == missing ? nil : found
  }

  /// One bundle per language, the `.lproj` folders of this module's resources.
  private static let bundles: [Language: Bundle] = Dictionary(
    uniqueKeysWithValues: Language.allCases.compactMap { language in
      Bundle.module.url(forResource: language.rawValue, withExtension: "lproj")
        .flatMap(Bundle.init(url:)).map { (language, $0) }
    })
}
