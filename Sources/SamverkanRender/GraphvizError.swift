/// What can go wrong inside Graphviz, in words a map author can act on.
public enum GraphvizError: Error, Sendable, CustomStringConvertible {
  case outOfMemory
  case unknownNode(String, String)
  case layoutFailed(String)
  case formatUnavailable(String)
  case lostEdges(count: Int, messages: [String])
  case unreadableDOT(messages: [String])

  public var description: String {
    switch self {
    case .outOfMemory:
      "Graphviz ran out of memory"
    case .unknownNode(let tail, let head):
      "an edge joins '\(tail)' and '\(head)', but one of them is not in the graph"
    case .layoutFailed(let engine):
      "the Graphviz layout engine '\(engine)' failed; run 'samverkan doctor' to check the installation"
    case .formatUnavailable(let format):
      "Graphviz cannot render '\(format)' here; run 'samverkan doctor' to see which formats load"
    case .lostEdges(let count, let messages):
      "Graphviz lost \(count) edge(s) in every layout tried"
        + (messages.isEmpty ? "" : ": " + messages.joined(separator: "; "))
    case .unreadableDOT(let messages):
      "Graphviz could not read the DOT text: " + messages.joined(separator: "; ")
    }
  }
}
