import Foundation
import Testing

@testable import Samverkan

/// The process view puts each actor in the lane the law and the sources give it, the ladder's
/// steps in order, and never draws a duty or a SIP call as a way a case is handed on.
@Suite("The process view of a map")
struct ProcessViewTests {
  static func view(_ name: String) throws -> (ProcessView, CollaborationMap) {
    let map = try RealMaps.load(name)
    return (try #require(ProcessView(map: map)), map)
  }

  @Test("Mölndal: one column per step of the absence ladder, in order, each step's actor in it")
  func columns() throws {
    let (view, map) = try Self.view("molndal")
    let ladder = try #require(map.ladders.first { $0.concern == .absence })
    #expect(view.columns.map(\.step.id) == ladder.steps.map(\.id))
    #expect(view.columns.map(\.number) == Array(1...ladder.steps.count))
    for (index, step) in ladder.steps.enumerated() {
      let cell = try #require(view.cells.first { $0.id == "step-\(step.id)" })
      #expect(cell.actor.id == step.actor && cell.column == index && cell.isStep)
    }
  }

  /// domain.md rule 3: the school nurse and psychologist work under HSL, inside pupil health;
  /// seed 000: the first line (UPH, vårdcentral) is the entry before BUP.
  @Test(
    "Mölndal: each actor in its lane",
    arguments: [
      ("skola", ProcessLane.school), ("mentor", .school), ("hemkommun-skolplikt", .school),
      ("elevhalsa", .pupilHealth), ("kurator", .pupilHealth), ("skolskoterska", .pupilHealth),
      ("socialsekreterare", .socialServices), ("oppenvard-familjebehandlare", .socialServices),
      ("uph", .firstLine), ("bup", .regionalCare), ("bumm", .regionalCare), ("vgr", .regionalCare),
      ("vardnadshavare", .family), ("samverkansteam", .other),
    ])
  func lanes(actor id: String, lane: ProcessLane) throws {
    let map = try RealMaps.load("molndal")
    #expect(map.processLane(of: try #require(map.actor(id))) == lane)
  }

  @Test("Härryda: the central pupil health is pupil health by its name")
  func pupilHealthByName() throws {
    let map = try RealMaps.load("harryda")
    #expect(map.processLane(of: try #require(map.actor("central-elevhalsa"))) == .pupilHealth)
    #expect(map.processLane(of: try #require(map.actor("skola"))) == .school)
  }

  @Test("Mölndal: the pupil-health team's referral to UPH, and UPH's to BUP, are drawn")
  func handOvers() throws {
    let (view, _) = try Self.view("molndal")
    let routes = Set(view.flows.map(\.route.id))
    #expect(routes.contains("elevhalsa-uph-remiss"))
    #expect(routes.contains("uph-bup-remiss"))
    #expect(view.cells.contains { $0.actor.id == "uph" && $0.lane == .firstLine })
    #expect(view.cells.contains { $0.actor.id == "bup" && $0.lane == .regionalCare })
  }

  @Test(
    "on every map: no report of concern, SIP call or notice is drawn as a hand-over; each route once",
    arguments: RealMaps.names)
  func onlyHandOvers(name: String) throws {
    let (view, map) = try Self.view(name)
    var seen: Set<String> = []
    for flow in view.flows {
      #expect(seen.insert(flow.route.id).inserted, "\(flow.route.id) drawn twice")
      #expect(map.isUsable(flow.route))
      if !flow.isEscalation {
        #expect(flow.route.channel.opensContact, "\(flow.route.id) is \(flow.route.channel)")
      }
    }
    #expect(view.flows.allSatisfy { $0.route.channel != .reportOfConcern })
    #expect(!view.reportRoutes.isEmpty, "the report-of-concern rule names the map's routes")
    #expect(view.lanes.first == .family && view.lanes.contains(.school))
    #expect(view.lanes == view.lanes.sorted())
  }

  @Test("the escalation flows follow the ladder's escalate routes, step to next step")
  func escalations() throws {
    let (view, map) = try Self.view("molndal")
    let ladder = view.ladder
    let expected = ladder.steps.dropLast().compactMap { step -> String? in
      guard let id = step.escalate, let route = map.route(id), map.isUsable(route) else {
        return nil
      }
      return id
    }
    #expect(view.flows.filter(\.isEscalation).map(\.route.id) == expected)
  }

  @Test("a map without a ladder has no process view, and is drawn as a network")
  func noLadder() throws {
    var map = try RealMaps.load("molndal")
    map.ladders = []
    #expect(ProcessView(map: map) == nil)
    #expect(MapView.standard(for: map) == .network)
    #expect(GraphDescription(map: map, view: .process) == GraphDescription(map: map))
  }

  @Test("the rules drawn once cite the current law")
  func rules() throws {
    let (view, map) = try Self.view("molndal")
    let lines = Language.$override.withValue(.swedish) { ProcessRules(view, map: map).lines }
    #expect(lines.count == 3)
    #expect(lines[0].text.contains("SoL 19 kap. 1 §") && lines[0].text.contains("utan samtycke"))
    #expect(lines[1].text.contains(Citation.sip.text))
    #expect(lines[2].text.contains("112"))
    let english = Language.$override.withValue(.english) { ProcessRules(view, map: map).lines }
    #expect(english[0].title == "Report of concern")
  }
}
