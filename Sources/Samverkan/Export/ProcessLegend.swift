/// The process view's key: exactly the kinds of line and the consent marks the view uses.
public struct ProcessLegend: Sendable {
  /// The entries, each a sample (an HTML-like label fragment) and its meaning.
  public let entries: [(sample: String, meaning: String)]

  public init(_ view: ProcessView) {
    var entries: [(String, String)] = []
    let routes = view.flows.map(\.route)
    if view.flows.contains(where: \.isEscalation) {
      entries.append(
        (Self.line(MapStyle.escalation, bold: true), L10n.report("process.legend.escalation")))
    }
    var groups: [String] = []
    for flow in view.flows where !flow.isEscalation {
      let group = MapStyle.edgeClass(flow.route.channel)
      guard !groups.contains(group) else { continue }
      groups.append(group)
      entries.append(
        (
          Self.line(MapStyle.line(flow.route.channel).color, bold: false),
          L10n.report("process.legend.\(group)")
        ))
    }
    if routes.contains(where: { $0.status != .active }) {
      entries.append(
        (Self.line(MapStyle.planned, bold: false), L10n.report("process.legend.planned")))
    }
    if routes.contains(where: { $0.sharing == .consentRequired }) {
      entries.append(
        (MapStyle.consentMark(.consentRequired), L10n.report("process.legend.consent")))
    }
    if routes.contains(where: { if case .provision = $0.sharing { true } else { false } }) {
      entries.append(
        (MapStyle.consentMark(.provision("")), L10n.report("process.legend.provision")))
    }
    if routes.contains(where: { $0.sharing == .notApplicable }) {
      entries.append(("", L10n.report("process.legend.no-data")))
    }
    self.entries = entries
  }

  /// The key as an HTML-like table.
  public var html: String {
    var rows = [
      "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>\(GraphText.html(L10n.report("process.legend")))</B></TD></TR>"
    ]
    for entry in entries {
      rows.append(
        "<TR><TD ALIGN=\"CENTER\">\(entry.sample)</TD>"
          + "<TD ALIGN=\"LEFT\">\(GraphText.html(entry.meaning))</TD></TR>")
    }
    return
      "<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"3\" COLOR=\"#888888\">"
      + rows.joined() + "</TABLE>"
  }

  private static func line(_ color: String, bold: Bool) -> String {
    "<FONT COLOR=\"\(color)\">\(bold ? "<B>━━▶</B>" : "──▶")</FONT>"
  }
}
