/// The picture formats libgvc renders in process.
public enum RenderFormat: String, CaseIterable, Sendable {
  case svg
  case png
  case pdf

  /// The Graphviz `-T` value. SVG uses the core renderer, which keeps node ids, classes and links.
  var graphvizFormat: String {
    switch self {
    case .svg: "svg:svg:core"
    case .png: "png:cairo"
    case .pdf: "pdf:cairo"
    }
  }
}
