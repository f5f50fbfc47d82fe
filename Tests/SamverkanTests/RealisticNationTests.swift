import Foundation
import Testing

@testable import Samverkan

@Suite("A synthetic national model at realistic scale")
struct RealisticNationTests {
  static let reviewed = SyntheticNationTests.reviewed
  static let nation = SyntheticNation(
    municipalities: 290, seed: 42, reviewed: reviewed, schools: .realistic)

  /// The schools of a municipality map: one mentor each.
  static func schools(of map: CollaborationMap) -> Int {
    map.actors.filter { $0.id.hasSuffix("-mentor") }.count
  }

  /// FNV-1a over each file's path, a newline and its YAML, in `files` order.
  static func digest(_ nation: SyntheticNation) throws -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for file in nation.files {
      for byte in Array("\(file.path)\n".utf8) + Array(try file.yaml().utf8) {
        hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
      }
    }
    return hash
  }

  @Test("the default, few schools, writes the bytes it wrote before --schools existed")
  func defaultUnchanged() throws {
    // The digest of `samverkan generate --municipalities 290 --seed 42 --reviewed 2026-11-23`
    // built from b7a71fe, before the spread of schools was an option.
    let nation = SyntheticNationTests.nation
    #expect(try Self.digest(nation) == 0xf45b_8045_7416_c125)
    let explicit = SyntheticNation(
      municipalities: 290, seed: 42, reviewed: Self.reviewed, schools: .few)
    #expect(try Self.digest(explicit) == 0xf45b_8045_7416_c125)
  }

  @Test("two cities have 150 schools or more, Göteborg's slot the most; the nation 10,000+ actors")
  func counts() {
    let nation = Self.nation
    let schools = nation.municipalities.map { Self.schools(of: $0.map) }
    let seats = nation.municipalities.indices.filter {
      $0 == 0 || nation.regionOfMunicipality[$0 - 1] != nation.regionOfMunicipality[$0]
    }
    #expect(seats.map { schools[$0] } == RealisticSchoolCounts.countySeats)
    #expect(schools.filter { $0 >= 150 }.count == 2)
    #expect(schools.max() == 190)
    let goteborg = seats[11]
    #expect(nation.regionOfMunicipality[goteborg] == 11, "the Västra Götaland slot")
    #expect(schools[goteborg] == 190)
    #expect((4_000...5_500).contains(schools.reduce(0, +)), "\(schools.reduce(0, +)) schools")
    let others = nation.municipalities.indices.filter { !seats.contains($0) }.map { schools[$0] }
    #expect(others.allSatisfy { (3...70).contains($0) })
    #expect(others.filter { $0 <= 8 }.count > others.count / 3, "a long tail of small ones")
    #expect(others.filter { $0 >= 36 }.count >= 3, "a few large towns that are no seat")
    let loaded = nation.municipalities.indices.map { nation.loadedSize(ofMunicipality: $0) }
    #expect(loaded.map(\.actors).reduce(0, +) >= 10_000)
    let own = nation.files.map(\.map.actors.count).reduce(0, +)
    #expect(own >= 10_000, "\(own) actors in the files themselves")
    let gymnasia = nation.municipalities.flatMap(\.map.actors).filter {
      $0.name.hasSuffix("(gymnasium)")
    }
    #expect((10...30).contains(gymnasia.count * 100 / schools.reduce(0, +)), "18 % gymnasia")
  }

  @Test("the same seed gives the same bytes; another seed other tails, the same county seats")
  func deterministic() throws {
    let first = SyntheticNation(
      municipalities: 40, seed: 5, reviewed: Self.reviewed, schools: .realistic)
    let again = SyntheticNation(
      municipalities: 40, seed: 5, reviewed: Self.reviewed, schools: .realistic)
    #expect(try Self.digest(first) == Self.digest(again))
    let other = SyntheticNation(
      municipalities: 40, seed: 6, reviewed: Self.reviewed, schools: .realistic)
    #expect(try Self.digest(first) != Self.digest(other))
    let counts = { (nation: SyntheticNation) in
      nation.municipalities.map { Self.schools(of: $0.map) }
    }
    #expect(counts(first) != counts(other))
    #expect(counts(first)[0] == 175 && counts(other)[0] == 175, "the Stockholm slot")
  }

  @Test("the file says how it was made, as a command")
  func origin() throws {
    let text = try Self.nation.municipalities[0].yaml()
    #expect(text.contains("samverkan generate --seed 42 --schools realistic"))
    let each = SyntheticNation(
      municipalities: 1, seed: 3, reviewed: Self.reviewed, schools: .each(12))
    #expect(try each.municipalities[0].yaml().contains("generate --seed 3 --schools 12`"))
    #expect(try !SyntheticNationTests.nation.municipalities[0].yaml().contains("--schools"))
  }

  @Test("every realistic map is valid under every rule, with no finding at all")
  func valid() {
    for index in Self.nation.municipalities.indices {
      let map = SyntheticNationTests.merged(index, of: Self.nation)
      let findings = SyntheticNationTests.validator.validate(map)
      #expect(findings.isEmpty, "\(map.id): \(findings.prefix(5).map(\.message))")
    }
  }

  @Test("each(n) gives every municipality n schools, each with its own rektor, mentor and team")
  func each() {
    let nation = SyntheticNation(
      municipalities: 3, seed: 9, reviewed: Self.reviewed, schools: .each(240))
    for (index, file) in nation.municipalities.enumerated() {
      let map = SyntheticNationTests.merged(index, of: nation)
      #expect(Self.schools(of: file.map) == 240)
      #expect(file.map.actors.count <= 2_000 && file.map.routes.count <= 5_000, "loadable")
      for number in [1, 137, 240] {
        #expect(map.actor("skola-\(number)")?.parent == "utbildningsforvaltning")
        #expect(map.actor("skola-\(number)-mentor")?.parent == "skola-\(number)")
        #expect(map.actor("skola-\(number)-eht")?.parent == "skola-\(number)")
        #expect(map.ladders.contains { $0.id == "franvaro-skola-\(number)" })
      }
      #expect(SyntheticNationTests.validator.validate(map).isEmpty, "\(map.id)")
    }
  }

  @Test(
    "--schools reads few, realistic or a number from 1 to 240",
    arguments: [
      ("few", SyntheticSchools.few), ("realistic", .realistic), ("1", .each(1)),
      ("240", .each(240)), ("150", .each(150)), ("0", nil), ("241", nil), ("-3", nil),
      ("Realistic", nil), ("", nil), ("many", nil),
    ] as [(String, SyntheticSchools?)])
  func parsing(text: String, expected: SyntheticSchools?) {
    #expect(SyntheticSchools(parsing: text) == expected)
    if let expected { #expect(expected.argument == text) }
  }
}
