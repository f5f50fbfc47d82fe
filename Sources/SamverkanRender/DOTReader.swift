/// Reads DOT text with Graphviz's own parser (`agmemread`).
public enum DOTReader {
  /// The nodes, edges and subgraphs Graphviz sees in `dot`.
  public static func read(_ dot: String) throws -> GraphSummary {
    let (summary, messages) = try Graphviz.shared.withContext { session in
      session.read(dot: dot)?.summary
    }
    guard let summary else { throw GraphvizError.unreadableDOT(messages: messages) }
    return summary
  }
}
