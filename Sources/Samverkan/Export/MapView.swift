/// How a map is drawn.
public enum MapView: String, Sendable, CaseIterable {
  /// The ladder as a process: lanes per organisation, columns per step (`ProcessView`).
  case process
  /// Every actor and route as a network (`GraphDescription(map:)`).
  case network

  /// The view a map is drawn in unless another is asked for: the process for a municipality with
  /// a ladder, the network for a template or a map without one.
  public static func standard(for map: CollaborationMap) -> MapView {
    map.kind == .municipality && !map.ladders.isEmpty ? .process : .network
  }
}

extension GraphDescription {
  /// The map drawn in `view`; a map without a ladder has no process and is drawn as a network.
  /// Both views draw their key; `drawsKey: false` leaves the network's out, for a page that
  /// draws its own (the embeddable SVG).
  public init(map: CollaborationMap, view: MapView, drawsKey: Bool = true) {
    if view == .process, let process = ProcessView(map: map) {
      self.init(process: process, of: map)
    } else {
      self.init(map: map, drawsKey: drawsKey)
    }
  }
}
