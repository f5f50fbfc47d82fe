extension GraphDescription {
  /// The process view as a graph: lanes as clusters stacked top to bottom, the ladder's steps as
  /// columns held in line by invisible chains from a header row, the routes drawn over them
  /// without moving anything (`constraint=false`), the three rules that hold at every step in the
  /// title, and a legend and contact box below.
  public init(process view: ProcessView, of map: CollaborationMap) {
    let layout = ProcessLayout(view)
    var clusters: [Cluster] = []
    for lane in view.lanes {
      let row = layout.row(of: lane)
      clusters.append(
        Cluster(
          name: "cluster_lane_\(lane.rawValue)",
          attributes: [
            Attribute("id", "lane-\(lane.rawValue)"),
            Attribute("class", "lane sector-\(lane.sector.rawValue)"),
            Attribute("label", ""),
            Attribute("style", "filled"),
            Attribute("fillcolor", MapStyle.laneFill(lane.sector)),
            Attribute("color", MapStyle.laneFill(lane.sector)),
            Attribute("margin", "10"),
          ],
          nodes: [],
          clusters: [
            Cluster(
              name: "lane_\(lane.rawValue)", attributes: [Attribute("rank", "same")],
              nodes: row.map { Self.processNode($0, view: view, map: map) }, clusters: [])
          ]))
    }
    let header = Cluster(
      name: "header", attributes: [Attribute("rank", "same")],
      nodes: [Self.plainNode(ProcessLayout.headerStart, label: "")]
        + view.columns.map(Self.columnHeader)
        + [Self.plainNode(ProcessLayout.headerEnd, label: "")],
      clusters: [])
    let footer = Cluster(
      name: "footer", attributes: [Attribute("rank", "same")],
      nodes: [
        Self.plainNode("legend", label: ProcessLegend(view).html, fontSize: "9"),
        Self.plainNode("contacts", label: Self.contactBox(view, map: map), fontSize: "9"),
      ], clusters: [])

    var edges = layout.chains.map { chain in
      Edge(
        tail: chain.tail, head: chain.head,
        attributes: [
          Attribute("style", "invis"), Attribute("weight", chain.weight),
        ])
    }
    edges += view.flows.map(Self.processEdge)

    self.init(
      name: "\(map.id)-process",
      graphAttributes: [
        Attribute("newrank", "true"),
        Attribute("rankdir", "TB"),
        Attribute("nodesep", "0.55"),
        Attribute("ranksep", "0.35"),
        Attribute("fontname", MapStyle.font),
        Attribute("labelloc", "t"),
        Attribute("labeljust", "l"),
        Attribute("forcelabels", "true"),
        Attribute("label", .html(Self.processTitle(view, map: map))),
      ],
      nodeDefaults: [
        Attribute("shape", "box"),
        Attribute("style", "rounded,filled"),
        Attribute("fontname", MapStyle.font),
        Attribute("fontsize", "11"),
        Attribute("width", "2.2"),
        Attribute("margin", "0.12,0.06"),
      ],
      edgeDefaults: [
        Attribute("fontname", MapStyle.font),
        Attribute("fontsize", "9"),
        Attribute("arrowsize", "0.7"),
      ],
      nodes: [], clusters: [header] + clusters + [footer], edges: edges, routesOverLayout: true)
    rowHeadings = view.lanes.map {
      RowHeading(row: "cluster_lane_\($0.rawValue)", heading: ProcessLayout.heading($0))
    }
  }

  /// A cell, a lane's heading, a placeholder that keeps a column in line, or a lane's end.
  private static func processNode(
    _ slot: ProcessLayout.Slot, view: ProcessView, map: CollaborationMap
  ) -> Node {
    switch slot {
    case .heading(let lane):
      let label =
        "<TABLE BORDER=\"0\" CELLPADDING=\"0\"><TR><TD ALIGN=\"LEFT\"><B>"
        + GraphText.wrappedHTML(lane.name, width: 16) + "</B></TD></TR></TABLE>"
      return Node(
        name: ProcessLayout.heading(lane),
        attributes: [
          Attribute("label", .html(label)), Attribute("shape", "box"), Attribute("style", "solid"),
          Attribute("penwidth", "0"), Attribute("width", "2.0"), Attribute("fixedsize", "true"),
          Attribute("fontsize", "12"), Attribute("class", "lane-heading"),
        ])
    case .gap(let name):
      return Node(
        name: name,
        attributes: [
          Attribute("style", "invis"), Attribute("label", ""), Attribute("height", "0.4"),
        ])
    case .spacer(let name, let width):
      return Node(
        name: name,
        attributes: [
          Attribute("style", "invis"), Attribute("label", ""), Attribute("width", String(width)),
          Attribute("height", "0.3"),
        ])
    case .end(let name):
      return Node(
        name: name,
        attributes: [
          Attribute("style", "invis"), Attribute("label", ""), Attribute("width", "0.1"),
          Attribute("shape", "point"),
        ])
    case .cell(let cell):
      let actor = cell.actor
      var label = "<B>" + GraphText.wrappedHTML(actor.name, width: 26) + "</B>"
      if actor.status != .active { label += "<BR/><I>(\(GraphText.html(actor.status.name)))</I>" }
      var style = "rounded,filled"
      if actor.status != .active { style += ",dashed" }
      return Node(
        name: cell.id,
        attributes: [
          Attribute("id", "cell-\(cell.id)"),
          Attribute(
            "class",
            "actor \(cell.isStep ? "step" : "reached") sector-\(actor.sector.rawValue) "
              + "actor-\(actor.id)"),
          Attribute("label", .html(label)),
          Attribute("fillcolor", cell.isStep ? MapStyle.fill(actor.sector) : "#FFFFFF"),
          Attribute("color", MapStyle.border(actor.sector)),
          Attribute("penwidth", cell.isStep ? "1.6" : "1.0"),
          Attribute("style", style),
          Attribute("tooltip", GraphText.tooltip(map.contactSummary(of: actor) ?? actor.name)),
        ])
    }
  }

  private static func plainNode(_ name: String, label: String, fontSize: String = "11") -> Node {
    Node(
      name: name,
      attributes: [
        Attribute("shape", "box"), Attribute("style", "solid"), Attribute("penwidth", "0"),
        Attribute("margin", "0"), Attribute("width", "0"), Attribute("height", "0"),
        Attribute("label", .html(label)), Attribute("id", name), Attribute("fontsize", fontSize),
      ])
  }

  /// "1 Främja närvaro", the step's trigger and entry, and whether it is an exercise of authority.
  private static func columnHeader(_ column: ProcessView.Column) -> Node {
    let step = column.step
    var label = "<B>\(column.number) \(GraphText.html(step.name))</B>"
    if let trigger = step.trigger {
      label += "<BR/><FONT POINT-SIZE=\"9\">\(GraphText.wrappedHTML(trigger, width: 34))</FONT>"
    }
    if let entry = step.entry {
      label += "<BR/><FONT POINT-SIZE=\"9\"><I>\(GraphText.html(entry.name))</I></FONT>"
    }
    if step.authority {
      label +=
        "<BR/><FONT POINT-SIZE=\"9\"><B>\(GraphText.html(L10n.report("process.authority")))</B></FONT>"
    }
    return Node(
      name: ProcessLayout.header(column.number),
      attributes: [
        Attribute("shape", "box"), Attribute("style", "solid"), Attribute("penwidth", "0"),
        Attribute("margin", "0.05"), Attribute("width", "0"), Attribute("height", "0"),
        Attribute("label", .html(label)), Attribute("id", "step-\(step.id)"),
        Attribute("class", "column"),
      ])
  }

  private static func processEdge(_ flow: ProcessView.Flow) -> Edge {
    let route = flow.route
    let line = MapStyle.line(route.channel)
    let planned = route.status != .active
    let mark = MapStyle.consentMark(route.sharing)
    let label = GraphText.html(route.channel.name) + (mark.isEmpty ? "" : " " + mark)
    var tooltip = "\(route.channel.name) — \(route.sharing.name)"
    if let purpose = route.purpose { tooltip += "\n\(purpose)" }
    let color = flow.isEscalation ? MapStyle.escalation : line.color
    return Edge(
      tail: flow.from, head: flow.to,
      attributes: [
        Attribute("id", "route-\(route.id)"),
        Attribute(
          "class",
          "route \(flow.isEscalation ? "escalation" : MapStyle.edgeClass(route.channel)) "
            + "status-\(route.status.rawValue)"),
        // An xlabel: Graphviz places it where it overlaps no node and no other label.
        Attribute("xlabel", .html(flow.isEscalation ? "<B>\(label)</B>" : label)),
        Attribute("constraint", "false"),
        Attribute("color", planned ? MapStyle.planned : color),
        // The label in the line's hue, dark enough for 9-point text on a pale lane.
        Attribute(
          "fontcolor",
          planned
            ? MapStyle.plannedText
            : flow.isEscalation ? MapStyle.escalation : MapStyle.labelColor(route.channel)),
        Attribute("style", planned ? "dashed" : (flow.isEscalation ? "bold" : line.style)),
        Attribute("penwidth", flow.isEscalation ? "2.4" : line.width),
        Attribute("tooltip", GraphText.tooltip(tooltip)),
      ])
  }

  /// The title: the map, its review date and sources, then the rules that hold at every step.
  private static func processTitle(_ view: ProcessView, map: CollaborationMap) -> String {
    var rows = [
      "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"18\"><B>\(GraphText.html(map.name))</B></FONT>"
        + " <FONT POINT-SIZE=\"12\">— \(GraphText.html(view.ladder.name))</FONT></TD></TR>",
      "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"9\">"
        + GraphText.html(L10n.report("process.reviewed", map.reviewed.description))
        + "</FONT></TD></TR>",
    ]
    rows += MapCaption(map: map).sourcesRows
    rows += ProcessRules(view, map: map).lines.map(\.htmlRow)
    return "<TABLE BORDER=\"0\" CELLSPACING=\"4\">" + rows.joined() + "</TABLE>"
  }

  /// How to reach each function drawn, from the nearest unit above it that says.
  private static func contactBox(_ view: ProcessView, map: CollaborationMap) -> String {
    var seen: Set<String> = []
    var rows = [
      "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>\(GraphText.html(L10n.report("process.contacts")))</B></TD></TR>"
    ]
    for cell in view.cells where cell.lane != .family && seen.insert(cell.actor.id).inserted {
      guard let contact = map.contactSummary(of: cell.actor) else { continue }
      rows.append(
        "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\" VALIGN=\"TOP\">"
          + "\(GraphText.wrappedHTML(cell.actor.name, width: 30))</TD>"
          + "<TD ALIGN=\"LEFT\" BALIGN=\"LEFT\" VALIGN=\"TOP\">"
          + "\(GraphText.wrappedHTML(contact, width: 60))</TD></TR>")
    }
    return
      "<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"3\" COLOR=\"#888888\">"
      + rows.joined() + "</TABLE>"
  }
}
