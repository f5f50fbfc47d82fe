import Foundation

extension GraphDescription {
  /// A region's overview as a graph: the shared actors in a row at the top, the municipalities
  /// below in a grid of small boxes, one node per lane, and one line per `RegionOverview.Link`
  /// labelled with its number of routes. `dot` places the boxes held in rows by invisible chains;
  /// the lines are routed over them afterwards (`constraint=false`).
  public init(overview: RegionOverview) {
    let columns = Self.columns(overview.members.count)
    let rows = stride(from: 0, to: overview.members.count, by: columns).map {
      Array(overview.members[$0..<min($0 + columns, overview.members.count)])
    }
    let sharedNodes = overview.shared.map(Self.sharedNode)
    var clusters = [
      Cluster(
        name: "cluster_shared",
        attributes: [
          Attribute("id", "shared"), Attribute("class", "shared"),
          Attribute("label", ""),
          Attribute("style", "filled"), Attribute("fillcolor", MapStyle.laneFill(.healthCare)),
          Attribute("color", MapStyle.border(.healthCare)), Attribute("margin", "10"),
        ],
        nodes: [],
        clusters: [
          Cluster(
            name: "shared_row", attributes: [Attribute("rank", "same")], nodes: sharedNodes,
            clusters: [])
        ])
    ]
    var nodes: [Node] = []
    var edges: [Edge] = []
    func invisible(_ tail: String, _ head: String, weight: String = "1") -> Edge {
      Edge(
        tail: tail, head: head,
        attributes: [Attribute("style", "invis"), Attribute("weight", weight)])
    }
    func separator(_ name: String) -> Node {
      Node(
        name: name,
        attributes: [
          Attribute("style", "invis"), Attribute("shape", "point"), Attribute("label", ""),
          Attribute("width", "0.01"),
        ])
    }
    var above = sharedNodes.map(\.name)
    for (index, row) in rows.enumerated() {
      let gap = "row-\(index)"
      nodes.append(separator(gap))
      edges += above.map { invisible($0, gap) }
      above = []
      for member in row {
        let laneNodes =
          [Self.memberHeading(member)] + member.lanes.map { Self.laneNode($0, of: member) }
        clusters.append(Self.memberCluster(member, nodes: laneNodes))
        guard let first = laneNodes.first, let last = laneNodes.last else { continue }
        edges.append(invisible(gap, first.name))
        edges += zip(laneNodes, laneNodes.dropFirst()).map {
          invisible($0.name, $1.name, weight: "10")
        }
        above.append(last.name)
      }
    }
    let legend = Node(
      name: "legend",
      attributes: [
        Attribute("shape", "box"), Attribute("style", "solid"), Attribute("penwidth", "0"),
        Attribute("margin", "0"), Attribute("width", "0"), Attribute("height", "0"),
        Attribute("id", "legend"), Attribute("fontsize", "10"),
        Attribute("label", .html(Self.overviewLegend(overview))),
      ])
    nodes.append(legend)
    nodes.append(separator("row-end"))
    edges += above.map { invisible($0, "row-end") }
    edges.append(invisible("row-end", "legend"))

    edges += overview.sharedLinks.map { link in
      Self.countEdge(
        tail: link.from, head: link.to, group: link.group, count: link.routes.count,
        direction: "forward", id: "link-\(link.from)-\(link.to)-\(link.group)")
    }
    edges += overview.links.map { link in
      let lane = Self.laneNodeName(link.municipality, link.lane)
      let forward = !link.outgoing.isEmpty
      return Self.countEdge(
        tail: forward ? lane : link.shared, head: forward ? link.shared : lane, group: link.group,
        count: link.count,
        direction: forward && !link.incoming.isEmpty ? "both" : "forward",
        id: "link-\(link.municipality)-\(link.lane.rawValue)-\(link.shared)-\(link.group)")
    }

    self.init(
      name: "oversikt-\(overview.template.id)",
      graphAttributes: [
        Attribute("newrank", "true"),
        Attribute("rankdir", "TB"),
        Attribute("nodesep", "0.3"),
        Attribute("ranksep", "0.25"),
        Attribute("splines", "line"),
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
        Attribute("width", "2.1"),
        Attribute("margin", "0.1,0.05"),
      ],
      edgeDefaults: [
        Attribute("fontname", MapStyle.font),
        Attribute("fontsize", "9"),
        Attribute("arrowsize", "0.6"),
      ],
      nodes: nodes, clusters: clusters, edges: edges, routesOverLayout: true)
  }

  /// The node name of a municipality's lane: "molndal--social-services".
  public static func laneNodeName(_ municipality: String, _ lane: ProcessLane) -> String {
    "\(municipality)--\(lane.rawValue)"
  }

  /// Municipalities per row: about twice as many across as down, since each box is tall.
  private static func columns(_ count: Int) -> Int {
    max(1, min(count, max(4, Int((Double(count) * 2.5).squareRoot().rounded(.up)))))
  }

  /// The number of key functions a lane's box names before "+ n more".
  private static let named = 3

