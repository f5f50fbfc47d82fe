import Foundation

/// Where the program that is running was started from.
public enum RunningExecutable {
  /// The running executable's absolute path, nil when it cannot be found. On Linux the kernel's
  /// link `/proc/self/exe` names it: `Bundle.main`, the portable way, first lists the
  /// executable's folder, 21 M instructions on every render the cache answers (callgrind).
  public static let path: String? = {
    #if os(Linux)
      return try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
    #else
      return Bundle.main.executablePath
    #endif
  }()
}
