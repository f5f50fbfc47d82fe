import ArgumentParser
import Foundation
import Samverkan

/// What the shell completes an argument to (`samverkan --generate-completion-script bash|zsh|fish`).
enum Completions {
  /// Map and case files: `.yaml` and `.yml` files, and folders to look in.
  static var yamlFile: CompletionKind { .file(extensions: ["yaml", "yml"]) }

  /// The ids and names of the actors in the map given earlier on the line.
  static var actor: CompletionKind {
    .custom { words, index, _ in actors(in: words, before: index) }
  }

  /// The ids and names of the actors of the first `.yaml` or `.yml` map among the words before
  /// `index` (the first is the command); nothing when there is none or it cannot be loaded.
  static func actors(in words: [String], before index: Int) -> [String] {
    let typed = words.prefix(max(0, min(index, words.count))).dropFirst().map(unquoted)
    guard
      let file = typed.first(where: { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }),
      FileManager.default.isReadableFile(atPath: file),
      let map = try? MapLoader().load(file)
    else { return [] }
    var seen = Set<String>()
    return map.actors.flatMap { [$0.id, $0.name] }.filter { seen.insert($0).inserted }
  }

  /// A shell word without the quotes around it: `'Maps/a b.yaml'` → `Maps/a b.yaml`.
  private static func unquoted(_ word: String) -> String {
    for quote in ["'", "\""] where word.count >= 2 && word.hasPrefix(quote) && word.hasSuffix(quote)
    {
      return String(word.dropFirst().dropLast())
    }
    return word.replacingOccurrences(of: "\\ ", with: " ")
  }
}
