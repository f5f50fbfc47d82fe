/// What every picture of a map says about where it comes from, in the current language: its
/// name, when it was last reviewed and the documents it rests on. The picture's title carries it,
/// and so does every printed page (`render --paper`).
public struct MapCaption: Sendable, Hashable {
  /// The map's name: "Mölndals stad".
  public let title: String
  /// "Granskad 2025-03-01".
  public let reviewed: String
  /// "Källor: …; …" with each source's title, or nil when the map names none.
  public let sources: String?

  public init(map: CollaborationMap) {
    title = map.name
    reviewed = L10n.report("render.reviewed", map.reviewed.description)
    sources =
      map.sources.isEmpty
      ? nil : L10n.report("report.sources", map.sources.map(\.shown).joined(separator: "; "))
  }

  /// The review date and the sources on one line, as a page's foot prints them.
  public var line: String { ([reviewed] + [sources].compactMap { $0 }).joined(separator: " · ") }

  /// The title table's row for the sources (9 pt, wrapped), or nothing when there are none.
  var sourcesRows: [String] {
    guard let sources else { return [] }
    return [
      "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><FONT POINT-SIZE=\"9\">"
        + GraphText.wrappedHTML(sources, width: 160) + "</FONT></TD></TR>"
    ]
  }
}
