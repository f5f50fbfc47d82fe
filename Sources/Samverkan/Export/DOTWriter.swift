/// Writes a `GraphDescription` as DOT text: deterministic (same graph, same bytes), every id and
/// value quoted, so no label can break out of its string.
public struct DOTWriter: Sendable {
  public init() {}

  /// The DOT text of `graph`.
  public func write(_ graph: GraphDescription) -> String {
    var out = "digraph \(quoted(graph.name)) {\n"
    writeDefaults("graph", graph.graphAttributes, into: &out, indent: "  ")
    writeDefaults("node", graph.nodeDefaults, into: &out, indent: "  ")
    writeDefaults("edge", graph.edgeDefaults, into: &out, indent: "  ")
    for cluster in graph.clusters { write(cluster, into: &out, indent: "  ") }
    for node in graph.nodes { write(node, into: &out, indent: "  ") }
    for edge in graph.edges {
      out += "  \(quoted(edge.tail)) -> \(quoted(edge.head)) "
      out += attributeList(edge.attributes)
      out += ";\n"
    }
    out += "}\n"
    return out
  }

  private func write(_ cluster: GraphDescription.Cluster, into out: inout String, indent: String) {
    out += "\(indent)subgraph \(quoted(cluster.name)) {\n"
    let inner = indent + "  "
    writeDefaults("graph", cluster.attributes, into: &out, indent: inner)
    for child in cluster.clusters { write(child, into: &out, indent: inner) }
    for node in cluster.nodes { write(node, into: &out, indent: inner) }
    out += "\(indent)}\n"
  }

  private func write(_ node: GraphDescription.Node, into out: inout String, indent: String) {
    out += "\(indent)\(quoted(node.name)) \(attributeList(node.attributes));\n"
  }

  private func writeDefaults(
    _ kind: String, _ attributes: [GraphDescription.Attribute], into out: inout String,
    indent: String
  ) {
    guard !attributes.isEmpty else { return }
    out += "\(indent)\(kind) \(attributeList(attributes));\n"
  }

  private func attributeList(_ attributes: [GraphDescription.Attribute]) -> String {
    "[" + attributes.map { "\(quoted($0.name))=\(value($0.value))" }.joined(separator: ", ") + "]"
  }

  private func value(_ value: GraphDescription.Value) -> String {
    switch value {
    case .text(let text): quoted(text)
    case .html(let html): "<\(html)>"
    }
  }

  /// A DOT quoted string. Inside quotes DOT turns `\"` into a quote and keeps `\\` as it is, so
  /// a run of backslashes before a quote or the end must be even: an odd run gets one more
  /// backslash. (Tooltips from `GraphText.tooltip` already have an even number.) Newlines are
  /// written as `\n`.
  private func quoted(_ text: String) -> String {
    var result = "\""
    var backslashes = 0
    func closeRun() {
      if backslashes % 2 == 1 { result += "\\" }
      backslashes = 0
    }
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\":
        backslashes += 1
        result += "\\"
      case "\"":
        closeRun()
        result += "\\\""
      case "\n":
        closeRun()
        result += "\\n"
      case "\r":
        continue
      default:
        backslashes = 0
        result.unicodeScalars.append(scalar)
      }
    }
    closeRun()
    return result + "\""
  }
}
