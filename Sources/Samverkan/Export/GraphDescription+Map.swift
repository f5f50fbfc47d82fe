extension GraphDescription {
  /// The network view of `map`: an actor per node, a cluster for each actor that has units or
  /// functions under it, and one edge for the routes between two actors in one channel group.
  ///
  /// An actor with children is drawn as the cluster around them; it gets a node of its own, named
  /// "(enheten)" under the cluster's name, only when a route starts or ends at it. The duties
  /// (`NetworkDuties`: reports of concern and SIP) are not drawn as arrows but once, as a band in
  /// the title; every actor is drawn, also one whose only routes were duties. Route labels are
  /// external labels (`xlabel`), which Graphviz sets where they overlap no node and no other label.
  /// The title names the map, its review date and sources, and with `drawsKey` holds the key
  /// (`NetworkLegend`); the embeddable SVG draws its own, interactive one instead.
  public init(map: CollaborationMap, drawsKey: Bool = true) {
    let ids = Set(map.actors.map(\.id))
    let duties = NetworkDuties(map: map)
    let dutyIDs = Set(duties.routes.map(\.id))
    let drawn = map.routes.filter {
      ids.contains($0.from) && ids.contains($0.to) && !dutyIDs.contains($0.id)
    }
    let routed = Set(drawn.flatMap { [$0.from, $0.to] })
    let childrenByParent = Dictionary(
      grouping: map.actors.filter { $0.parent.map(ids.contains) ?? false }
    ) {
      $0.parent ?? ""
    }
    var placed: Set<String> = []

    func place(_ actor: Actor) -> (nodes: [Node], clusters: [Cluster]) {
      guard placed.insert(actor.id).inserted else { return ([], []) }
      guard let children = childrenByParent[actor.id], !children.isEmpty else {
        return ([Self.node(for: actor)], [])
      }
      var cluster = Cluster(
        name: "cluster_\(actor.id)", attributes: Self.clusterAttributes(for: actor),
        nodes: routed.contains(actor.id) ? [Self.node(for: actor, insideItsCluster: true)] : [],
        clusters: [])
      for child in children {
        let (nodes, clusters) = place(child)
        cluster.nodes += nodes
        cluster.clusters += clusters
      }
      return ([], [cluster])
    }

    var nodes: [Node] = []
    var clusters: [Cluster] = []
    let roots = map.actors.filter { $0.parent.map { !ids.contains($0) } ?? true }
    for actor in roots + map.actors {  // actors left over sit in a parent cycle: draw them plainly
      let (placedNodes, placedClusters) = place(actor)
      nodes += placedNodes
      clusters += placedClusters
    }

    self.init(
      name: map.id,
      graphAttributes: [
        Attribute("newrank", "true"),
        Attribute("compound", "true"),
        Attribute("rankdir", "LR"),
        // Node spacing 0.7: at 0.6 an xlabel on Örebro's map lay on a box's label, which
        // Graphviz's label placement does not avoid (checked on all six maps in Maps/).
        Attribute("nodesep", "0.7"),
        Attribute("ranksep", "1.0"),
        Attribute("fontname", MapStyle.font),
        Attribute("labelloc", "t"),
        Attribute("labeljust", "l"),
        Attribute("forcelabels", "true"),
        Attribute(
          "label",
          .html(
            Self.networkTitle(map, duties: duties, key: drawsKey ? NetworkLegend(map: map) : nil))
        ),
      ],
      nodeDefaults: [
        Attribute("shape", "box"),
        Attribute("style", "rounded,filled"),
        Attribute("fontname", MapStyle.font),
        Attribute("fontsize", "11"),
        Attribute("margin", "0.12,0.06"),
      ],
      edgeDefaults: [
        Attribute("fontname", MapStyle.font),
        Attribute("fontsize", "9"),
        Attribute("arrowsize", "0.7"),
      ],
      nodes: nodes, clusters: clusters,
      edges: Self.merged(drawn).map(Self.edge))
  }

  /// The title: the map, its review date and sources; below them the key on the left, beside
  /// the band of duties drawn once for every actor, so that the key sits at the picture's top
  /// left, on the first printed page.
  private static func networkTitle(
    _ map: CollaborationMap, duties: NetworkDuties, key: NetworkLegend?
  ) -> String {
    let caption = MapCaption(map: map)
    let wide = "<TR><TD ALIGN=\"LEFT\" COLSPAN=\"2\""
    var rows = [
      "\(wide)><FONT POINT-SIZE=\"18\"><B>\(GraphText.html(caption.title))</B></FONT></TD></TR>",
      "\(wide)><FONT POINT-SIZE=\"10\">" + GraphText.html(caption.reviewed) + "</FONT></TD></TR>",
    ]
    rows += caption.sourcesRows.map {
      $0.replacingOccurrences(of: "<TR><TD ALIGN=\"LEFT\"", with: wide)
    }
    var band = duties.rules.lines.map(\.htmlRow)
    if let key, !key.isEmpty {
      let cell =
        "<TD ALIGN=\"LEFT\" VALIGN=\"TOP\" ROWSPAN=\"\(max(band.count, 1))\">"
        + "<FONT POINT-SIZE=\"9\">\(key.html)</FONT></TD>"
      if band.isEmpty {
        band = ["<TR>\(cell)<TD></TD></TR>"]
      } else {
        band[0] = "<TR>" + cell + band[0].dropFirst(4)
      }
    }
    rows += band
    return "<TABLE BORDER=\"0\" CELLSPACING=\"4\">" + rows.joined() + "</TABLE>"
  }

  /// The routes grouped into the edges drawn: one for all routes with the same ends, channel group
  /// (`MapStyle.edgeClass`) and line (in use, or planned or ended), in map order.
  private static func merged(_ routes: [Route]) -> [[Route]] {
    struct Key: Hashable {
      var from, to, group: String
      var planned: Bool
    }
    var order: [Key] = []
    var groups: [Key: [Route]] = [:]
    for route in routes {
      let key = Key(
        from: route.from, to: route.to, group: MapStyle.edgeClass(route.channel),
        planned: route.status != .active)
      if groups[key] == nil { order.append(key) }
      groups[key, default: []].append(route)
    }
    return order.compactMap { groups[$0] }
  }

  /// An actor's node; one drawn inside its own cluster is named "(enheten)", under the cluster's
  /// name, rather than repeating it.
  private static func node(for actor: Actor, insideItsCluster: Bool = false) -> Node {
    let name = insideItsCluster ? L10n.report("network.unit-itself") : actor.name
    var label = "<B>\(GraphText.html(name))</B>"
    if actor.status != .active {
      label += "<BR/><I>(\(GraphText.html(actor.status.name)))</I>"
    }
    if let role = actor.contact?.role {
      label += "<BR/><FONT POINT-SIZE=\"9\">\(GraphText.html(role))</FONT>"
    }
    var style = "rounded,filled"
    if actor.status != .active { style += ",dashed" }
    var attributes = [
      Attribute("id", "actor-\(actor.id)"),
      Attribute("class", "actor sector-\(actor.sector.rawValue) status-\(actor.status.rawValue)"),
      Attribute("label", .html(label)),
      Attribute("fillcolor", MapStyle.fill(actor.sector)),
      Attribute("color", MapStyle.border(actor.sector)),
      Attribute("style", style),
      Attribute("tooltip", GraphText.tooltip(tooltip(for: actor))),
    ]
    if let link = GraphText.safeLink(actor.contact?.link) {
      attributes.append(Attribute("URL", link))
    }
    return Node(name: actor.id, attributes: attributes)
  }

  private static func tooltip(for actor: Actor) -> String {
    var lines = [actor.name]
    for mandate in actor.mandates {
      let concerns = mandate.concerns.map(\.name).joined(separator: ", ")
      let severities = mandate.severities.map(\.name).joined(separator: "–")
      lines.append(
        L10n.report("render.mandate", concerns, severities, mandate.ages.name, mandate.basis))
    }
    return lines.joined(separator: "\n")
  }

  private static func clusterAttributes(for actor: Actor) -> [Attribute] {
    [
      Attribute("id", "cluster-\(actor.id)"),
      Attribute("class", "organisation sector-\(actor.sector.rawValue)"),
      Attribute("label", .html("<B>\(GraphText.html(actor.name))</B>")),
      Attribute("style", actor.status == .active ? "rounded" : "rounded,dashed"),
      Attribute("color", MapStyle.border(actor.sector)),
      Attribute("fontname", MapStyle.font),
      Attribute("fontsize", "12"),
    ]
  }

  /// One edge for routes with the same ends and channel group: its id is the first route's, its
  /// class names every route (`route-<id>`), its label lists each channel once with its consent
  /// mark ("möte, remiss ●").
  private static func edge(for routes: [Route]) -> Edge {
    let first = routes[0]
    let line = MapStyle.line(first.channel)
    var words: [String] = []
    for route in routes {
      let mark = MapStyle.consentMark(route.sharing)
      let word = route.channel.name + (mark.isEmpty ? "" : " " + mark)
      if !words.contains(word) { words.append(word) }
    }
    let tooltip = routes.map { route in
      var text = "\(route.channel.name): \(route.purpose ?? "")"
      switch route.sharing {
      case .consentRequired: text += "\n" + route.sharing.name
      case .provision(let law): text += "\n" + L10n.report("render.tooltip.provision", law)
      case .notApplicable: break
      }
      if let response = route.response {
        text += "\n" + L10n.report("render.tooltip.response", response.name)
      }
      return text
    }.joined(separator: "\n")
    let planned = first.status != .active
    let ids = routes.map { "route-\($0.id)" }.joined(separator: " ")
    return Edge(
      tail: first.from, head: first.to,
      attributes: [
        Attribute("id", "route-\(first.id)"),
        Attribute(
          "class",
          "route \(ids) \(MapStyle.edgeClass(first.channel)) status-\(first.status.rawValue)"),
        Attribute("xlabel", .html(GraphText.wrappedHTML(words.joined(separator: ", "), width: 28))),
        Attribute("color", planned ? MapStyle.planned : line.color),
        Attribute("fontcolor", planned ? MapStyle.plannedText : MapStyle.labelColor(first.channel)),
        Attribute("style", planned ? "dashed" : line.style),
        Attribute("penwidth", line.width),
        Attribute(
          "arrowhead", routes.contains(where: \.sharing.needsConsent) ? "empty" : "normal"),
        Attribute("tooltip", GraphText.tooltip(tooltip)),
      ])
  }
}
