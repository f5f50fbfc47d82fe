import Foundation

/// What one file of a map held when the loader read it: where it was named, the file that name led
/// to, and the size and hash of the bytes read.
///
/// A cache of anything made from a map keeps the digests the loader made at the moment it read
/// each file, not digests made later, so an edit during a render is never paired with the old
/// picture. `matchesDisk()` tells whether the name still leads to the same file with the same
/// bytes: a symbolic link re-pointed, or another file in its place, is a change.
public struct SourceDigest: Sendable, Codable, Equatable {
  /// The file's absolute path as named (by the command line or an include), links unresolved.
  public var named: String
  /// The file the name led to, every symbolic link resolved.
  public var real: String
  public var size: Int
  /// FNV-1a, 64 bits, of the bytes read.
  public var hash: UInt64

  public init(named: String, real: String, bytes: Data) {
    self.named = named
    self.real = real
    size = bytes.count
    hash = Self.hash(bytes)
  }

  /// The digest of the file `named` as it reads now; nil when it cannot be read.
  public init?(reading named: String) {
    guard let real = Self.realPath(of: named),
      let bytes = FileManager.default.contents(atPath: real)
    else { return nil }
    self.init(named: named, real: real, bytes: bytes)
  }

  /// Whether `named` still leads to `real`, and that file still holds the same bytes.
  public func matchesDisk() -> Bool {
    SourceDigest(reading: named) == self
  }

  /// The path with every symbolic link resolved; nil when it leads nowhere.
  public static func realPath(of path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// An absolute path for `path`, from the working directory, `.` and `..` taken out.
  public static func absolute(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.path
  }

  /// FNV-1a, 64 bits.
  static func hash(_ bytes: Data) -> UInt64 {
    bytes.withUnsafeBytes { buffer in
      buffer.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01b3 }
    }
  }
}
