import Samverkan

/// What can go wrong inside Graphviz, in words a map author can act on.
public enum GraphvizError: Error, Sendable, CustomStringConvertible {
  case outOfMemory
  case unknownNode(String, String)
  case layoutFailed(String)
  case formatUnavailable(String)
  case lostEdges(count: Int, messages: [String])
  case unreadableDOT(messages: [String])

  /// The error in the current language; Graphviz's own messages are quoted as it wrote them.
  public var description: String {
    switch self {
    case .outOfMemory:
      L10n.cli("render.graphviz.out-of-memory")
    case .unknownNode(let tail, let head):
      L10n.cli("render.graphviz.unknown-node", tail, head)
    case .layoutFailed(let engine):
      L10n.cli("render.graphviz.layout-failed", engine)
    case .formatUnavailable(let format):
      L10n.cli("render.graphviz.format-unavailable", format)
    case .lostEdges(let count, let messages):
      messages.isEmpty
        ? L10n.cli("render.graphviz.lost-edges", String(count))
        : L10n.cli(
          "render.graphviz.lost-edges-said", String(count), messages.joined(separator: "; "))
    case .unreadableDOT(let messages):
      L10n.cli("render.graphviz.unreadable-dot", messages.joined(separator: "; "))
    }
  }
}
