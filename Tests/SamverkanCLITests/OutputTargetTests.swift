import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// A small valid map with the id `id`, drawn in well under a second.
func smallMap(id: String, name: String = "Liten karta") -> String {
  """
  format: 1
  id: \(id)
  name: \(name)
  reviewed: 2026-11-23
  actors:
    - id: skola
      name: Skolan
      kind: organisation
      sector: school
    - id: socialtjanst
      name: Socialtjänsten
      kind: organisation
      sector: social-services
  routes:
    - id: oro
      from: skola
      to: socialtjanst
      channel: report-of-concern
      consent: not-required
      provision: SoL 19 kap. 1 §

  """
}

/// What is in `folder`, one line per entry, without reading anything but regular files (a FIFO
/// would block): `file <bytes>`, `fifo`, `folder`, `link -> <destination>`.
func entries(_ folder: URL) throws -> [String: String] {
  var result: [String: String] = [:]
  for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
    let path = folder.appendingPathComponent(name).path
    var info = stat()
    guard lstat(path, &info) == 0 else { continue }
    switch info.st_mode & S_IFMT {
    case S_IFREG:
      result[name] =
        "file " + String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    case S_IFIFO: result[name] = "fifo"
    case S_IFDIR: result[name] = "folder"
    case S_IFLNK:
      result[name] = "link -> " + (try FileManager.default.destinationOfSymbolicLink(atPath: path))
    default: result[name] = "other"
    }
  }
  return result
}

private let scriptTool = "/usr/bin/script"
private let python = "/usr/bin/python3"