  private static func sharedNode(_ actor: Actor) -> Node {
    Node(
      name: actor.id,
      attributes: [
        Attribute("id", "shared-\(actor.id)"),
        Attribute("class", "actor shared sector-\(actor.sector.rawValue)"),
        Attribute("label", .html("<B>\(GraphText.wrappedHTML(actor.name, width: 24))</B>")),
        Attribute("fillcolor", MapStyle.fill(actor.sector)),
        Attribute("color", MapStyle.border(actor.sector)),
        Attribute("penwidth", "1.6"),
        Attribute("tooltip", GraphText.tooltip(actor.name)),
      ])
  }

  /// The node name of a municipality's heading: "molndal--heading".
  public static func headingNodeName(_ municipality: String) -> String {
    "\(municipality)--heading"
  }

  /// A municipality's name and counts, as the first node of its box (a node, not the cluster's
  /// label, since the second pass of the layout keeps no cluster label where it was).
  private static func memberHeading(_ member: RegionOverview.Member) -> Node {
    let actors = member.lanes.map(\.actors.count).reduce(0, +)
    let label =
      "<B>\(GraphText.wrappedHTML(member.map.name, width: 26))</B><BR/>"
      + "<FONT POINT-SIZE=\"9\">"
      + GraphText.html(
        L10n.report("overview.member", String(actors), String(member.localRoutes)))
      + "</FONT>"
    return Node(
      name: headingNodeName(member.map.id),
      attributes: [
        Attribute("id", "heading-\(member.map.id)"), Attribute("class", "municipality-heading"),
        Attribute("label", .html(label)), Attribute("shape", "box"), Attribute("style", "solid"),
        Attribute("penwidth", "0"), Attribute("fontsize", "11"),
      ])
  }

  private static func memberCluster(_ member: RegionOverview.Member, nodes: [Node]) -> Cluster {
    Cluster(
      name: "cluster_m_\(member.map.id)",
      attributes: [
        Attribute("id", "municipality-\(member.map.id)"), Attribute("class", "municipality"),
        Attribute("label", ""), Attribute("style", "rounded"), Attribute("color", "#888888"),
        Attribute("margin", "8"),
      ],
      nodes: nodes, clusters: [])
  }

  private static func laneNode(_ lane: RegionOverview.Lane, of member: RegionOverview.Member)
    -> Node
  {
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
    return Node(
      name: laneNodeName(member.map.id, lane.lane),
      attributes: [
        Attribute("id", "lane-\(member.map.id)-\(lane.lane.rawValue)"),
        Attribute(
          "class", "lane lane-\(lane.lane.rawValue) sector-\(lane.lane.sector.rawValue)"),
        Attribute("label", .html(lines.joined(separator: "<BR/>"))),
        Attribute("fillcolor", MapStyle.fill(lane.lane.sector)),
        Attribute("color", MapStyle.border(lane.lane.sector)),
        Attribute(
          "tooltip",
          GraphText.tooltip(
            "\(member.map.name): \(lane.lane.name)\n"
              + lane.actors.map(\.name).joined(separator: "\n"))),
      ])
  }

  /// A sample channel of each kind of contact, for its colour.
  private static func channel(of group: String) -> Channel {
    Channel.allCases.first { MapStyle.edgeClass($0) == group } ?? .phone
  }

  private static func countEdge(
    tail: String, head: String, group: String, count: Int, direction: String, id: String
  ) -> Edge {
    let line = MapStyle.line(channel(of: group))
    return Edge(
      tail: tail, head: head,
      attributes: [
        Attribute("id", id),
        Attribute("class", "link \(group)"),
        Attribute("label", String(count)),
        Attribute("color", line.color),
        Attribute("fontcolor", line.color),
        Attribute("style", line.style),
        Attribute("penwidth", String(format: "%.1f", 0.8 + log2(Double(count)) * 0.8)),
        Attribute("dir", direction),
        Attribute("constraint", "false"),
      ])
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
    var groups: [String] = []
    for group in overview.sharedLinks.map(\.group) + overview.links.map(\.group)
    where !groups.contains(group) {
      groups.append(group)
    }
    var rows = [
      "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>\(GraphText.html(L10n.report("process.legend")))</B></TD></TR>"
    ]
    for group in groups {
      rows.append(
        "<TR><TD><FONT COLOR=\"\(MapStyle.line(channel(of: group)).color)\">──▶</FONT></TD>"
          + "<TD ALIGN=\"LEFT\">\(GraphText.html(L10n.report("process.legend.\(group)")))</TD></TR>"
      )
    }
    for text in [
      L10n.report("overview.legend.count"), L10n.report("overview.legend.lane", String(named)),
      L10n.report("overview.legend.local"),
    ] {
      rows.append("<TR><TD></TD><TD ALIGN=\"LEFT\">\(GraphText.html(text))</TD></TR>")
    }
    return
      "<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"3\" COLOR=\"#888888\">"
      + rows.joined() + "</TABLE>"
  }
}
