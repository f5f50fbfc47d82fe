extension CollaborationMap {
  /// The ids of the asker's own unit, which a who-answer never names: the asker and everything
  /// below it, the units and organisations it belongs to, and for a function that unit's other
  /// functions (a kurator's colleagues in the pupil-health team).
  public func ownUnit(of asker: Actor) -> Set<String> {
    var own: Set<String> = []
    var queue = [asker.id]
    while let id = queue.popLast() {
      guard own.insert(id).inserted else { continue }
      queue += children(of: id).map(\.id)
    }
    own.formUnion(ancestry(of: asker).map(\.id))
    if asker.kind == .function, let parent = asker.parent {
      own.formUnion(children(of: parent).filter { $0.kind == .function }.map(\.id))
    }
    return own
  }
}
