import Foundation
import Samverkan
import SamverkanRender
import Testing

@Suite("MapDrawing and BatchShare: what render and the web server share")
struct MapDrawingTests {
  @Test("The workers' shares cover every file of a batch exactly once, in order")
  func sharesCoverEveryFileOnce() {
    for fileCount in 0...9 {
      let files = (0..<fileCount).map { "map-\($0).yaml" }
      for workers in 1...5 {
        let shares = (0..<workers).map { BatchShare(index: $0, count: workers).files(of: files) }
        #expect(shares.flatMap { $0 }.sorted() == files.sorted(), "\(fileCount) files, \(workers)")
        #expect(Set(shares.flatMap { $0 }).count == fileCount)
        // Worker i takes files i, i + count, i + 2·count, …
        for (index, share) in shares.enumerated() {
          #expect(share == stride(from: index, to: fileCount, by: workers).map { files[$0] })
        }
      }
    }
  }

  @Test("A share is written index/count; anything else is no share")
  func shareArgument() {
    #expect(BatchShare(argument: "1/3") == BatchShare(index: 1, count: 3))
    #expect(BatchShare(argument: "1/3")?.argument == "1/3")
    #expect(BatchShare(argument: "0/1") == BatchShare(index: 0, count: 1))
    for refused in ["3/3", "-1/3", "0/0", "1", "a/b", "1/2/3", ""] {
      #expect(BatchShare(argument: refused) == nil, "\(refused)")
    }
  }

  @Test("A batch starts one worker per file, at most --jobs, at least one")
  func workerCount() {
    #expect(BatchShare.workers(jobs: 4, files: 2) == 2)
    #expect(BatchShare.workers(jobs: 2, files: 10) == 2)
    #expect(BatchShare.workers(jobs: 1, files: 10) == 1)
    #expect(BatchShare.workers(jobs: 4, files: 0) == 1)
  }

  @Test("A batch writes each map to <folder>/<map id>.<format>")
  func outputNames() {
    #expect(
      BatchShare.outputFile(in: "out", mapID: "molndal", fileExtension: "svg") == "out/molndal.svg")
    #expect(
      BatchShare.outputFile(in: "out/", mapID: "orebro-region", fileExtension: "pdf")
        == "out/orebro-region.pdf")
    #expect(
      BatchShare.outputFile(in: "/tmp/a b", mapID: "molndal", fileExtension: "dot")
        == "/tmp/a b/molndal.dot")
  }

  @Test("The default view: the process for a municipality with a ladder, else the network")
  func defaultView() throws {
    // common brief: "process is the default for a municipality"; a template or a map without a
    // ladder is drawn as a network (MapView.standard).
    let molndal = try Fixture.molndal()
    #expect(molndal.kind == .municipality && !molndal.ladders.isEmpty)
    #expect(MapDrawing(map: molndal).shownView == .process)
    #expect(MapDrawing(map: molndal, view: .network).shownView == .network)
    // A highlight and the embeddable SVG mark actors and routes of the network.
    #expect(MapDrawing(map: molndal, embed: true).shownView == .network)
    let lit = Highlight(actors: ["bup"], routes: [])
    #expect(MapDrawing(map: molndal, highlight: lit).shownView == .network)
    #expect(MapDrawing(map: molndal, view: .process, highlight: lit).shownView == .process)
    var withoutLadder = molndal
    withoutLadder.ladders = []
    #expect(MapDrawing(map: withoutLadder).shownView == .network)
    let region = try MapLoader().load(
      Fixture.packageRoot.appendingPathComponent("Maps/regions/orebro.yaml").path)
    #expect(region.kind == .template)
    #expect(MapDrawing(map: region).shownView == .network)
  }

  @Test("The web page's network picture is the embeddable drawing, the same bytes")
  func webNetworkIsTheEmbeddedDrawing() throws {
    let molndal = try Fixture.molndal()
    let renderer = MapRenderer()
    let lit = Highlight(actors: ["bup"], routes: [])
    for highlight in [nil, lit] {
      let pictures = try MapPictures(map: molndal, renderer: renderer, highlight: highlight)
      let drawn = try MapDrawing(map: molndal, view: .network, highlight: highlight, embed: true)
        .draw(with: renderer, format: .svg)
      #expect(pictures.network.data == drawn.data)
      let svg = String(decoding: drawn.data, as: UTF8.self)
      #expect(svg.hasPrefix("<svg"))
      #expect(svg.contains("id=\"molndal-actor-bup\""))
    }
  }
}