@Suite("OutputSafety: -o writes regular files only and never an input")
struct OutputSafetyTargetTests {
  @Test("a FIFO named as -o is refused with exit code 2, naming it, and stays a FIFO")
  func fifoRefused() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let fifo = folder.appendingPathComponent("out.svg")
    #expect(mkfifo(fifo.path, 0o644) == 0)
    let result = try CommandRunner.run(
      ["render", "Maps/molndal.yaml", "-o", fifo.path], timeout: 60)
    #expect(!result.timedOut)
    #expect(result.status == 2)
    #expect(result.stderr.contains("fel: \(fifo.path) är en FIFO"), "\(result.stderr)")
    #expect(try entries(folder) == ["out.svg": "fifo"])
  }

  @Test(
    "a socket named as -o is refused and stays a socket",
    .enabled(if: FileManager.default.isExecutableFile(atPath: python), "needs python3 to bind one"))
  func socketRefused() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let socket = folder.appendingPathComponent("out.svg")
    let bound = try CommandRunner.run(
      URL(fileURLWithPath: python),
      ["-c", "import socket,sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])", socket.path])
    #expect(bound.status == 0, "\(bound.stderr)")
    let result = try CommandRunner.run(["render", "Maps/molndal.yaml", "-o", socket.path])
    #expect(result.status == 2)
    #expect(result.stderr.contains("fel: \(socket.path) är en socket"), "\(result.stderr)")
    #expect(try entries(folder) == ["out.svg": "other"])
  }

  @Test(
    "a device, named directly or through a symbolic link, is refused and the link kept",
    arguments: ["render", "export-dot", "overview"])
  func deviceRefused(command: String) throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    // Through a link, so that a regression replaces the link in this folder, never /dev/null.
    let link = folder.appendingPathComponent("null")
    try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "/dev/null")
    let arguments =
      command == "overview"
      ? ["overview", "Maps/", "--region", "vastra-gotaland", "-o", link.path]
      : [command, "Maps/molndal.yaml", "-o", link.path]
    let result = try CommandRunner.run(arguments, timeout: 120)
    #expect(result.status == 2)
    #expect(
      result.stderr.contains("\(link.path) är en enhet")
        && result.stderr.contains("genom den symboliska länken till /dev/null"),
      "\(result.stderr)")
    #expect(try entries(folder) == ["null": "link -> /dev/null"])
    var info = stat()
    #expect(stat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
  }

  @Test("the map file named as -o is refused and stays byte for byte", arguments: [false, true])
  func inputRefused(template: Bool) throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let map = folder.appendingPathComponent("karta.yaml")
    let regions = folder.appendingPathComponent("regions")
    try FileManager.default.createDirectory(at: regions, withIntermediateDirectories: true)
    let templateFile = regions.appendingPathComponent("mall.yaml")
    try Data(smallMap(id: "mall").utf8).write(to: templateFile)
    let text = smallMap(id: "karta").replacingOccurrences(
      of: "reviewed:", with: "include:\n  - regions/mall.yaml\nreviewed:")
    try Data(text.utf8).write(to: map)
    let target = template ? templateFile : map
    let before = try Data(contentsOf: target)
    let result = try CommandRunner.run(["render", map.path, "-o", target.path], timeout: 60)
    #expect(result.status == 2)
    #expect(
      result.stderr.contains("\(target.path) är kartfilen"), "\(result.stderr)")
    #expect(try Data(contentsOf: target) == before)
    #expect(try entries(folder).count == 2)
  }

  @Test("a symbolic link to a regular file is followed: the file is replaced, the link kept")
  func symlinkFollowed() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let real = folder.appendingPathComponent("real.svg")
    try Data("old".utf8).write(to: real)
    let link = folder.appendingPathComponent("link.svg")
    try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: real.path)
    let result = try CommandRunner.run(["render", "Maps/molndal.yaml", "-o", link.path])
    #expect(result.status == 0, "\(result.stderr)")
    let found = try entries(folder)
    #expect(found.keys.sorted() == ["link.svg", "real.svg"])
    #expect(found["link.svg"] == "link -> \(real.path)")
    #expect(found["real.svg"]?.hasPrefix("file <?xml") == true)
  }

  @Test("a symbolic link to nothing is refused and left as it was")
  func danglingLinkRefused() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let link = folder.appendingPathComponent("link.svg")
    try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "/nowhere")
    let result = try CommandRunner.run(["render", "Maps/molndal.yaml", "-o", link.path])
    #expect(result.status == 2)
    #expect(
      result.stderr.contains("symbolisk länk som inte pekar på något"), "\(result.stderr)")
    #expect(try entries(folder) == ["link.svg": "link -> /nowhere"])
  }

  @Test(
    "the format follows -o's extension when --format is left out",
    arguments: [
      ("x.png", [0x89, 0x50, 0x4E, 0x47]), ("x.pdf", [0x25, 0x50, 0x44, 0x46]),
      ("x.dot", Array("digraph".utf8)), ("x.svg", Array("<?xml".utf8)),
    ])
  func formatFromExtension(name: String, magic: [UInt8]) throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent(name)
    let result = try CommandRunner.run(["render", "Maps/molndal.yaml", "-o", target.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try Array(Data(contentsOf: target).prefix(magic.count)) == magic)
  }

  @Test("--format that contradicts -o's extension is refused and writes nothing")
  func formatMismatchRefused() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("x.png")
    let result = try CommandRunner.run(
      ["render", "Maps/molndal.yaml", "-o", target.path, "--format", "svg"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("är en .png-fil men --format är svg"), "\(result.stderr)")
    #expect(try entries(folder).isEmpty)
  }

  @Test("export-dot refuses an -o that names a picture format and writes nothing")
  func exportDOTExtension() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("x.svg")
    let result = try CommandRunner.run(["export-dot", "Maps/molndal.yaml", "-o", target.path])
    #expect(result.status == 2)
    #expect(result.stderr.contains("export-dot skriver DOT-text"), "\(result.stderr)")
    #expect(try entries(folder).isEmpty)
  }

  @Test(
    "PNG and PDF to a terminal are refused",
    .enabled(
      if: FileManager.default.isExecutableFile(atPath: scriptTool), "needs script(1) for a terminal"
    ),
    arguments: ["png", "pdf"])
  func binaryToTerminalRefused(format: String) throws {
    let command = "\(CommandRunner.binary.path) render Maps/molndal.yaml --format \(format)"
    let result = try CommandRunner.run(
      URL(fileURLWithPath: scriptTool), ["-qec", command, "/dev/null"], timeout: 60)
    #expect(result.status == 2)
    #expect(
      result.stdout.contains("\(format.uppercased()) är binärt och standard ut är en terminal"),
      "\(result.stdout)")
    #expect(!result.stdout.contains("PNG\r\n"))
  }

  @Test(
    "two maps with one id in a batch are refused, naming both files; one picture, no claims left",
    arguments: ["1", "2"])
  func duplicateIDRefused(jobs: String) throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let maps = folder.appendingPathComponent("maps")
    let out = folder.appendingPathComponent("out")
    let temporary = folder.appendingPathComponent("tmp")
    for folder in [maps, temporary] {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }
    try Data(smallMap(id: "samma", name: "Ett").utf8).write(
      to: maps.appendingPathComponent("a.yaml"))
    try Data(smallMap(id: "samma", name: "Två").utf8).write(
      to: maps.appendingPathComponent("b.yaml"))
    let result = try CommandRunner.run(
      ["render", maps.path, "-o", out.path, "--jobs", jobs, "--no-cache"],
      environment: ["TMPDIR": temporary.path])
    #expect(result.status == 2)
    #expect(
      result.stderr.contains("a.yaml och \(maps.path)/b.yaml har båda kart-id 'samma'")
        || result.stderr.contains("b.yaml och \(maps.path)/a.yaml har båda kart-id 'samma'"),
      "\(result.stderr)")
    #expect(try entries(out).keys.sorted() == ["samma.svg"])
    #expect(try entries(temporary).isEmpty)
  }

  @Test("report refuses two maps with one id, naming both files")
  func reportDuplicateIDRefused() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let maps = folder.appendingPathComponent("maps")
    let out = folder.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: maps, withIntermediateDirectories: true)
    try Data(smallMap(id: "samma", name: "Ett").utf8).write(
      to: maps.appendingPathComponent("a.yaml"))
    try Data(smallMap(id: "samma", name: "Två").utf8).write(
      to: maps.appendingPathComponent("b.yaml"))
    let result = try CommandRunner.run(["report", maps.path, "-o", out.path, "--no-cache"])
    #expect(result.status == 2)
    #expect(
      result.stderr.contains("\(maps.path)/a.yaml och \(maps.path)/b.yaml har båda kart-id"),
      "\(result.stderr)")
    let page = try String(
      contentsOf: out.appendingPathComponent("samma/index.html"), encoding: .utf8)
    #expect(page.contains("<h1>Ett</h1>"))
  }

  @Test("a file size limit (SIGXFSZ) fails the write with exit 2; the old file stays, no temporary")
  func fileSizeLimit() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("out.svg")
    try Data("good".utf8).write(to: target)
    let command =
      "ulimit -f 10; exec \(CommandRunner.binary.path) render Maps/molndal.yaml -o \(target.path)"
    let result = try CommandRunner.run(URL(fileURLWithPath: "/bin/sh"), ["-c", command])
    #expect(result.status == 2)
    #expect(
      result.stderr.contains("kan inte skriva \(target.path): filen blir för stor"),
      "\(result.stderr)")
    #expect(try entries(folder) == ["out.svg": "file good"])
  }
}
