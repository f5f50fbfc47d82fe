// Renders one map many times and prints how much resident memory grew: once through Samverkan's
// renderer, once through libgvc alone on the exported DOT (agmemread, gvLayout, gvRenderData).
// Graphviz 2.43 leaks inside its dot layout, so the second figure is the floor.
//
//     swift run -c release samverkan-render-memory Maps/molndal.yaml 1000

import Foundation
import Samverkan
import SamverkanRender

let arguments = CommandLine.arguments
guard arguments.count == 3, let count = Int(arguments[2]), count > 0 else {
  print("usage: samverkan-render-memory <map.yaml> <renders>")
  exit(2)
}

func residentBytes() -> Int {
  guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
    let pages = Int(statm.split(separator: " ")[1])
  else { return 0 }
  return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
}

func growth(_ body: () throws -> Void) rethrows -> Int {
  for _ in 0..<50 { try body() }
  let before = residentBytes()
  for _ in 0..<count { try body() }
  return residentBytes() - before
}

do {
  let graph = GraphDescription(map: try MapLoader().load(arguments[1]))
  let dot = DOTWriter().write(graph)
  let renderer = MapRenderer()
  let libgvc = try growth { _ = try renderer.render(dot: dot, format: .svg) }
  let ours = try growth { _ = try renderer.render(graph, format: .svg) }
  print("renders: \(count)")
  print("samverkan growth bytes: \(ours)")
  print("libgvc alone growth bytes: \(libgvc)")
  print("per render: samverkan \(ours / count) B, libgvc alone \(libgvc / count) B")
} catch {
  print("error: \(error)")
  exit(2)
}
