import Foundation
import Synchronization

/// The language the tool speaks: Swedish unless English is asked for.
///
/// The command line chooses it once, at start, from `--lang`, then `LC_ALL`, `LC_MESSAGES` and
/// `LANG`, then Swedish (`Language.choose`); a server or a test speaks another language for one
/// piece of work with `Language.$override.withValue(.english) { … }`.
public enum Language: String, Sendable, CaseIterable {
  case swedish = "sv"
  case english = "en"

  private static let processDefault = Mutex(Language.swedish)

  /// The language for this piece of work, when it differs from the process's.
  @TaskLocal public static var override: Language?

  /// The language texts are made in now.
  public static var current: Language {
    override ?? processDefault.withLock { $0 }
  }

  /// Sets the process's language; the command line does this once, before any text is made.
  public static func setProcessDefault(_ language: Language) {
    processDefault.withLock { $0 = language }
  }

  /// Reads `sv`, `en`, `sv_SE.UTF-8`, `en-GB` and the like; nil for anything else.
  public init?(code: String) {
    let prefix = code.lowercased().prefix { $0.isLetter }
    switch prefix {
    case "sv", "svenska", "swedish": self = .swedish
    case "en", "english": self = .english
    default: return nil
    }
  }

  /// The language a person asked for: the `--lang` value, else the first of `LC_ALL`,
  /// `LC_MESSAGES` and `LANG` that is set and not empty (as POSIX orders them), else Swedish.
  /// A locale naming neither language (`C`, `de_DE`) means Swedish.
  public static func choose(flag: String?, environment: [String: String]) -> Language {
    if let flag, let language = Language(code: flag) { return language }
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      guard let value = environment[name], !value.isEmpty else { continue }
      return Language(code: value) ?? .swedish
    }
    return .swedish
  }
}
