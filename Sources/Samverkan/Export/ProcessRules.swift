/// The rules that hold at every step of a process view, drawn once above it: the report of
/// concern, SIP and the acute way.
public struct ProcessRules: Sendable {
  /// One rule: its title, what it says, and the colour of the routes it stands for.
  public struct Line: Sendable, Hashable {
    public var title: String
    public var text: String
    public var color: String

    /// The rule as a row of an HTML-like table: its title in bold, its text wrapped, framed in
    /// the colour of its routes.
    public var htmlRow: String {
      "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\" BORDER=\"1\" COLOR=\"\(color)\" CELLPADDING=\"4\">"
        + "<FONT POINT-SIZE=\"10\"><B>\(GraphText.html(title))</B> "
        + GraphText.wrappedHTML(text, width: 150) + "</FONT></TD></TR>"
    }
  }

  public let lines: [Line]

  /// The rules for `view`, in the current language.
  public init(_ view: ProcessView, map: CollaborationMap) {
    self.init(
      reportRoutes: view.reportRoutes, sipConveners: view.sipConveners, acuteWay: view.acuteWay,
      map: map)
  }

  /// The rules for the report routes, SIP conveners and acute way given, in the current language.
  init(
    reportRoutes: [Route], sipConveners: [Actor], acuteWay: [Actor], map: CollaborationMap,
    sipNote: String = ""
  ) {
    var lines: [Line] = []
    let reporters = Self.names(reportRoutes.compactMap { map.actor($0.from) })
    lines.append(
      Line(
        title: L10n.report("process.rule.report.title"),
        text: L10n.report("process.rule.report", Citation.reportOfConcern.text)
          + (reporters.isEmpty ? "" : " " + L10n.report("process.rule.report.routes", reporters)),
        color: MapStyle.line(.reportOfConcern).color))
    if !sipConveners.isEmpty {
      lines.append(
        Line(
          title: L10n.report("process.rule.sip.title"),
          text: L10n.report("process.rule.sip", Self.names(sipConveners), Citation.sip.text)
            + (sipNote.isEmpty ? "" : " " + sipNote),
          color: MapStyle.line(.sipInvitation).color))
    }
    if !acuteWay.isEmpty {
      lines.append(
        Line(
          title: L10n.report("process.rule.acute.title"),
          text: acuteWay.map(\.name).joined(separator: " · "),
          color: MapStyle.line(.reportOfConcern).color))
    }
    self.lines = lines
  }

  /// The actors' names once each, in order: "Skolan, Elevhälsoteamet och BUP".
  static func names(_ actors: [Actor]) -> String {
    var seen: Set<String> = []
    let names = actors.filter { seen.insert($0.id).inserted }.map(\.name)
    guard names.count > 1 else { return names.first ?? "" }
    return names.dropLast().joined(separator: ", ") + " " + L10n.report("process.and") + " "
      + names.last!
  }
}
