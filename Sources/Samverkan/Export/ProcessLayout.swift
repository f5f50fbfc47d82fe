/// Where each node of the process view sits: a row per lane, a column per step, and the invisible
/// chains that hold them there.
///
/// Each lane is one rank (`rank=same`): its heading, then for each column the cells drawn there or
/// a placeholder, then an end point. Invisible edges of high weight run down each column, from the
/// header row through every lane to the footer, so the columns stand straight; light ones run
/// along each lane, so the columns keep their order.
struct ProcessLayout {
  /// One node in a lane's row.
  enum Slot {
    case heading(ProcessLane)
    case cell(ProcessView.Cell)
    /// Keeps a column in line where the lane has nothing in it.
    case gap(String)
    /// Room for the label of a route between two cells side by side; width in inches.
    case spacer(String, width: Double)
    case end(String)
  }

  /// An invisible edge.
  struct Chain {
    var tail: String
    var head: String
    /// How hard the layout keeps the two in line: the lanes' headings and ends hardest, so that
    /// every lane starts and ends at the same place; the columns next; along a lane lightly.
    var weight: String
  }

  static let headerStart = "header-lanes"
  static let headerEnd = "header-end"
  static func header(_ number: Int) -> String { "header-\(number)" }
  static func heading(_ lane: ProcessLane) -> String { "heading-\(lane.rawValue)" }

  private var rows: [ProcessLane: [Slot]] = [:]
  private(set) var chains: [Chain] = []

  init(_ view: ProcessView) {
    // The node each column's vertical chain passes through, top to bottom.
    var columns =
      [[Self.headerStart]] + view.columns.map { [Self.header($0.number)] }
      + [[Self.headerEnd]]
    for lane in view.lanes {
      var row: [Slot] = [.heading(lane)]
      columns[0].append(Self.heading(lane))
      for index in view.columns.indices {
        let cells = view.cells.filter { $0.lane == lane && $0.column == index }
        if cells.isEmpty {
          let gap = "gap-\(lane.rawValue)-\(index + 1)"
          row.append(.gap(gap))
          columns[index + 1].append(gap)
        } else {
          row += cells.map(Slot.cell)
          columns[index + 1].append(cells[0].id)
        }
      }
      row = Self.spaced(row, flows: view.flows)
      let end = "end-\(lane.rawValue)"
      row.append(.end(end))
      columns[columns.count - 1].append(end)
      rows[lane] = row
      let names = row.map(Self.name)
      chains += zip(names, names.dropFirst()).map { Chain(tail: $0, head: $1, weight: "1") }
    }
    let header = columns.map { $0[0] }
    chains += zip(header, header.dropFirst()).map { Chain(tail: $0, head: $1, weight: "1") }
    columns[0].append("legend")
    for (index, column) in columns.enumerated() {
      let weight = index == 0 || index == columns.count - 1 ? "1000" : "50"
      chains += zip(column, column.dropFirst()).map { Chain(tail: $0, head: $1, weight: weight) }
    }
    chains.append(Chain(tail: "legend", head: "contacts", weight: "1"))
  }

  /// The row with a spacer between two neighbouring cells that a route joins, as wide as the
  /// route's label (9 pt text, about 5.5 pt a letter), so the label has room between them.
  private static func spaced(_ row: [Slot], flows: [ProcessView.Flow]) -> [Slot] {
    var spaced: [Slot] = []
    for slot in row {
      if case .cell(let cell) = slot, case .cell(let before)? = spaced.last,
        let flow = flows.first(where: {
          Set([$0.from, $0.to]) == Set([cell.id, before.id])
        })
      {
        let letters = flow.route.channel.name.count + 2
        spaced.append(
          .spacer("space-\(before.id)-\(cell.id)", width: max(0.3, Double(letters) * 5.5 / 72)))
      }
      spaced.append(slot)
    }
    return spaced
  }

  /// The nodes of a lane's row, in order.
  func row(of lane: ProcessLane) -> [Slot] { rows[lane] ?? [] }

  private static func name(_ slot: Slot) -> String {
    switch slot {
    case .heading(let lane): heading(lane)
    case .cell(let cell): cell.id
    case .gap(let name), .end(let name), .spacer(let name, _): name
    }
  }
}
