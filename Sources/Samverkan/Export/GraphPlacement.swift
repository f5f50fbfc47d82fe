/// Where a layout put a graph's nodes and clusters, in points, y upwards as Graphviz counts.
public struct GraphPlacement: Sendable, Hashable {
  /// A rectangle: lower left and upper right corners.
  public struct Rect: Sendable, Hashable {
    public var minX, minY, maxX, maxY: Double

    public init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
      (self.minX, self.minY, self.maxX, self.maxY) = (minX, minY, maxX, maxY)
    }

    /// Graphviz's `bb` value: "llx,lly,urx,ury".
    public var graphviz: String { "\(minX),\(minY),\(maxX),\(maxY)" }
  }

  /// A node's centre and size.
  public struct Box: Sendable, Hashable {
    public var x, y, width, height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
      (self.x, self.y, self.width, self.height) = (x, y, width, height)
    }
  }

  public var bounds: Rect
  /// Where the graph's own label sits (`lp`), if it has one.
  public var label: (x: Double, y: Double)?
  public var nodes: [String: Box]
  /// Cluster name → its box.
  public var clusters: [String: Rect]

  public init(
    bounds: Rect, label: (x: Double, y: Double)? = nil, nodes: [String: Box],
    clusters: [String: Rect]
  ) {
    self.bounds = bounds
    self.label = label
    self.nodes = nodes
    self.clusters = clusters
  }

  public static func == (lhs: Self, rhs: Self) -> Bool {
    lhs.bounds == rhs.bounds && lhs.label?.x == rhs.label?.x && lhs.label?.y == rhs.label?.y
      && lhs.nodes == rhs.nodes && lhs.clusters == rhs.clusters
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(bounds)
    hasher.combine(nodes)
  }
}

extension GraphDescription {
  /// This graph with its nodes pinned where `placement` put them and without what only held
  /// them there: invisible nodes and edges, rank groups and edges that constrained the layout.
  /// Clusters keep their boxes, those of `alike` clusters widened to the widest of them (lanes of
  /// one width). Laid out with Graphviz's `nop2` engine, only the remaining edges are routed,
  /// around the nodes (`splines=true`, unless the graph asks for other `splines`).
  public func pinned(at placement: GraphPlacement, alike: (Cluster) -> Bool = { _ in false })
    -> GraphDescription
  {
    var alikeBounds: (minX: Double, maxX: Double)?
    func collect(_ cluster: Cluster) {
      if alike(cluster), let box = placement.clusters[cluster.name] {
        alikeBounds = (
          min(alikeBounds?.minX ?? box.minX, box.minX), max(alikeBounds?.maxX ?? box.maxX, box.maxX)
        )
      }
      cluster.clusters.forEach(collect)
    }
    clusters.forEach(collect)

    func isInvisible(_ attributes: [Attribute]) -> Bool {
      attributes.contains { $0.name == "style" && $0.value == .text("invis") }
    }
    func pin(_ node: Node) -> Node? {
      guard !isInvisible(node.attributes), let box = placement.nodes[node.name] else { return nil }
      var attributes = node.attributes.filter {
        !["width", "height", "fixedsize"].contains($0.name)
      }
      // A point more than the first layout gave, so no label is found too big for its node.
      attributes += [
        Attribute("pos", "\(box.x),\(box.y)!"), Attribute("width", String((box.width + 1) / 72)),
        Attribute("height", String((box.height + 1) / 72)), Attribute("fixedsize", "true"),
      ]
      return Node(name: node.name, attributes: attributes)
    }
    func pin(_ cluster: Cluster) -> (nodes: [Node], clusters: [Cluster]) {
      let nodes = cluster.nodes.compactMap(pin)
      let inner = cluster.clusters.map(pin)
      guard cluster.name.hasPrefix("cluster"), var box = placement.clusters[cluster.name] else {
        // A rank group or other plain subgraph only held its nodes in line.
        return (nodes + inner.flatMap(\.nodes), inner.flatMap(\.clusters))
      }
      if alike(cluster), let alikeBounds {
        (box.minX, box.maxX) = (alikeBounds.minX, alikeBounds.maxX)
      }
      let attributes =
        cluster.attributes.filter { $0.name != "rank" } + [Attribute("bb", box.graphviz)]
      return (
        [],
        [
          Cluster(
            name: cluster.name, attributes: attributes, nodes: nodes + inner.flatMap(\.nodes),
            clusters: inner.flatMap(\.clusters))
        ]
      )
    }
    let pinnedClusters = clusters.map(pin)
    return GraphDescription(
      name: name,
      graphAttributes: graphAttributes.filter {
        !["rankdir", "newrank", "splines"].contains($0.name)
      }
        + [
          graphAttributes.first { $0.name == "splines" } ?? Attribute("splines", "true"),
          Attribute("bb", placement.bounds.graphviz),
        ]
        + (placement.label.map { [Attribute("lp", "\($0.x),\($0.y)")] } ?? []),
      nodeDefaults: nodeDefaults.filter { !["width", "height"].contains($0.name) },
      edgeDefaults: edgeDefaults,
      nodes: nodes.compactMap(pin) + pinnedClusters.flatMap(\.nodes),
      clusters: pinnedClusters.flatMap(\.clusters),
      edges: edges.filter { edge in
        !isInvisible(edge.attributes)
          && edge.attributes.contains { $0.name == "constraint" && $0.value == .text("false") }
      }.map { edge in
        Edge(
          tail: edge.tail, head: edge.head,
          attributes: edge.attributes.filter { $0.name != "constraint" })
      })
  }

  /// The graph as the first of two layouts lays it out: without the edges routed afterwards.
  public var withoutRoutedEdges: GraphDescription {
    var first = self
    first.edges = edges.filter { edge in
      !edge.attributes.contains { $0.name == "constraint" && $0.value == .text("false") }
    }
    return first
  }
}
