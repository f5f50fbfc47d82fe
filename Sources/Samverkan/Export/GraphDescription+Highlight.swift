/// What to draw in bold over a faded map: some actors and the routes between them.
public struct Highlight: Sendable, Hashable {
  public var actors: Set<String>
  public var routes: Set<String>

  public init(actors: Set<String>, routes: Set<String>) {
    self.actors = actors
    self.routes = routes
  }

  /// The path of the first answer to a who-question, from the asking actor to the answer.
  public init?(answer: WhoAnswer?) {
    guard let answer else { return nil }
    let path = answer.path ?? []
    self.init(
      actors: Set([answer.actor.id] + path.flatMap { [$0.from, $0.to] }),
      routes: Set(path.map(\.id)))
  }

  /// A ladder's steps and the routes that escalate between them.
  public init(ladder: EscalationLadder) {
    self.init(
      actors: Set(ladder.steps.map(\.actor)), routes: Set(ladder.steps.compactMap(\.escalate)))
  }
}

extension GraphDescription {
  /// The same graph with the highlighted actors and routes drawn bold and everything else faded.
  public func highlighting(_ highlight: Highlight) -> GraphDescription {
    var graph = self
    func mark(_ node: Node) -> Node {
      var node = node
      let lit = highlight.actors.contains(node.name)
      node.attributes.append(
        contentsOf: lit
          ? [Attribute("penwidth", "2.5")]
          : [
            Attribute("fillcolor", "#F4F4F4"), Attribute("color", "#CCCCCC"),
            Attribute("fontcolor", "#9A9A9A"),
          ])
      node.attributes = Self.adding(lit ? "highlighted" : "faded", to: node.attributes)
      return node
    }
    func mark(_ cluster: Cluster) -> Cluster {
      var cluster = cluster
      cluster.nodes = cluster.nodes.map(mark)
      cluster.clusters = cluster.clusters.map(mark)
      return cluster
    }
    graph.nodes = nodes.map(mark)
    graph.clusters = clusters.map(mark)
    let litRoutes = Set(highlight.routes.map { "route-\($0)" })
    graph.edges = edges.map { edge in
      var edge = edge
      // An edge stands for the routes its id and its class name (a network edge merges routes).
      let lit = edge.attributes.contains { attribute in
        guard attribute.name == "id" || attribute.name == "class",
          case .text(let words) = attribute.value
        else { return false }
        return words.split(separator: " ").contains { litRoutes.contains(String($0)) }
      }
      edge.attributes.append(
        contentsOf: lit
          ? [Attribute("penwidth", "3.5"), Attribute("style", "bold")]
          : [Attribute("color", "#D8D8D8"), Attribute("fontcolor", "#B0B0B0")])
      edge.attributes = Self.adding(lit ? "highlighted" : "faded", to: edge.attributes)
      return edge
    }
    return graph
  }

  /// Attributes with a later value of the same name replacing an earlier one, and `word` added to
  /// the `class` list.
  private static func adding(_ word: String, to attributes: [Attribute]) -> [Attribute] {
    var result: [Attribute] = []
    for attribute in attributes {
      if let index = result.firstIndex(where: { $0.name == attribute.name }) {
        result[index] = attribute
      } else {
        result.append(attribute)
      }
    }
    if let index = result.firstIndex(where: { $0.name == "class" }),
      case .text(let classes) = result[index].value
    {
      result[index] = Attribute("class", "\(classes) \(word)")
    }
    return result
  }
}
