/// How much a map file may ask of the loader, so a hostile or broken file is refused quickly with a
/// positioned error instead of exhausting memory, time or the stack.
///
/// The defaults lie far above real maps (20–60 actors, a few hundred routes, about 1,000 nodes,
/// nesting 6 deep, no aliases) and far below what would hurt. Raise one for a special case:
///
///     var loader = MapLoader()
///     loader.limits.maxActors = 5_000
public struct LoadLimits: Sendable, Hashable {
  /// The largest file, in bytes, read at all; checked before reading. Default 10 MB.
  public var maxFileSize: Int
  /// The deepest nesting of lists and mappings in one file; checked before the YAML is composed.
  /// Default 32 (real maps nest 6 deep).
  public var maxDepth: Int
  /// The most nodes (keys, values, lists and mappings) one file may hold, so a pasted list of a
  /// million items is refused before it is composed. Default 250,000 (real maps hold about 1,000).
  public var maxNodes: Int
  /// How many nodes the aliases (`*name`) of one file may add by repeating what their anchors
  /// (`&name`) hold; stops "billion laughs" before anything expands. Default 10,000.
  public var maxAliasExpansion: Int
  /// How many characters of text (Unicode scalars) the aliases of one file may add by repeating
  /// what their anchors hold, so a few aliases of one long text cannot make a huge map. Default
  /// 100,000 (real maps use no aliases).
  public var maxAliasCharacters: Int
  /// The longest name or contact role, in characters (Unicode scalars): the texts drawn in the
  /// map. Default 500.
  public var maxNameLength: Int
  /// The longest of any other text: a note, purpose, description, basis or key. Default 5,000.
  public var maxTextLength: Int
  /// How many files one map may read through `include`, counting a file each time it is
  /// included. Default 100.
  public var maxIncludedFiles: Int
  /// The most actors a map may have once its includes are merged. Default 2,000.
  public var maxActors: Int
  /// The most routes a map may have once its includes are merged. Default 5,000.
  public var maxRoutes: Int

  /// The documented defaults.
  public init(
    maxFileSize: Int = 10_000_000, maxDepth: Int = 32, maxNodes: Int = 250_000,
    maxAliasExpansion: Int = 10_000, maxAliasCharacters: Int = 100_000,
    maxNameLength: Int = 500, maxTextLength: Int = 5_000, maxIncludedFiles: Int = 100,
    maxActors: Int = 2_000, maxRoutes: Int = 5_000
  ) {
    self.maxFileSize = maxFileSize
    self.maxDepth = maxDepth
    self.maxNodes = maxNodes
    self.maxAliasExpansion = maxAliasExpansion
    self.maxAliasCharacters = maxAliasCharacters
    self.maxNameLength = maxNameLength
    self.maxTextLength = maxTextLength
    self.maxIncludedFiles = maxIncludedFiles
    self.maxActors = maxActors
    self.maxRoutes = maxRoutes
  }
}
