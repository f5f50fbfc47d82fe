/// The rules that hold at every step of a process view, drawn once above it: the report of
/// concern, SIP and the acute way.
public struct ProcessRules: Sendable {
  /// One rule: its title, what it says, and the colour of the routes it stands for.
  public struct Line: Sendable, Hashable {
    public var title: String
    public var text: String
    public var color: String
  }

  public let lines: [Line]

  /// The rules for `view`, in the current language.
  public init(_ view: ProcessView, map: CollaborationMap) {
    var lines: [Line] = []
    let reporters = Self.names(view.reportRoutes.compactMap { map.actor($0.from) })
    lines.append(
      Line(
        title: L10n.report("process.rule.report.title"),
        text: L10n.report("process.rule.report", Citation.reportOfConcern.text)
          + (reporters.isEmpty ? "" : " " + L10n.report("process.rule.report.routes", reporters)),
        color: MapStyle.line(.reportOfConcern).color))
    if !view.sipConveners.isEmpty {
      lines.append(
        Line(
          title: L10n.report("process.rule.sip.title"),
          text: L10n.report("process.rule.sip", Self.names(view.sipConveners), Citation.sip.text),
          color: MapStyle.line(.sipInvitation).color))
    }
    if !view.acuteWay.isEmpty {
      lines.append(
        Line(
          title: L10n.report("process.rule.acute.title"),
          text: view.acuteWay.map(\.name).joined(separator: " · "),
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
