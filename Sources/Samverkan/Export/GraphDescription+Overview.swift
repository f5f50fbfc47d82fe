import Foundation

extension GraphDescription {
  /// A region's overview as a graph: the shared actors once, in a band at the top, with the lines
  /// between them; below, the municipalities in a grid, each one table: a row per lane (its
  /// guardians first) with its key functions, and a column per shared actor holding the number
  /// of routes of each kind of contact between the lane and that actor. The municipalities' links
  /// are counts in cells, not lines, so no line ever crosses a box; `dot` places the boxes, held
  /// in rows by invisible chains, in one pass. The shared actors are ranked by the lines between
  /// them, never held in one row: a labelled edge within a row makes Graphviz 2.43's `dot`
  /// corrupt its heap.
  public init(overview: RegionOverview) {
    let columns = Self.columns(overview.members.count)
    let rows = stride(from: 0, to: overview.members.count, by: columns).map {
      Array(overview.members[$0..<min($0 + columns, overview.members.count)])
    }
    let keys = overview.keys
    let sharedNodes = overview.shared.map { Self.sharedNode($0, key: keys[$0.id]) }
    var clusters = [
      Cluster(
        name: "cluster_shared",
        attributes: [
          Attribute("id", "shared"), Attribute("class", "shared"),
          Attribute("label", .html(Self.sharedHeading(overview))),
          // Below the actors: the lines between them arc above.
          Attribute("labeljust", "l"), Attribute("labelloc", "b"), Attribute("fontsize", "11"),
          Attribute("style", "filled"), Attribute("fillcolor", MapStyle.laneFill(.healthCare)),
          Attribute("color", MapStyle.border(.healthCare)), Attribute("margin", "10"),
        ],
        nodes: sharedNodes, clusters: [])
    ]
    var nodes: [Node] = []
    var edges: [Edge] = []
    func invisible(_ tail: String, _ head: String) -> Edge {
      Edge(tail: tail, head: head, attributes: [Attribute("style", "invis")])
    }
    var above = sharedNodes.map(\.name)
    for (index, row) in rows.enumerated() {
      let names = row.map { Self.municipalityNodeName($0.map.id) }
      clusters.append(
        Cluster(
          name: "row_\(index)", attributes: [Attribute("rank", "same")],
          nodes: row.map { Self.municipalityNode($0, overview: overview, keys: keys) },
          clusters: []))
      // Every box of a row hangs below every box of the row above, in order.
      edges += above.flatMap { tail in names.map { invisible(tail, $0) } }
      edges += zip(names, names.dropFirst()).map { invisible($0, $1) }
      above = names
    }
    nodes.append(
      Node(
        name: "legend",
        attributes: [
          Attribute("shape", "plaintext"), Attribute("style", "solid"), Attribute("margin", "0"),
          Attribute("id", "legend"), Attribute("fontsize", "10"),
          Attribute("label", .html(Self.overviewLegend(overview))),
        ]))
    edges += above.map { invisible($0, "legend") }
    edges += overview.sharedLinks.map { link in
      let line = MapStyle.line(Self.channel(of: link.group))
      let count = link.routes.count
      return Edge(
        tail: link.from, head: link.to,
        attributes: [
          Attribute("id", "link-\(link.from)-\(link.to)-\(link.group)"),
          Attribute("class", "link \(link.group)"),
          Attribute("label", String(count)),
          Attribute("color", line.color),
          Attribute("fontcolor", MapStyle.labelColor(Self.channel(of: link.group))),
          Attribute("style", line.style),
          Attribute("penwidth", String(format: "%.1f", 0.8 + log2(Double(count)) * 0.8)),
        ])
    }

    self.init(
      name: "oversikt-\(overview.template.id)",
      graphAttributes: [
        Attribute("newrank", "true"),
        Attribute("rankdir", "TB"),
        Attribute("nodesep", "0.25"),
        Attribute("ranksep", "0.3"),
        Attribute("fontname", MapStyle.font),
        Attribute("labelloc", "t"),
        Attribute("labeljust", "l"),
        Attribute("label", .html(Self.overviewTitle(overview))),
      ],
      nodeDefaults: [
        Attribute("shape", "box"),
        Attribute("style", "rounded,filled"),
        Attribute("fontname", MapStyle.font),
        Attribute("fontsize", "10"),
        Attribute("margin", "0.1,0.05"),
      ],
      edgeDefaults: [
        Attribute("fontname", MapStyle.font),
        Attribute("fontsize", "9"),
        Attribute("arrowsize", "0.6"),
      ],
      nodes: nodes, clusters: clusters, edges: edges)
  }

