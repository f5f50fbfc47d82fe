import Samverkan

/// `--lang sv|en`, read before the commands are parsed so that their help is in that language too.
///
/// It may stand anywhere before a `--`; the parser never sees it.
enum LanguageArgument {
  /// The language asked for, and the arguments without `--lang`.
  struct Reading {
    var language: String?
    var arguments: [String]
  }

  /// Takes `--lang X` and `--lang=X` out of the arguments; the last one counts.
  static func read(_ arguments: [String]) throws -> Reading {
    var reading = Reading(language: nil, arguments: [])
    var index = arguments.startIndex
    while index < arguments.endIndex {
      let argument = arguments[index]
      if argument == "--" {
        reading.arguments += arguments[index...]
        break
      }
      if argument == "--lang" {
        guard index + 1 < arguments.endIndex else {
          throw LanguageArgumentError(value: nil)
        }
        reading.language = arguments[index + 1]
        index += 2
        continue
      }
      if argument.hasPrefix("--lang=") {
        reading.language = String(argument.dropFirst("--lang=".count))
      } else {
        reading.arguments.append(argument)
      }
      index += 1
    }
    if let language = reading.language, Language(code: language) == nil {
      throw LanguageArgumentError(value: language)
    }
    return reading
  }
}

/// `--lang` without a value, or with one that is neither Swedish nor English.
struct LanguageArgumentError: Error, CustomStringConvertible {
  var value: String?

  var description: String {
    L10n.cli("lang.unknown", value ?? "")
  }
}
