import Foundation
import Samverkan

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes command output: to a file atomically (a temporary file renamed into place, so a failed
/// run never leaves half a file or spoils a good one), or to standard output.
///
/// Only regular files are written. A device, FIFO, socket or folder named as output is refused
/// before anything is read or written, and so is any file a map was read from. A symbolic link is
/// followed: the file it points to is replaced (atomically, in that file's own folder) and the link
/// stays; a link that points at anything but a regular file, or at nothing, is refused.
///
/// Foundation's `.atomic` makes the temporary file in the target's own folder, so the rename
/// cannot cross file systems, and removes it when the write or the rename fails; on Linux too
/// (swift-foundation's `writeToFileAux`). `OutputSafetyTests` checks both.
/// A file that already holds exactly these bytes is left as it is, modification time included, so
/// a run over unchanged maps writes nothing.
enum OutputFile {
  /// Writes `data` to the regular file `path` (standard output when nil), never over `inputs`.
  static func write(_ data: Data, to path: String?, inputs: [String] = []) throws {
    guard let path else {
      FileHandle.standardOutput.write(data)
      return
    }
    let target = try regularFile(path, inputs: inputs)
    if let existing = FileManager.default.contents(atPath: target), existing == data { return }
    do {
      try data.write(to: URL(fileURLWithPath: target), options: .atomic)
    } catch {
      throw ConsoleError(L10n.cli("output.cannot-write", path, plain(error)))
    }
  }

  /// The path to write for the output `path`: itself, or the regular file its symbolic link names.
  /// Throws, naming `path` and what to do, when it is anything but a regular file (or none yet) or
  /// is the same file as one of `inputs`.
  static func regularFile(_ path: String, inputs: [String] = []) throws -> String {
    var info = stat()
    guard lstat(path, &info) == 0 else {
      if errno == ENOENT { return path }
      throw ConsoleError(L10n.cli("output.cannot-write", path, reason(errno)))
    }
    var target = path
    if info.st_mode & S_IFMT == S_IFLNK {
      guard let real = realpath(path, nil) else {
        throw ConsoleError(L10n.cli("output.dangling-link", path))
      }
      target = String(cString: real)
      free(real)
      guard stat(target, &info) == 0 else {
        throw ConsoleError(L10n.cli("output.cannot-write", path, reason(errno)))
      }
    }
    let kind = info.st_mode & S_IFMT
    guard kind == S_IFREG else {
      let refusal =
        switch kind {
        case S_IFDIR: L10n.cli("output.refused.folder", path)
        case S_IFCHR, S_IFBLK: L10n.cli("output.refused.device", path)
        case S_IFIFO: L10n.cli("output.refused.fifo", path)
        case S_IFSOCK: L10n.cli("output.refused.socket", path)
        default: L10n.cli("output.refused.other", path)
        }
      guard target == path else {
        throw ConsoleError(L10n.cli("output.refused.through-link", refusal, target))
      }
      throw ConsoleError(refusal)
    }
    for input in inputs {
      var other = stat()
      if stat(input, &other) == 0, other.st_dev == info.st_dev, other.st_ino == info.st_ino {
        throw ConsoleError(L10n.cli("output.refused.map-file", path, input))
      }
    }
    return target
  }

  /// Creates a folder (and its parents) for output; refuses a path that is not a folder.
  static func makeFolder(_ path: String) throws {
    var info = stat()
    if stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFDIR {
      throw ConsoleError(L10n.cli("output.not-a-folder", path))
    }
    do {
      try FileManager.default.createDirectory(
        atPath: path, withIntermediateDirectories: true)
    } catch {
      throw ConsoleError(L10n.cli("output.cannot-create-folder", path, plain(error)))
    }
  }

  /// An error in words, without Foundation's domain and code: the POSIX reason when there is one.
  static func plain(_ error: any Error) -> String {
    let nsError = error as NSError
    if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? any Error,
      (underlying as NSError).domain == NSPOSIXErrorDomain
    {
      return reason(Int32((underlying as NSError).code))
    }
    if nsError.domain == NSPOSIXErrorDomain {
      return reason(Int32(nsError.code))
    }
    switch nsError.code {
    case NSFileNoSuchFileError, NSFileReadNoSuchFileError: return reason(ENOENT)
    case NSFileWriteNoPermissionError, NSFileReadNoPermissionError: return reason(EACCES)
    case NSFileWriteOutOfSpaceError: return reason(ENOSPC)
    case NSFileWriteFileExistsError: return reason(EEXIST)
    case NSFileWriteVolumeReadOnlyError: return reason(EROFS)
    default: return L10n.cli("output.reason.refused")
    }
  }

  /// A POSIX error number in words: the common ones in the current language, any other as the C
  /// library says it.
  static func reason(_ code: Int32) -> String {
    switch code {
    case ENOENT: L10n.cli("output.reason.no-such-file")
    case EACCES, EPERM: L10n.cli("output.reason.permission")
    case ENOSPC: L10n.cli("output.reason.no-space")
    case EEXIST: L10n.cli("output.reason.exists")
    case EROFS: L10n.cli("output.reason.read-only")
    case EFBIG: L10n.cli("output.reason.too-large")
    case ENOTDIR: L10n.cli("output.reason.not-a-folder")
    case EISDIR: L10n.cli("output.reason.is-a-folder")
    default: String(cString: strerror(code))
    }
  }
}
