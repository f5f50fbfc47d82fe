import Foundation

/// The build of the program that is running: its executable's size and modification time. Part
/// of every cache key, so that a rebuilt or upgraded samverkan never replays what another build
/// drew (the version number alone does not change between builds).
public enum BuildIdentity {
  /// "size modification-time" of the running executable; "unknown" when it cannot be read.
  public static let current: String = {
    guard let path = RunningExecutable.path,
      let attributes = try? FileManager.default.attributesOfItem(atPath: path),
      let size = attributes[.size] as? NSNumber,
      let modified = attributes[.modificationDate] as? Date
    else { return "unknown" }
    return "\(size.intValue) \(modified.timeIntervalSince1970)"
  }()
}
