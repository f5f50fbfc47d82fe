import Foundation

extension RenderCache {
  /// How long an entry nobody used is kept: 30 days.
  public static let maxAge: TimeInterval = 30 * 24 * 3600
  /// How large the folder may grow: 256 MB; the entries used longest ago go first.
  public static let maxBytes = 256 * 1024 * 1024

  /// Removes the cache's own files that were last used more than `maxAge` ago, then the oldest
  /// until the rest take at most `maxBytes`. Only files named as this cache names them are
  /// touched (`<16 hex digits>.…` and `map-<16 hex digits>.…`, temporary ones and those of
  /// earlier versions included), so a folder given with `--cache` loses nothing else.
  public func prune(maxAge: TimeInterval = maxAge, maxBytes: Int = maxBytes, now: Date = Date()) {
    guard
      let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
    else { return }
    var kept: [(url: URL, used: Date, size: Int)] = []
    for name in names where Self.isCacheFile(name) {
      let url = folder.appendingPathComponent(name)
      guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
        attributes[.type] as? FileAttributeType == .typeRegular,
        let used = attributes[.modificationDate] as? Date,
        let size = (attributes[.size] as? NSNumber)?.intValue
      else { continue }
      if now.timeIntervalSince(used) > maxAge {
        try? FileManager.default.removeItem(at: url)
      } else {
        kept.append((url, used, size))
      }
    }
    var total = kept.reduce(0) { $0 + $1.size }
    for file in kept.sorted(by: { $0.used < $1.used }) where total > maxBytes {
      try? FileManager.default.removeItem(at: file.url)
      total -= file.size
    }
  }

  /// Whether a file name is one this cache writes.
  static func isCacheFile(_ name: String) -> Bool {
    let hex = name.hasPrefix("map-") ? name.dropFirst(4) : name[...]
    let digits = hex.prefix(16)
    return digits.count == 16 && digits.allSatisfy(\.isHexDigit)
      && hex.dropFirst(16).first == "."
  }
}
