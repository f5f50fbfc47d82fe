extension CollaborationMap {
  /// The ids of the asker's own unit, which a who-answer never names: the asker and everything
  /// below it; for a function, also the unit it belongs to and that unit's other functions (a
  /// kurator's colleagues in the pupil-health team).
  public func ownUnit(of asker: Actor) -> Set<String> {
    var own: Set<String> = []
    var queue = [asker.id]
    while let id = queue.popLast() {
      guard own.insert(id).inserted else { continue }
      queue += children(of: id).map(\.id)
    }
    if asker.kind == .function, let parent = asker.parent {
      own.insert(parent)
      own.formUnion(children(of: parent).filter { $0.kind == .function }.map(\.id))
    }
    return own
  }

  /// The ids of the unit the asker works in, with everything below it: for a function its unit
  /// (a mentor's school, its pupil-health team and kurator included), else the asker itself.
  /// A path that has left it never comes back into it: a colleague in one's own school is not
  /// reached by way of social services.
  public func homeUnit(of asker: Actor) -> Set<String> {
    let top = asker.kind == .function ? asker.parent.flatMap(actor) ?? asker : asker
    var home: Set<String> = []
    var queue = [top.id]
    while let id = queue.popLast() {
      guard home.insert(id).inserted else { continue }
      queue += children(of: id).map(\.id)
    }
    return home
  }
}