  /// The node name of a municipality's box: "molndal--municipality".
  public static func municipalityNodeName(_ municipality: String) -> String {
    "\(municipality)--municipality"
  }

  /// The mark of each kind of contact in a table's cells, beside its colour: shapes, so the
  /// kinds stay apart without colour too.
  public static func overviewMark(_ group: String) -> String {
    switch group {
    case "report-of-concern": "▲"
    case "referral": "■"
    case "sip": "◆"
    case "consultation": "▼"
    default: "○"
    }
  }

  /// Municipalities per row: about as many across as down, since each box is wide and tall.
  private static func columns(_ count: Int) -> Int {
    max(1, min(count, max(4, Int((Double(count) * 1.4).squareRoot().rounded(.up)))))
  }

  /// The number of key functions a lane's row names before "+ n more".
  private static let named = 3

  /// The kinds of contact in the order cells and the key list them.
  private static let groups = ["report-of-concern", "referral", "sip", "consultation", "contact"]

  private static func sharedNode(_ actor: Actor, key: String?) -> Node {
    let name = GraphText.wrappedHTML(actor.name, width: 24)
    let label =
      key.map { $0 == actor.name ? "<B>\(name)</B>" : "<B>\(GraphText.html($0))</B><BR/>\(name)" }
      ?? name
    return Node(
      name: actor.id,
      attributes: [
        Attribute("id", "shared-\(actor.id)"),
        Attribute("class", "actor shared sector-\(actor.sector.rawValue)"),
        Attribute("label", .html(label)),
        Attribute("fillcolor", MapStyle.fill(actor.sector)),
        Attribute("color", MapStyle.border(actor.sector)),
        Attribute("penwidth", "1.6"),
        Attribute("tooltip", GraphText.tooltip(actor.name)),
      ])
  }

  private static func sharedHeading(_ overview: RegionOverview) -> String {
    "<B>" + GraphText.html(L10n.report("overview.matrix.shared", overview.template.name)) + "</B>"
  }

  /// A municipality's box: its name and counts, then a row per lane with a cell per shared actor.
  private static func municipalityNode(
    _ member: RegionOverview.Member, overview: RegionOverview, keys: [String: String]
  ) -> Node {
    let columns = overview.columns
    let actors = member.lanes.map(\.actors.count).reduce(0, +)
    var links: [String: [RegionOverview.Link]] = [:]
    for link in overview.links where link.municipality == member.map.id {
      links["\(link.lane.rawValue)\u{1}\(link.shared)", default: []].append(link)
    }
    var rows = [
      "<TR><TD COLSPAN=\"\(columns.count + 1)\" ALIGN=\"LEFT\" BALIGN=\"LEFT\">"
        + "<FONT POINT-SIZE=\"12\"><B>\(GraphText.wrappedHTML(member.map.name, width: 30))</B></FONT>"
        + "<BR/><FONT POINT-SIZE=\"9\">"
        + GraphText.html(
          L10n.report("overview.member", String(actors), String(member.localRoutes)))
        + "</FONT></TD></TR>"
    ]
    if !columns.isEmpty {
      rows.append(
        "<TR><TD></TD>"
          + columns.map {
            "<TD><FONT POINT-SIZE=\"8\"><B>\(GraphText.html(keys[$0.id] ?? $0.id))</B></FONT></TD>"
          }.joined() + "</TR>")
    }
    for lane in member.lanes {
      var lines = [
        "<B>"
          + GraphText.html(
            L10n.report("overview.lane", lane.lane.name, String(lane.actors.count))) + "</B>"
      ]
      lines += lane.actors.prefix(named).map { GraphText.wrappedHTML($0.name, width: 28) }
      if lane.actors.count > named {
        lines.append(
          "<I>" + GraphText.html(L10n.report("overview.more", String(lane.actors.count - named)))
            + "</I>")
      }
      let cells = columns.map { actor in
        let here = links["\(lane.lane.rawValue)\u{1}\(actor.id)"] ?? []
        return cell(here, lane: lane.lane, actor: actor, member: member)
      }
      rows.append(
        "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\" BGCOLOR=\"\(MapStyle.fill(lane.lane.sector))\">"
          + lines.joined(separator: "<BR/>") + "</TD>" + cells.joined() + "</TR>")
    }
    let table =
      "<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"3\" COLOR=\"#888888\""
      + " BGCOLOR=\"#FFFFFF\" STYLE=\"rounded\">" + rows.joined() + "</TABLE>"
    return Node(
      name: municipalityNodeName(member.map.id),
      attributes: [
        Attribute("id", "municipality-\(member.map.id)"), Attribute("class", "municipality"),
        Attribute("shape", "plaintext"), Attribute("style", "solid"), Attribute("margin", "0"),
        Attribute("label", .html(table)),
        Attribute("tooltip", GraphText.tooltip(member.map.name)),
      ])
  }

