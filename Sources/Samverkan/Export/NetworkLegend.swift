/// The network view's key: exactly the sectors, the kinds of route drawn as arrows (not the duties
/// drawn once in the title's band, `NetworkDuties`) and the marks for consent, for law and for
/// planned or ended parts that the picture uses. The picture draws it as an HTML-like table in
/// its title (`html`); the embeddable SVG draws the same entries as its interactive legend.
public struct NetworkLegend: Sendable, Hashable {
  /// One swatch and its words.
  public struct Entry: Sendable, Hashable {
    /// What the swatch shows.
    public enum Swatch: Sendable, Hashable {
      /// A node box in a sector's colours.
      case sector(Sector)
      /// A line in the style of a channel group (`MapStyle.edgeClass`), e.g. `referral`.
      case route(group: String, representative: Channel)
      /// A neutral line with an open arrowhead: guardian consent is needed ("●" on the label).
      case consent
      /// A neutral line with a closed arrowhead: passed without consent, by law ("§").
      case provision
      /// A dashed box and line: planned or ended.
      case planned
    }

    public var swatch: Swatch
    public var label: String
  }

  /// The sectors in use, in the order `Sector` lists them.
  public var sectors: [Entry]
  /// The kinds of route drawn as arrows, in the order `Channel` lists them.
  public var routes: [Entry]
  /// The consent and law marks and dashed lines, where the picture has them.
  public var marks: [Entry]

  /// The key of `map`'s network picture, in the current language.
  public init(map: CollaborationMap) {
    let usedSectors = Set(map.actors.map(\.sector))
    sectors = Sector.allCases.filter(usedSectors.contains).map {
      Entry(swatch: .sector($0), label: $0.name)
    }
    let ids = Set(map.actors.map(\.id))
    let duties = Set(NetworkDuties(map: map).routes.map(\.id))
    let drawn = map.routes.filter {
      !duties.contains($0.id) && ids.contains($0.from) && ids.contains($0.to)
    }
    let usedChannels = Set(drawn.map(\.channel))
    var groups: [(group: String, channels: [Channel])] = []
    for channel in Channel.allCases where usedChannels.contains(channel) {
      let group = MapStyle.edgeClass(channel)
      if let index = groups.firstIndex(where: { $0.group == group }) {
        groups[index].channels.append(channel)
      } else {
        groups.append((group, [channel]))
      }
    }
    routes = groups.compactMap { group in
      guard let first = group.channels.first else { return nil }
      return Entry(
        swatch: .route(group: group.group, representative: first),
        label: group.channels.map(\.name).joined(separator: ", "))
    }
    marks = []
    if drawn.contains(where: \.sharing.needsConsent) {
      marks.append(Entry(swatch: .consent, label: L10n.report("network.legend.consent")))
    }
    if drawn.contains(where: { if case .provision = $0.sharing { true } else { false } }) {
      marks.append(Entry(swatch: .provision, label: L10n.report("network.legend.provision")))
    }
    let statuses = Set(map.actors.map(\.status) + drawn.map(\.status))
    if statuses.contains(.planned) || statuses.contains(.ended) {
      let words = [Status.planned, .ended].filter(statuses.contains).map(\.name)
      let label =
        words.count == 2
        ? L10n.report("legend.planned-or-ended", words[0], words[1])
        : L10n.report("legend.planned", words.joined())
      marks.append(Entry(swatch: .planned, label: label))
    }
  }

  /// Whether there is anything to explain.
  public var isEmpty: Bool { sectors.isEmpty && routes.isEmpty && marks.isEmpty }

  /// The key as an HTML-like table: a heading, then each section ("Sektor", "Kontaktväg",
  /// "Linjer") with its entries two to a row, each a sample drawn in the picture's own colours.
  public var html: String {
    let sections = [
      (L10n.report("legend.sectors"), sectors), (L10n.report("legend.routes"), routes),
      (L10n.report("legend.lines"), marks),
    ]
    var rows = [
      "<TR><TD COLSPAN=\"5\" ALIGN=\"LEFT\"><B>\(GraphText.html(L10n.report("legend.title")))</B></TD></TR>"
    ]
    for (caption, entries) in sections where !entries.isEmpty {
      for start in stride(from: 0, to: entries.count, by: 2) {
        let pair = entries[start..<min(start + 2, entries.count)]
        var cells = [
          "<TD ALIGN=\"LEFT\">" + (start == 0 ? "<B>\(GraphText.html(caption))</B>" : "") + "</TD>"
        ]
        for entry in pair {
          cells.append(
            "<TD>\(Self.sample(entry.swatch))</TD>"
              + "<TD ALIGN=\"LEFT\">\(GraphText.html(entry.label))</TD>")
        }
        if pair.count == 1 { cells.append("<TD COLSPAN=\"2\"></TD>") }
        rows.append("<TR>" + cells.joined() + "</TR>")
      }
    }
    return
      "<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\" COLOR=\"#888888\">"
      + rows.joined() + "</TABLE>"
  }

  /// A swatch as an HTML-like label fragment: a box in a sector's colours, or an arrow in a
  /// channel's colour ("▷" open for consent, "▶" closed for law, "╌▶" dashed for planned).
  private static func sample(_ swatch: Entry.Swatch) -> String {
    switch swatch {
    case .sector(let sector):
      return
        "<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLPADDING=\"0\" COLOR=\"\(MapStyle.border(sector))\">"
        + "<TR><TD BGCOLOR=\"\(MapStyle.fill(sector))\" WIDTH=\"26\" HEIGHT=\"12\"> </TD></TR></TABLE>"
    case .route(_, let channel):
      let line = MapStyle.line(channel)
      let stroke = line.style == "dashed" ? "╌╌▶" : line.style == "bold" ? "<B>━━▶</B>" : "──▶"
      return "<FONT COLOR=\"\(line.color)\">\(stroke)</FONT>"
    case .consent:
      return "<FONT COLOR=\"\(MapStyle.line(.phone).color)\">──▷</FONT>"
    case .provision:
      return "<FONT COLOR=\"\(MapStyle.line(.phone).color)\">──▶</FONT>"
    case .planned:
      return "<FONT COLOR=\"\(MapStyle.planned)\">╌╌▶</FONT>"
    }
  }
}
