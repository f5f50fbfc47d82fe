import Foundation
import Samverkan

/// What the installed Graphviz can do: its version, its plugins, and a test render per format.
public struct GraphvizInstallation: Sendable {
  /// The outcome of rendering a two-node test graph in one format.
  public struct Check: Sendable {
    public var format: RenderFormat
    public var problem: String?
  }

  public var version: String
  public var layouts: [String]
  public var devices: [String]
  public var checks: [Check]

  /// Whether every format rendered.
  public var isHealthy: Bool { checks.allSatisfy { $0.problem == nil } }

  /// What `samverkan doctor` prints, in the current language: the version, the plugins, a line
  /// per format, and what to do when the `dot` layout is missing.
  public var report: [String] {
    var lines = [
      L10n.cli("doctor.version", version),
      L10n.cli("doctor.layouts", layouts.joined(separator: " ")),
      L10n.cli("doctor.devices", devices.joined(separator: " ")),
    ]
    for check in checks {
      lines.append(
        check.problem.map { L10n.cli("doctor.format-failed", check.format.rawValue, $0) }
          ?? L10n.cli("doctor.format-ok", check.format.rawValue))
    }
    if !layouts.contains("dot") { lines.append(L10n.cli("doctor.no-dot")) }
    return lines
  }

  /// Asks libgvc, in this process, what it can do.
  public static func inspect() throws -> GraphvizInstallation {
    let (listing, _) = try Graphviz.shared.withContext { session in
      (session.plugins("layout"), session.plugins("device"))
    }
    let probe = GraphDescription(
      name: "probe", graphAttributes: [.init("newrank", "true")], nodeDefaults: [],
      edgeDefaults: [],
      nodes: [],
      clusters: [
        .init(
          name: "cluster_a", attributes: [.init("label", .html("<B>Å &amp; Ö</B>"))],
          nodes: [.init(name: "a", attributes: []), .init(name: "b", attributes: [])], clusters: [])
      ],
      edges: [.init(tail: "a", head: "b", attributes: [.init("label", "remiss")])])
    let checks = RenderFormat.allCases.map { format in
      do {
        let rendered = try MapRenderer().render(probe, format: format)
        return Check(
          format: format, problem: rendered.data.isEmpty ? L10n.cli("doctor.rendered-nothing") : nil
        )
      } catch {
        return Check(format: format, problem: "\(error)")
      }
    }
    return GraphvizInstallation(
      version: Graphviz.shared.version, layouts: listing.0, devices: listing.1, checks: checks)
  }
}
