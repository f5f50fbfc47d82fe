/// A Graphviz graph as plain values: what the DOT writer prints and the renderer hands to libcgraph.
///
/// Both outputs come from one description, so the exported DOT and the rendered SVG always agree.
public struct GraphDescription: Sendable, Hashable {
  /// An attribute value: plain text (a Graphviz escString) or an HTML-like label.
  public enum Value: Sendable, Hashable {
    case text(String)
    case html(String)
  }

  public struct Attribute: Sendable, Hashable {
    public var name: String
    public var value: Value

    public init(_ name: String, _ value: Value) {
      self.name = name
      self.value = value
    }

    public init(_ name: String, _ text: String) {
      self.init(name, .text(text))
    }
  }

  public struct Node: Sendable, Hashable {
    public var name: String
    public var attributes: [Attribute]

    public init(name: String, attributes: [Attribute]) {
      self.name = name
      self.attributes = attributes
    }
  }

  public struct Edge: Sendable, Hashable {
    public var tail: String
    public var head: String
    public var attributes: [Attribute]

    public init(tail: String, head: String, attributes: [Attribute]) {
      self.tail = tail
      self.head = head
      self.attributes = attributes
    }
  }

  /// A subgraph whose name starts with `cluster`, drawn as a box around its nodes.
  public struct Cluster: Sendable, Hashable {
    public var name: String
    public var attributes: [Attribute]
    public var nodes: [Node]
    public var clusters: [Cluster]

    public init(name: String, attributes: [Attribute], nodes: [Node], clusters: [Cluster]) {
      self.name = name
      self.attributes = attributes
      self.nodes = nodes
      self.clusters = clusters
    }
  }

  public var name: String
  public var graphAttributes: [Attribute]
  public var nodeDefaults: [Attribute]
  public var edgeDefaults: [Attribute]
  /// Nodes outside every cluster.
  public var nodes: [Node]
  public var clusters: [Cluster]
  public var edges: [Edge]
  /// Whether the renderer lays the graph out in two passes: `dot` places the nodes without the
  /// edges marked `constraint=false`, then those are routed around the pinned nodes (`pinned`).
  /// The DOT text is the same graph in one pass.
  public var routesOverLayout: Bool
  /// The rows whose headings every printed page of a split picture repeats at its left, as a
  /// spreadsheet repeats its first column (the process view's lanes); empty for none.
  public var rowHeadings: [RowHeading] = []

  /// A row of the picture (a cluster) and the node at its left that names it.
  public struct RowHeading: Sendable, Hashable {
    /// The cluster that spans the row.
    public var row: String
    /// The node that heads it.
    public var heading: String

    public init(row: String, heading: String) {
      self.row = row
      self.heading = heading
    }
  }

  public init(
    name: String, graphAttributes: [Attribute], nodeDefaults: [Attribute],
    edgeDefaults: [Attribute], nodes: [Node], clusters: [Cluster], edges: [Edge],
    routesOverLayout: Bool = false
  ) {
    self.name = name
    self.graphAttributes = graphAttributes
    self.nodeDefaults = nodeDefaults
    self.edgeDefaults = edgeDefaults
    self.nodes = nodes
    self.clusters = clusters
    self.edges = edges
    self.routesOverLayout = routesOverLayout
  }

  /// The total number of nodes, inside clusters or not.
  public var nodeCount: Int {
    func count(_ cluster: Cluster) -> Int {
      cluster.nodes.count + cluster.clusters.map(count).reduce(0, +)
    }
    return nodes.count + clusters.map(count).reduce(0, +)
  }
}
