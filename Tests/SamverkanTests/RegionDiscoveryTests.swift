import Foundation
import Samverkan
import Testing

@Suite("Which maps belong to which region")
struct RegionDiscoveryTests {
  /// A folder with two regions: `nord` included by `a` directly and by `c` through `gemensam`,
  /// `syd` included by `b`; `d` includes nothing.
  private func folder() throws -> FixtureFolder {
    let folder = try FixtureFolder()
    for region in ["nord", "syd"] {
      try folder.write(
        "regions/\(region).yaml",
        "format: 1\nid: \(region)\nname: Region \(region)\nkind: template\nreviewed: 2026-11-23\n")
    }
    try folder.write(
      "gemensam/bas.yaml",
      "format: 1\nid: bas\nname: Bas\nkind: template\nreviewed: 2026-11-23\n"
        + "include:\n  - ../regions/nord.yaml\n")
    try folder.write("a.yaml", header + "include:\n  - regions/nord.yaml\n")
    try folder.write("b.yaml", header + "include: [\"regions/syd.yaml\"]\n")
    try folder.write("c.yaml", "# a comment\n" + header + "include:\n  - gemensam/bas.yaml\n")
    try folder.write("d.yaml", header)
    return folder
  }

  private func files(_ folder: FixtureFolder, _ names: [String]) -> [String] {
    names.map { folder.path("\($0).yaml") }
  }

  @Test("the regions are the templates in regions/, by file name")
  func regions() throws {
    let folder = try folder()
    let discovery = RegionDiscovery(folder: folder.url.path)
    #expect(discovery.regions().map(\.id) == ["nord", "syd"])
    #expect(discovery.region("syd")?.template == folder.path("regions/syd.yaml"))
    #expect(discovery.region("öst") == nil)
  }

  @Test("a map belongs to the region whose template it includes, directly or through a file")
  func members() throws {
    let folder = try folder()
    let discovery = RegionDiscovery(folder: folder.url.path)
    let all = files(folder, ["a", "b", "c", "d"])
    let nord = try #require(discovery.region("nord"))
    let syd = try #require(discovery.region("syd"))
    // b includes syd's template, not nord's: it is not counted for nord.
    #expect(try discovery.maps(in: nord, among: all) == files(folder, ["a", "c"]))
    #expect(try discovery.maps(in: syd, among: all) == files(folder, ["b"]))
    let grouped = try discovery.grouped(all)
    #expect(grouped.map(\.region.id) == ["nord", "syd"])
    #expect(grouped.map(\.maps) == [files(folder, ["a", "c"]), files(folder, ["b"])])
  }

  @Test("Västra Götaland's template is included by its four municipalities in Maps/")
  func realMaps() throws {
    let maps = RealMaps.packageRoot.appendingPathComponent("Maps")
    let discovery = RegionDiscovery(folder: maps.path)
    let all = RealMaps.names.map { maps.appendingPathComponent("\($0).yaml").path }
    let vgr = try #require(discovery.region("vastra-gotaland"))
    // The maps' include: lists: Göteborg Norra Hisingen, Härryda, Mölndal and Partille build on VGR's
    // template; Örebro and the Stockholm example on their own regions'.
    #expect(
      try discovery.maps(in: vgr, among: all).map {
        URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent
      } == ["goteborg-norra-hisingen", "harryda", "molndal", "partille"])
  }

  @Test("a loaded map's region is the one whose template its files include, as from the folder")
  func loadedMaps() throws {
    let maps = RealMaps.packageRoot.appendingPathComponent("Maps")
    let discovery = RegionDiscovery(folder: maps.path)
    let all = RealMaps.names.map { maps.appendingPathComponent("\($0).yaml").path }
    for region in discovery.regions() {
      let members = try discovery.maps(in: region, among: all)
      for file in all {
        let map = try MapLoader().load(file)
        #expect(
          discovery.regions(of: map).contains(region) == members.contains(file),
          "\(file) in \(region.id)")
      }
    }
    // Örebro's map builds on the template regions/orebro.yaml (its include: list).
    let orebro = try MapLoader().load(maps.appendingPathComponent("orebro.yaml").path)
    #expect(discovery.regions(of: orebro).map(\.id) == ["orebro"])
  }

  @Test("a file that is not YAML fails with the loader's own positioned error")
  func brokenFile() throws {
    let folder = try folder()
    // Line 5 (after the four of the header) opens a flow list that is never closed.
    let broken = try folder.write("broken.yaml", header + "include: [regions/nord.yaml\n")
    let discovery = RegionDiscovery(folder: folder.url.path)
    let nord = try #require(discovery.region("nord"))
    var loaderError: MapLoadError?
    do { _ = try MapLoader().load(broken) } catch let error as MapLoadError { loaderError = error }
    let expected = try #require(loaderError?.diagnostic)
    // libyaml misses the closing ']' where the file ends, on line 6.
    #expect(expected.location?.line == 6)
    do {
      _ = try discovery.maps(in: nord, among: files(folder, ["a"]) + [broken])
      Issue.record("a broken file was read")
    } catch let error as MapLoadError {
      #expect(error.diagnostic.rule == expected.rule)
      #expect(error.diagnostic.location == expected.location)
      #expect(error.diagnostic.message == expected.message)
    }
  }

  @Test("a file that is not UTF-8 fails at its first bad byte, as the loader says")
  func notUTF8() throws {
    let folder = try folder()
    let bad = try folder.write("latin1.yaml", bytes: Array(header.utf8) + [0x23, 0x20, 0xE5, 0x0A])
    let discovery = RegionDiscovery(folder: folder.url.path)
    let nord = try #require(discovery.region("nord"))
    do {
      _ = try discovery.maps(in: nord, among: [bad])
      Issue.record("a file that is not UTF-8 was read")
    } catch let error as MapLoadError {
      // The header is four lines; the bad byte 0xE5 is the third character of line 5.
      #expect(error.diagnostic.rule == "not-utf8")
      #expect(error.diagnostic.location?.line == 5)
      #expect(error.diagnostic.location?.column == 3)
    }
  }
}
