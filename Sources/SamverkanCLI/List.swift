import ArgumentParser
import Samverkan

extension SamverkanCommand {
  struct List: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(
        commandName: "list",
        abstract: L10n.help("help.list.abstract"),
        discussion: HelpText.discussion(L10n.help("help.list.discussion")))
    }

    @Argument(help: HelpText.mapFile, completion: Completions.yamlFile) var map: String

    @Flag(help: ArgumentHelp(L10n.help("help.list.ids")))
    var ids = false

    func run() throws {
      try Console.run { console in
        let checked = console.check(map)
        console.report(checked.diagnostics)
        guard let loaded = checked.map else { throw ExitCode.badInput }
        let title = ids ? "\(loaded.name) (\(loaded.id))" : loaded.name
        print(L10n.answers("list.heading", title, loaded.reviewed.description) + "\n")
        print(actorTable(loaded))
        print()
        print(routeTable(loaded))
      }
    }

    /// Names, or with `--ids` the ids, of the actors a table refers to.
    private func refer(to id: String?, in map: CollaborationMap) -> String {
      guard let id else { return "" }
      return ids ? id : map.actor(id)?.name ?? id
    }

    private func actorTable(_ map: CollaborationMap) -> String {
      let rows = map.actors.map {
        [
          $0.name, $0.kind.name, $0.sector.name, $0.status.name, refer(to: $0.parent, in: map),
          $0.contact?.role ?? "",
        ]
      }
      return Table.render(
        header: (ids ? [L10n.answers("list.id")] : [])
          + [
            L10n.answers("list.name"), L10n.answers("list.kind"), L10n.answers("list.sector"),
            L10n.answers("list.status"), L10n.answers("list.parent"), L10n.answers("list.contact"),
          ],
        rows: zip(map.actors, rows).map { ids ? [$0.id] + $1 : $1 })
    }

    private func routeTable(_ map: CollaborationMap) -> String {
      let rows = map.routes.map {
        [
          refer(to: $0.from, in: map), refer(to: $0.to, in: map), $0.channel.name, $0.sharing.name,
          $0.response.map(\.name) ?? "", $0.status.name,
        ]
      }
      return Table.render(
        header: (ids ? [L10n.answers("list.id")] : [])
          + [
            L10n.answers("list.from"), L10n.answers("list.to"), L10n.answers("list.channel"),
            L10n.answers("list.sharing"), L10n.answers("list.response"),
            L10n.answers("list.status"),
          ],
        rows: zip(map.routes, rows).map { ids ? [$0.id] + $1 : $1 })
    }
  }
}

/// Plain-text tables with columns padded to their widest cell.
enum Table {
  static func render(header: [String], rows: [[String]]) -> String {
    let all = [header] + rows
    let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
    return all.map { row in
      row.enumerated().map { column, cell in
        column == row.count - 1
          ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
      }.joined(separator: "  ")
    }.joined(separator: "\n")
  }
}
