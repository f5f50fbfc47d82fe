import Foundation

/// Reads fictitious case files, checking every key and value like `MapLoader` does for maps.
///
///     let pupil = try CaseLoader().load("Examples/cases/angest-13.yaml", for: map)
///     let walk = map.walk(pupil)
public struct CaseLoader: Sendable {
  public init() {}

  /// Loads a case file.
  ///
  /// - Throws: `MapLoadError` naming the file, line and column of the first problem.
  public func load(_ path: String) throws -> FictitiousCase {
    try loadWithPositions(path).0
  }

  /// Loads a case file and checks that the ladder it names, if any, is one of the map's.
  ///
  /// - Throws: `MapLoadError` naming the file, line and column of the first problem; rule
  ///   `unknown-ladder` when the case names a ladder the map does not have.
  public func load(_ path: String, for map: CollaborationMap) throws -> FictitiousCase {
    let (pupil, positions) = try loadWithPositions(path)
    return try checked(pupil, positions, for: map)
  }

  /// Reads a case from `text` (pasted into a form), named `shownAs` in errors, and checks it as
  /// `load(_:for:)` does.
  ///
  /// - Throws: `MapLoadError` with the line and column of the first problem in `text`.
  public func load(text: String, shownAs: String, for map: CollaborationMap) throws
    -> FictitiousCase
  {
    let (pupil, positions) = try decodeYAML(
      FictitiousCase.self, text: text, shownAs: shownAs, limits: LoadLimits(),
      emptyHint: L10n.diagnostics("load.case-empty.hint"))
    return try checked(pupil, positions, for: map)
  }

  /// The case, when the ladder it names, if any, is one of the map's.
  private func checked(
    _ pupil: FictitiousCase, _ positions: YAMLPositions, for map: CollaborationMap
  ) throws -> FictitiousCase {
    if let ladder = pupil.ladder, !map.ladders.contains(where: { $0.id == ladder }) {
      let known = map.ladders.map(\.id)
      let suggestion = ladder.closestMatch(in: known).map {
        L10n.diagnostics("load.case-ladder.did-you-mean", $0)
      }
      let listing =
        known.isEmpty
        ? L10n.diagnostics("load.case-ladder.none")
        : L10n.diagnostics("load.case-ladder.known", known.joined(separator: ", "))
      throw MapLoadError(
        Diagnostic(
          .error, rule: "unknown-ladder",
          message: L10n.diagnostics("load.case-ladder", pupil.id, ladder, map.id),
          location: positions.location(at: [PathKey("ladder")]),
          hint: suggestion ?? listing))
    }
    return pupil
  }

  private func loadWithPositions(_ path: String) throws -> (FictitiousCase, YAMLPositions) {
    let url = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
    return try decodeYAMLFile(
      FictitiousCase.self, at: url, shownAs: path, limits: LoadLimits(),
      emptyHint: L10n.diagnostics("load.case-empty.hint"))
  }
}
