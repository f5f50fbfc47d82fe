extension GraphDescription {
  /// The process map of `map`: an actor per node, a route per edge, and a cluster for each actor
  /// that has units or functions under it.
  ///
  /// An actor with children is drawn as the cluster around them; it gets a node of its own only
  /// when a route starts or ends at it.
  public init(map: CollaborationMap) {
    let routed = Set(map.routes.flatMap { [$0.from, $0.to] })
    let ids = Set(map.actors.map(\.id))
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
        nodes: routed.contains(actor.id) ? [Self.node(for: actor)] : [], clusters: [])
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
        Attribute("nodesep", "0.35"),
        Attribute("ranksep", "0.9"),
        Attribute("fontname", MapStyle.font),
        Attribute("labelloc", "t"),
        Attribute("fontsize", "18"),
        Attribute(
          "label",
          .html(
            "<B>\(GraphText.html(map.name))</B><BR/><FONT POINT-SIZE=\"10\">"
              + GraphText.html(L10n.report("render.reviewed", map.reviewed.description))
              + "</FONT>"
          )),
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
      edges: map.routes.filter { ids.contains($0.from) && ids.contains($0.to) }.map(Self.edge))
  }

  private static func node(for actor: Actor) -> Node {
    var label = "<B>\(GraphText.html(actor.name))</B>"
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

  private static func edge(for route: Route) -> Edge {
    let line = MapStyle.line(route.channel)
    var label = GraphText.html(route.channel.name)
    switch route.sharing {
    case .consentRequired:
      label += "<BR/><I>\(GraphText.html(L10n.report("render.edge.consent")))</I>"
    case .provision:
      label += "<BR/><I>\(GraphText.html(L10n.report("render.edge.provision")))</I>"
    case .notApplicable: break
    }
    var tooltip = "\(route.channel.name): \(route.purpose ?? "")"
    if case .provision(let law) = route.sharing {
      tooltip += "\n" + L10n.report("render.tooltip.provision", law)
    }
    if let response = route.response {
      tooltip += "\n" + L10n.report("render.tooltip.response", response.name)
    }
    let planned = route.status != .active
    return Edge(
      tail: route.from, head: route.to,
      attributes: [
        Attribute("id", "route-\(route.id)"),
        Attribute(
          "class", "route \(MapStyle.edgeClass(route.channel)) status-\(route.status.rawValue)"),
        Attribute("label", .html(label)),
        Attribute("color", planned ? MapStyle.planned : line.color),
        Attribute("fontcolor", planned ? MapStyle.plannedText : line.color),
        Attribute("style", planned ? "dashed" : line.style),
        Attribute("penwidth", line.width),
        Attribute("arrowhead", route.sharing.needsConsent ? "empty" : "normal"),
        Attribute("tooltip", GraphText.tooltip(tooltip)),
      ])
  }
}
