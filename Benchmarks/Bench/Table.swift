import Foundation

/// The benchmark's one table: a figure, our result, the alternative's, their ratio and the target.
struct Table {
  struct Row {
    var figure: String
    var ours: String
    var other: String = ""
    var ratio: String = ""
    var target: String = ""
    /// Whether the target is met; nil when the row has no target.
    var met: Bool?
  }

  private(set) var rows: [Row] = []

  /// Adds a row and prints it at once, so a long run shows progress.
  mutating func add(_ row: Row) {
    rows.append(row)
    say(Self.line(row))
  }

  static var header: String {
    line(
      Row(
        figure: "figure", ours: "samverkan", other: "alternative", ratio: "ratio",
        target: "target", met: nil)) + "\n" + String(repeating: "-", count: 132)
  }

  static func line(_ row: Row) -> String {
    let verdict = row.met.map { $0 ? "met" : "NOT MET" } ?? ""
    return [
      row.figure.padding(54), row.ours.padding(16), row.other.padding(22), row.ratio.padding(9),
      row.target.padding(20), verdict,
    ].joined(separator: " ")
  }
}

extension String {
  fileprivate func padding(_ width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}

/// "12.3 ms", "1.20 s", "85 µs".
func duration(_ seconds: Double) -> String {
  switch seconds {
  case ..<0.001: String(format: "%.1f µs", seconds * 1e6)
  case ..<1: String(format: "%.1f ms", seconds * 1e3)
  default: String(format: "%.2f s", seconds)
  }
}

func megabytes(_ bytes: Int) -> String { String(format: "%.0f MB", Double(bytes) / 1e6) }

func times(_ ratio: Double) -> String { String(format: "%.2f×", ratio) }

/// Prints a line at once, also when the output is a pipe.
func say(_ line: String) {
  FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
