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

    func run() throws {
      try Console.run { console in
        let checked = console.check(map)
        console.report(checked.diagnostics)
        guard let loaded = checked.map else { throw ExitCode.badInput }
        print("\(loaded.name) (\(loaded.id)), reviewed \(loaded.reviewed)\n")
        print(
          Table.render(
            header: ["ACTOR", "NAME", "KIND", "SECTOR", "STATUS", "PART OF", "CONTACT"],
            rows: loaded.actors.map {
              [
                $0.id, $0.name, $0.kind.rawValue, $0.sector.rawValue, $0.status.rawValue,
                $0.parent ?? "", $0.contact?.role ?? "",
              ]
            }))
        print()
        print(
          Table.render(
            header: ["ROUTE", "FROM", "TO", "CHANNEL", "INFORMATION PASSES", "RESPONSE", "STATUS"],
            rows: loaded.routes.map {
              [
                $0.id, $0.from, $0.to, $0.channel.rawValue, sharing($0.sharing),
                $0.response?.description ?? "", $0.status.rawValue,
              ]
            }))
      }
    }

    private func sharing(_ sharing: InformationSharing) -> String {
      switch sharing {
      case .consentRequired: "with consent"
      case .provision(let law): "by law: \(law)"
      case .notApplicable: "no pupil data"
      }
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
