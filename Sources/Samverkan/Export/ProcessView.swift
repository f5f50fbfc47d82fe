/// A map's escalation ladder as a process: one lane per organisation, one column per step.
///
/// What people who draw such maps by hand make (seed 000, 002: "processkartor" that show each
/// actor's mandate and whom to contact): the steps numbered left to right with their local
/// triggers, each step's actor in its lane, the routes that carry the case from step to step, the
/// hand-overs each step makes to other organisations (a referral to the first line, and from there
/// to BUP), the guardians' own ways in, and three rules that hold at every step and are drawn once:
/// the report of concern, SIP and the acute way.
public struct ProcessView: Sendable, Hashable {
  /// A column: one step of the ladder.
  public struct Column: Sendable, Hashable {
    /// 1 for the first step.
    public var number: Int
    public var step: EscalationLadder.Step
  }

  /// An actor drawn at one place: in its lane, in a column.
  public struct Cell: Sendable, Hashable {
    /// Unique within the view: `step-<step id>`, `reach-<actor id>` or `family-<actor id>`.
    public var id: String
    public var actor: Actor
    public var lane: ProcessLane
    /// The column's index, from 0.
    public var column: Int
    /// Whether the cell is a step of the ladder, not an actor a step hands over to.
    public var isStep: Bool
  }

  /// A route drawn between two cells.
  public struct Flow: Sendable, Hashable {
    public var from: String
    public var to: String
    public var route: Route
    /// Whether the route takes the case from one step to the next.
    public var isEscalation: Bool
  }

  public var ladder: EscalationLadder
  public var columns: [Column]
  /// The lanes that hold a cell, in the order a case meets them.
  public var lanes: [ProcessLane]
  public var cells: [Cell]
  public var flows: [Flow]
  /// The map's reports of concern, drawn once as a rule over every step.
  public var reportRoutes: [Route]
  /// Who may convene a SIP by a route in the map.
  public var sipConveners: [Actor]
  /// 112, BUP akut, 1177: the acute way, open at every step.
  public var acuteWay: [Actor]

  /// Channels by which a step hands a case over to another organisation.
  static let handOvers: Set<Channel> = [.referral, .careRequest, .application, .consultation]

  /// The view of `ladder` (the map's absence ladder, else its first); nil when the map has none.
  public init?(map: CollaborationMap, ladder: EscalationLadder? = nil) {
    guard
      let ladder = ladder ?? map.ladders.first(where: { $0.concern == .absence })
        ?? map.ladders.first
    else { return nil }
    self.ladder = ladder
    columns = ladder.steps.enumerated().map { Column(number: $0.offset + 1, step: $0.element) }
    var cells: [Cell] = []
    var flows: [Flow] = []
    var drawn: Set<String> = []
    func cell(of actor: String) -> Cell? { cells.first { $0.actor.id == actor } }
    func add(_ route: Route, from: Cell, to: Cell, escalation: Bool = false) {
      guard drawn.insert(route.id).inserted else { return }
      flows.append(Flow(from: from.id, to: to.id, route: route, isEscalation: escalation))
    }

    for (index, step) in ladder.steps.enumerated() {
      guard let actor = map.actor(step.actor) else { continue }
      cells.append(
        Cell(
          id: "step-\(step.id)", actor: actor, lane: map.processLane(of: actor), column: index,
          isStep: true))
    }
    for (index, step) in ladder.steps.enumerated().dropLast() {
      guard let route = step.escalate.flatMap(map.route), map.isUsable(route) else { continue }
      let from = cells.first { $0.id == "step-\(step.id)" }
      let to = cells.first { $0.id == "step-\(ladder.steps[index + 1].id)" }
      if let from, let to { add(route, from: from, to: to, escalation: true) }
    }
    // The hand-overs out of each step, and on from whom they reach, in the step's column.
    var queue = cells.filter(\.isStep)
    while !queue.isEmpty {
      let from = queue.removeFirst()
      guard cell(of: from.actor.id)?.id == from.id else { continue }  // an actor's first cell acts
      for route in map.routes(from: from.actor.id)
      where Self.handOvers.contains(route.channel) && map.isUsable(route) {
        guard let target = map.actor(route.to), target.sector != .family else { continue }
        if let existing = cell(of: target.id) {
          // Forward or down the same column only: a route back to an earlier step is not how
          // the case moves on, and would cross the whole picture.
          if existing.lane != from.lane, existing.column >= from.column {
            add(route, from: from, to: existing)
          }
          continue
        }
        let lane = map.processLane(of: target)
        guard lane != from.lane else { continue }
        let reached = Cell(
          id: "reach-\(target.id)", actor: target, lane: lane, column: from.column, isStep: false)
        cells.append(reached)
        queue.append(reached)
        add(route, from: from, to: reached)
      }
    }
    // The family's own ways in, to whoever is drawn.
    for actor in map.actors where actor.sector == .family && actor.status == .active {
      let family = Cell(
        id: "family-\(actor.id)", actor: actor, lane: .family, column: 0, isStep: false)
      cells.append(family)
      for route in map.routes(from: actor.id) where map.isUsable(route) {
        guard route.channel.opensContact, let target = cell(of: route.to) else { continue }
        add(route, from: family, to: target)
      }
    }
    self.cells = cells
    self.flows = flows
    lanes = ProcessLane.allCases.filter { lane in
      lane == .family || lane == .school || cells.contains { $0.lane == lane }
    }
    reportRoutes = map.routes.filter { map.isReportOfConcern($0) && map.isUsable($0) }
    sipConveners = map.actors.filter { actor in
      map.mayConveneSIP(actor)
        && map.routes(from: actor.id).contains { $0.channel == .sipInvitation && map.isUsable($0) }
    }
    acuteWay = map.actors.filter { $0.acute != nil && $0.status == .active }
      .sorted { ($0.acute!, $0.name) < ($1.acute!, $1.name) }
  }
}
