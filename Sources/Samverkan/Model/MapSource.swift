/// A document a map rests on: its file, and the title a reader knows it by when the map gives one.
///
/// A map file writes either the file alone (`- "domain.md"`) or both
/// (`- {file: "seeds/000_….txt", title: "FoU Nordväst: …"}`).
public struct MapSource: Sendable, Hashable, Codable, ExpressibleByStringLiteral {
  /// The file, as the map names it: `seeds/001_a8a039e31b07c79d.txt`.
  public var file: String
  /// The document's title, for readers; nil when the map gives none.
  public var title: String?

  public init(file: String, title: String? = nil) {
    self.file = file
    self.title = title
  }

  public init(stringLiteral file: String) { self.init(file: file) }

  /// What a reader is shown: the title, or the file when the map gives no title.
  public var shown: String { title ?? file }

  enum CodingKeys: String, CodingKey, CaseIterable {
    case file, title
  }

  public init(from decoder: any Decoder) throws {
    if let file = try? decoder.singleValueContainer().decode(String.self) {
      self.init(file: file)
      return
    }
    let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
    self.init(
      file: try c.decodeText(forKey: .file),
      title: try c.decodeIfPresent(String.self, forKey: .title).map { _ in
        try c.decodeText(forKey: .title)
      })
  }

  public func encode(to encoder: any Encoder) throws {
    guard let title else {
      var single = encoder.singleValueContainer()
      try single.encode(file)
      return
    }
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(file, forKey: .file)
    try c.encode(title, forKey: .title)
  }
}
