import Samverkan

/// `map` repeated `copies` times, each copy's ids (and the references to them) suffixed.
func scaled(_ map: CollaborationMap, copies: Int) -> CollaborationMap {
  var result = map
  result.actors = []
  result.routes = []
  result.ladders = []
  for copy in 0..<copies {
    let suffix = copy == 0 ? "" : "-\(copy)"
    result.actors += map.actors.map { actor in
      var actor = actor
      actor.id += suffix
      actor.parent = actor.parent.map { $0 + suffix }
      return actor
    }
    result.routes += map.routes.map { route in
      var route = route
      route.id += suffix
      route.from += suffix
      route.to += suffix
      return route
    }
    result.ladders += map.ladders.map { ladder in
      var ladder = ladder
      ladder.id += suffix
      ladder.steps = ladder.steps.map { step in
        var step = step
        step.actor += suffix
        step.escalate = step.escalate.map { $0 + suffix }
        return step
      }
      return ladder
    }
  }
  return result
}
