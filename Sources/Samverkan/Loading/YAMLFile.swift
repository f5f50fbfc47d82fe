import Foundation

/// Reads, parses and strictly decodes one YAML file into `T`, keeping the node positions.
///
/// Every failure is a `MapLoadError` naming the file, line and column: an unreadable, too large or
/// non-UTF-8 file, an empty one, YAML over the limits of `YAMLEventScan`, a YAML syntax error, an
/// unknown key, a missing key, a wrong type or value.
/// - Parameters:
///   - url: the file to read.
///   - shownAs: the path errors name.
///   - limits: how large and deep the file may be.
///   - emptyHint: what to tell the user when the file is empty.
func decodeYAMLFile<T: Decodable>(
  _ type: T.Type, at url: URL, shownAs: String, limits: LoadLimits, emptyHint: String
) throws -> (T, YAMLPositions) {
  let read = try readYAMLFile(
    type, at: url, shownAs: shownAs, limits: limits, emptyHint: emptyHint)
  return (read.value, read.positions)
}

/// As `decodeYAMLFile`, with the file as it was read.
func readYAMLFile<T: Decodable>(
  _ type: T.Type, at url: URL, shownAs: String, limits: LoadLimits, emptyHint: String
) throws -> (value: T, positions: YAMLPositions, file: SourceFile) {
  let file = try SourceFile(url: url, shownAs: shownAs, maxSize: limits.maxFileSize)
  let (value, positions) = try decodeYAML(
    type, text: file.text, shownAs: shownAs, limits: limits, emptyHint: emptyHint)
  return (value, positions, file)
}

/// Parses and strictly decodes YAML text into `T`, keeping the node positions; fails as
/// `decodeYAMLFile` does once the file is read.
///
/// One pass over libyaml's events checks the limits and builds the nodes (`YAMLEventScan`); the
/// decoder reads them.
func decodeYAML<T: Decodable>(
  _ type: T.Type, text: String, shownAs: String, limits: LoadLimits, emptyHint: String
) throws -> (T, YAMLPositions) {
  let node: YAMLNode
  do {
    guard let root = try YAMLEventScan(file: shownAs, limits: limits).read(text) else {
      throw MapLoadError(
        Diagnostic(
          .error, rule: "empty-file", message: L10n.diagnostics("load.empty-file"),
          location: SourceLocation(file: shownAs, line: 1, column: 1), hint: emptyHint))
    }
    node = root
  } catch let error as YAMLReadError {
    throw MapLoadError(MapLoader.diagnostic(for: error, in: text, file: shownAs))
  }
  if node.mapping == nil {
    throw MapLoadError(MapLoader.diagnostic(forTopLevel: node, file: shownAs, emptyHint: emptyHint))
  }
  let positions = YAMLPositions(file: shownAs, root: node)
  do {
    return (try NodeDecoder().decode(T.self, from: node), positions)
  } catch let error as UnknownKeyError {
    throw MapLoadError(
      Diagnostic(
        .error, rule: "unknown-key", message: L10n.diagnostics("load.unknown-key", error.key),
        location: positions.location(at: error.codingPath, pointAtKey: true),
        hint: unknownKeyHint(error)))
  } catch let error as DecodingError {
    throw MapLoadError(MapLoader.diagnostic(for: error, positions: positions))
  }
}

/// The keys a mapping may hold, the nearest first when the unknown key looks like a typo of it.
private func unknownKeyHint(_ error: UnknownKeyError) -> String {
  let known = L10n.diagnostics("load.unknown-key.known", error.known.joined(separator: ", "))
  guard let near = error.key.closestMatch(in: error.known) else { return known }
  return L10n.diagnostics("load.unknown-key.did-you-mean", near) + " " + known
}
