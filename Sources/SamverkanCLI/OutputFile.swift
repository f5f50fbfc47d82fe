import Foundation

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
      throw ConsoleError("cannot write \(path): \(plain(error))")
    }
  }

  /// The path to write for the output `path`: itself, or the regular file its symbolic link names.
  /// Throws, naming `path` and what to do, when it is anything but a regular file (or none yet) or
  /// is the same file as one of `inputs`.
  static func regularFile(_ path: String, inputs: [String] = []) throws -> String {
    var info = stat()
    guard lstat(path, &info) == 0 else {
      if errno == ENOENT { return path }
      throw ConsoleError("cannot write \(path): \(String(cString: strerror(errno)))")
    }
    var target = path
    if info.st_mode & S_IFMT == S_IFLNK {
      guard let real = realpath(path, nil) else {
        throw ConsoleError(
          "\(path) is a symbolic link to nothing; remove it or name another output file")
      }
      target = String(cString: real)
      free(real)
      guard stat(target, &info) == 0 else {
        throw ConsoleError("cannot write \(path): \(String(cString: strerror(errno)))")
      }
    }
    let kind = info.st_mode & S_IFMT
    guard kind == S_IFREG else {
      let what =
        switch kind {
        case S_IFDIR:
          "a folder; name a file for one map, or give several maps (or a folder) to write into it"
        case S_IFCHR, S_IFBLK:
          "a device; samverkan writes only regular files: leave out -o to write to standard output"
        case S_IFIFO:
          "a FIFO (named pipe); samverkan writes only regular files: leave out -o and pipe "
            + "standard output instead"
        case S_IFSOCK: "a socket; samverkan writes only regular files"
        default: "not a regular file; samverkan writes only regular files"
        }
      let link = target == path ? "" : " (through the symbolic link to \(target))"
      throw ConsoleError("\(path) is \(what)\(link)")
    }
    for input in inputs {
      var other = stat()
      if stat(input, &other) == 0, other.st_dev == info.st_dev, other.st_ino == info.st_ino {
        throw ConsoleError(
          "\(path) is the map file \(input), which the output would replace; "
            + "name another output file")
      }
    }
    return target
  }

  /// Creates a folder (and its parents) for output; refuses a path that is not a folder.
  static func makeFolder(_ path: String) throws {
    var info = stat()
    if stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFDIR {
      throw ConsoleError(
        "\(path) is not a folder; several maps and reports need -o naming a folder")
    }
    do {
      try FileManager.default.createDirectory(
        atPath: path, withIntermediateDirectories: true)
    } catch {
      throw ConsoleError("cannot create folder \(path): \(plain(error))")
    }
  }

  /// An error in words, without Foundation's domain and code: the POSIX reason when there is one.
  static func plain(_ error: any Error) -> String {
    let nsError = error as NSError
    if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? any Error,
      (underlying as NSError).domain == NSPOSIXErrorDomain
    {
      return String(cString: strerror(Int32((underlying as NSError).code)))
    }
    if nsError.domain == NSPOSIXErrorDomain {
      return String(cString: strerror(Int32(nsError.code)))
    }
    switch nsError.code {
    case NSFileNoSuchFileError, NSFileReadNoSuchFileError: return "no such file or folder"
    case NSFileWriteNoPermissionError, NSFileReadNoPermissionError: return "permission denied"
    case NSFileWriteOutOfSpaceError: return "no space left on the device"
    case NSFileWriteFileExistsError: return "a file of that name is in the way"
    case NSFileWriteVolumeReadOnlyError: return "the file system is read-only"
    default: return "the file system refused it"
    }
  }
}
