// Validation time over maps of 1×, 10× and 100× the size of a real map: the copies are the map's
// actors, routes and ladders with their ids suffixed, so every rule sees the same shapes again.
// Prints the median time per size and the ratio from one size to the next (linear: about 10).
//
//     swift run -c release samverkan-bench-validate Maps/molndal.yaml

import Foundation
import Samverkan

let arguments = CommandLine.arguments
guard arguments.count == 2 else {
  print("usage: samverkan-bench-validate <map.yaml>")
  exit(2)
}

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

func median(_ body: () -> Void) -> Double {
  let times = (0..<9).map { _ in
    let start = ContinuousClock.now
    body()
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  }
  return times.sorted()[times.count / 2]
}

do {
  let map = try MapLoader().load(arguments[1])
  let validator = MapValidator()
  var previous: Double?
  print("size   actors  routes  findings  median ms  ratio to previous size")
  for copies in [1, 10, 100] {
    let big = scaled(map, copies: copies)
    var findings = 0
    let seconds = median { findings = validator.validate(big).count }
    let ratio = previous.map { String(format: "%.1f", seconds / $0) } ?? "–"
    print(
      String(
        format: "%3d×  %7d  %6d  %8d  %9.2f  %@", copies, big.actors.count, big.routes.count,
        findings, seconds * 1000, ratio))
    previous = seconds
  }
} catch {
  print("error: \(error)")
  exit(2)
}
