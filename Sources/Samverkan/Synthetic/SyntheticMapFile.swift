/// One file of a synthetic national model: where it goes and the map it holds as written.
///
/// A municipality's `map` holds only its own elements; those of its regional template come in
/// through `include`, as when the file is loaded.
public struct SyntheticMapFile: Sendable {
  /// The path relative to the output folder, e.g. `regions/syntetregion-01.yaml`.
  public var path: String
  /// The file's own content; its includes are not merged in and `files` is empty.
  public var map: CollaborationMap
  /// The files it includes, relative to itself.
  public var include: [String]
  /// The comment lines at the top of the file, without `#`.
  public var comment: [String]

  /// The file as YAML text that `MapLoader` reads like a hand-written map.
  public func yaml() throws -> String {
    let lines = comment.map { $0.isEmpty ? "#" : "# \($0)" }
    return lines.joined(separator: "\n") + "\n" + (try MapYAMLEmitter().yaml(of: self))
  }
}
