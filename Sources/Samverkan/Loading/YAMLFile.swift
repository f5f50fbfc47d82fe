import Foundation
import Yams

/// Reads, parses and strictly decodes one YAML file into `T`, keeping the node positions.
///
/// Every failure is a `MapLoadError` naming the file, line and column: an unreadable or non-UTF-8
/// file, an empty one, a YAML syntax error, an unknown key, a missing key, a wrong type or value.
/// - Parameters:
///   - url: the file to read.
///   - shownAs: the path errors name.
///   - emptyHint: what to tell the user when the file is empty.
func decodeYAMLFile<T: Decodable>(
  _ type: T.Type, at url: URL, shownAs: String, emptyHint: String
) throws -> (T, YAMLPositions) {
  let start = SourceLocation(file: shownAs, line: 1, column: 1)
  func failure(_ rule: String, _ message: String, _ hint: String) -> MapLoadError {
    MapLoadError(Diagnostic(.error, rule: rule, message: message, location: start, hint: hint))
  }
  guard let data = FileManager.default.contents(atPath: url.path) else {
    throw failure(
      "unreadable-file", "cannot read the file",
      "check that the path exists and is a readable file")
  }
  guard let text = String(data: data, encoding: .utf8) else {
    throw failure("not-utf8", "the file is not UTF-8 text", "save the file as UTF-8")
  }
  return try decodeYAML(type, text: text, shownAs: shownAs, emptyHint: emptyHint)
}

/// The most values (scalars, lists and mappings, each alias use counted again) a file may hold:
/// twenty times the largest map in Maps/. Decoding is linear in them, so this bounds the time a
/// few lines of aliases can cost.
let maximumYAMLValues = 20_000

/// Parses and strictly decodes YAML text into `T`, keeping the node positions; fails as
/// `decodeYAMLFile` does once the file is read.
func decodeYAML<T: Decodable>(
  _ type: T.Type, text: String, shownAs: String, emptyHint: String
) throws -> (T, YAMLPositions) {
  let start = SourceLocation(file: shownAs, line: 1, column: 1)
  let node: Node
  do {
    guard let composed = try Yams.compose(yaml: text) else {
      throw MapLoadError(
        Diagnostic(
          .error, rule: "empty-file", message: "the file is empty", location: start,
          hint: emptyHint))
    }
    node = composed
  } catch let error as YamlError {
    throw MapLoadError(MapLoader.diagnostic(for: error, file: shownAs))
  }
  let positions = YAMLPositions(file: shownAs, root: node)
  if let past = node.value(pastFirst: maximumYAMLValues) {
    throw MapLoadError(
      Diagnostic(
        .error, rule: "too-many-values",
        message:
          "the file holds more than \(maximumYAMLValues) values once its aliases are expanded",
        location: positions.location(of: past),
        hint: "write the elements out instead of repeating them with aliases (*name)"))
  }
  do {
    return (try YAMLDecoder().decode(T.self, from: node), positions)
  } catch let error as UnknownKeyError {
    throw MapLoadError(
      Diagnostic(
        .error, rule: "unknown-key", message: "unknown key '\(error.key)'",
        location: positions.location(at: error.codingPath, pointAtKey: true),
        hint: "expected one of: \(error.known.joined(separator: ", "))"))
  } catch let error as DecodingError {
    throw MapLoadError(MapLoader.diagnostic(for: error, positions: positions))
  }
}