  /// A cell: the number of routes of each kind between a lane and a shared actor, with the kind's
  /// mark and colour; its tooltip says which way they go.
  private static func cell(
    _ links: [RegionOverview.Link], lane: ProcessLane, actor: Actor,
    member: RegionOverview.Member
  ) -> String {
    guard !links.isEmpty else { return "<TD></TD>" }
    let sorted = links.sorted {
      (groups.firstIndex(of: $0.group) ?? groups.count)
        < (groups.firstIndex(of: $1.group) ?? groups.count)
    }
    let marks = sorted.map { link in
      "<FONT COLOR=\"\(MapStyle.labelColor(channel(of: link.group)))\">"
        + "\(overviewMark(link.group))\(link.count)</FONT>"
    }
    let tooltip = sorted.map { link in
      L10n.report(
        "overview.matrix.cell", lane.name, actor.name,
        L10n.report("process.legend.\(link.group)"), String(link.outgoing.count),
        String(link.incoming.count))
    }
    return
      "<TD TOOLTIP=\"\(GraphText.html(member.map.name + ": " + tooltip.joined(separator: "; ")))\">"
      + "<FONT POINT-SIZE=\"9\">\(marks.joined(separator: " "))</FONT></TD>"
  }

  /// A sample channel of each kind of contact, for its colour.
  private static func channel(of group: String) -> Channel {
    Channel.allCases.first { MapStyle.edgeClass($0) == group } ?? .phone
  }

  private static func overviewTitle(_ overview: RegionOverview) -> String {
    let range = overview.reviewed
    let dates =
      range.lowerBound == range.upperBound
      ? range.lowerBound.description : "\(range.lowerBound)–\(range.upperBound)"
    return "<B><FONT POINT-SIZE=\"18\">\(GraphText.html(overview.name))</FONT></B><BR/>"
      + GraphText.html(
        L10n.report("overview.subtitle", String(overview.members.count), dates)) + "<BR/> "
  }

  private static func overviewLegend(_ overview: RegionOverview) -> String {
    let used = Set(overview.sharedLinks.map(\.group) + overview.links.map(\.group))
    var rows = [
      "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>\(GraphText.html(L10n.report("process.legend")))</B></TD></TR>"
    ]
    for group in groups where used.contains(group) {
      let color = MapStyle.labelColor(channel(of: group))
      rows.append(
        "<TR><TD><FONT COLOR=\"\(color)\">\(overviewMark(group)) ──▶</FONT></TD>"
          + "<TD ALIGN=\"LEFT\">\(GraphText.html(L10n.report("process.legend.\(group)")))</TD></TR>"
      )
    }
    for text in [
      L10n.report("overview.matrix.legend.cell"),
      L10n.report("overview.matrix.legend.lane", String(named)),
      L10n.report("overview.legend.local"),
    ] {
      rows.append("<TR><TD></TD><TD ALIGN=\"LEFT\">\(GraphText.html(text))</TD></TR>")
    }
    return
      "<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"3\" COLOR=\"#888888\">"
      + rows.joined() + "</TABLE>"
  }
}
