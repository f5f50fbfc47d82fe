import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Samverkan
import SamverkanRender
import Synchronization
import Testing

@testable import SamverkanWeb

/// The package's folder, to find `Maps/` and the built binary.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()
let mapsFolder = packageRoot.appendingPathComponent("Maps").path

/// One server of `Maps/` for the route tests (loading and drawing once).
let sharedServer = WebServer(paths: [mapsFolder])

func withClient(
  _ server: WebServer = sharedServer, _ setup: TestingSetup = .router,
  _ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void
) async throws {
  try await Application(router: server.router()).test(setup) { client in try await body(client) }
}

let json: HTTPFields = [.accept: "application/json"]

extension TestResponse {
  var text: String { String(buffer: body) }
}

@Suite("samverkan serve: the routes in HTML and JSON")
struct WebRouteTests {
  @Test("/ lists the maps by region with review date and findings; JSON the same")
  func index() async throws {
    try await withClient { client in
      try await client.execute(uri: "/", method: .get) { response in
        #expect(response.status == .ok)
        #expect(response.headers[.contentType] == "text/html; charset=utf-8")
        // Maps/molndal.yaml includes regions/vastra-gotaland.yaml, whose name is the region's.
        #expect(response.text.contains("<h2>Västra Götalandsregionen</h2>"))
        #expect(response.text.contains("<a href=\"/karta/molndal\">Mölndals stad</a>"))
        #expect(response.text.contains("2026-12-01"))
      }
      try await client.execute(uri: "/", method: .get, headers: json) { response in
        #expect(response.headers[.contentType] == "application/json; charset=utf-8")
        let document = try JSONSerialization.jsonObject(with: Data(buffer: response.body))
        let maps = try #require((document as? [String: Any])?["maps"] as? [[String: Any]])
        #expect(maps.count == 6)
        let molndal = try #require(maps.first { $0["id"] as? String == "molndal" })
        #expect(molndal["region"] as? String == "Västra Götalandsregionen")
        #expect(molndal["reviewed"] as? String == "2026-12-01")
      }
    }
  }

  @Test("/karta/molndal: both pictures inline, sanitised, with the actors' panels and the script")
  func mapPage() async throws {
    try await withClient { client in
      try await client.execute(uri: "/karta/molndal", method: .get) { response in
        #expect(response.status == .ok)
        let page = response.text
        #expect(page.contains("data-id-prefix=\"molndal-process\""))
        #expect(page.contains("data-id-prefix=\"molndal\""))
        #expect(page.contains("id=\"molndal-actor-kurator\""))
        #expect(page.contains("<section class=\"panel\" id=\"aktor-kurator\""))
        #expect(page.contains("<script src=\"/static/samverkan.js\" defer></script>"))
        // No inline script and no event attribute anywhere in the page.
        #expect(!page.contains("<script>"))
        #expect(page.range(of: #"\son[a-z]+="#, options: .regularExpression) == nil)
        #expect(
          response.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true)
        #expect(response.headers[.xContentTypeOptions] == "nosniff")
      }
      try await client.execute(uri: "/karta/molndal", method: .get, headers: json) { response in
        let document = try #require(
          try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
        let actors = try #require(document["actors"] as? [[String: Any]])
        #expect(actors.contains { $0["id"] as? String == "kurator" })
      }
      try await client.execute(uri: "/static/samverkan.js", method: .get) { response in
        #expect(response.headers[.contentType] == "text/javascript; charset=utf-8")
        #expect(response.text.contains("viewBox"))
      }
    }
  }

  @Test("/karta/molndal/fraga: the answer of samverkan who, first UPH, path from the kurator lit")
  func whoAnswer() async throws {
    try await withClient { client in
      // Mild anxiety at 13 in Mölndal: VGR's UPH (tilläggsuppdrag, lindrig/måttlig, 6-17 år)
      // comes first, as `samverkan who Maps/molndal.yaml ångest --age 13 --severity mild`.
      let uri = "/karta/molndal/fraga?text=%C3%A5ngest&fran=kurator&alder=13&grad=mild"
      try await client.execute(uri: uri, method: .get) { response in
        #expect(response.status == .ok)
        let page = response.text
        let answer = try #require(page.range(of: "<ol class=\"answers\">"))
        let first = page[answer.upperBound...].prefix(400)
        #expect(first.contains("Vårdcentral med tilläggsuppdrag för ungas psykiska hälsa (UPH)"))
        // The lit path: the answer's node and a route are drawn highlighted.
        #expect(page.contains("highlighted"))
        #expect(page.contains("faded"))
        // The form keeps what was asked.
        #expect(page.contains("value=\"ångest\""))
        #expect(page.contains("<option value=\"kurator\" selected>"))
      }
      try await client.execute(uri: uri, method: .get, headers: json) { response in
        let expected = try cliOutput([
          "who", "Maps/molndal.yaml", "ångest", "--from", "kurator", "--age", "13", "--severity",
          "mild", "--format", "json",
        ])
        #expect(response.text == expected)
      }
    }
  }

  @Test("the form shows what was asked in words: 'rektor' and 'allvarlig' come back chosen")
  func formKeepsTypedWords() async throws {
    try await withClient { client in
      // Härryda's school unit: "Grundskolorna i Härryda", contact role "Rektor på elevens skola"
      // (Maps/harryda.yaml, id skola); `who --from rektor` asks as that unit, and the form must
      // show the same unit chosen, not "ingen". "allvarlig" is the Swedish word for severe.
      let uri =
        "/karta/harryda/fraga?text=sl%C3%A5r%20sig%20sj%C3%A4lv&fran=rektor&alder=15&grad=allvarlig"
      try await client.execute(uri: uri, method: .get) { response in
        #expect(response.status == .ok)
        #expect(response.text.contains("<option value=\"skola\" selected>"))
        #expect(response.text.contains("<option value=\"severe\" selected>"))
      }
      let caseURI = "/karta/harryda/fall?text=%C3%A5ngest&alder=13&grad=m%C3%A5ttlig"
      try await client.execute(uri: caseURI, method: .get) { response in
        #expect(response.status == .ok)
        #expect(response.text.contains("<option value=\"moderate\" selected>"))
      }
    }
  }

  @Test("an unknown concern, actor or age is a 400 with the reason, the form still there")
  func refusedQuestions() async throws {
    try await withClient { client in
      for (query, words) in [
        // The messages of `samverkan who`, escaped in the page ("'" as "&#39;").
        ("text=xyzzy", "Inget område passar &#39;xyzzy&#39;."),
        ("text=%C3%A5ngest&fran=nobody", "ingen aktör &#39;nobody&#39;"),
        ("text=%C3%A5ngest&alder=99", "Åldern &#39;99&#39;"),
        ("text=", "Skriv vad det gäller"),
      ] {
        try await client.execute(uri: "/karta/molndal/fraga?\(query)", method: .get) { response in
          #expect(response.status == .badRequest, "\(query)")
          #expect(response.text.contains(words), "\(query)")
          #expect(response.text.contains("<form class=\"who\""))
        }
        try await client.execute(uri: "/karta/molndal/fraga?\(query)", method: .get, headers: json)
        { response in
          #expect(response.status == .badRequest)
          #expect(response.text.contains("\"error\""))
        }
      }
    }
  }

  @Test("script in every parameter comes back escaped, never as markup")
  func escaping() async throws {
    try await withClient { client in
      let hostile =
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E"
      for uri in [
        "/karta/molndal/fraga?text=\(hostile)",
        "/karta/molndal/fraga?text=%C3%A5ngest+\(hostile)&alder=13",
        "/karta/molndal/fraga?text=%C3%A5ngest&fran=\(hostile)",
        "/karta/molndal/fall?text=\(hostile)&alder=13",
        "/karta/\(hostile)",
      ] {
        try await client.execute(uri: uri, method: .get) { response in
          #expect(!response.text.contains("<script>alert"), "\(uri)")
          #expect(!response.text.contains("<img src"), "\(uri)")
          #expect(!response.text.contains("onerror="), "\(uri)")
        }
      }
    }
  }

  @Test("/karta/molndal/fall walks a case from the form, pasted YAML and as JSON")
  func caseWalk() async throws {
    try await withClient { client in
      try await client.execute(uri: "/karta/molndal/fall", method: .get) { response in
        #expect(response.status == .ok)
        #expect(response.text.contains("<textarea id=\"yaml\""))
      }
      try await client.execute(
        uri: "/karta/molndal/fall?text=%C3%A5ngest&alder=13&grad=mild&samtycke=ja", method: .get
      ) { response in
        #expect(response.status == .ok)
        #expect(response.text.contains("<section class=\"walk\""))
      }
      let file = packageRoot.appendingPathComponent("Tests/Acceptance/cases/angest-lindrig-13.yaml")
      let yaml = try String(contentsOf: file, encoding: .utf8)
      let body = "yaml=" + yaml.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
      let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
      try await client.execute(
        uri: "/karta/molndal/fall", method: .post, headers: form + json,
        body: ByteBuffer(string: body)
      ) { response in
        #expect(response.status == .ok)
        // The same walk as `samverkan case Maps/molndal.yaml <file> --format json`.
        let expected = try cliOutput([
          "case", "Maps/molndal.yaml", "Tests/Acceptance/cases/angest-lindrig-13.yaml", "--format",
          "json",
        ])
        #expect(response.text == expected)
      }
      try await client.execute(
        uri: "/karta/molndal/fall", method: .post, headers: form,
        body: ByteBuffer(string: "yaml=format%3A+1%0Aid%3A+x%0Aage%3A+nine%0A")
      ) { response in
        #expect(response.status == .badRequest)
        #expect(response.text.contains("inklistrat-fall.yaml:"))
      }
    }
  }

  @Test("/karta/molndal/blad is the contact sheet page; /fynd the findings with their places")
  func sheetAndFindings() async throws {
    try await withClient { client in
      try await client.execute(uri: "/karta/molndal/blad", method: .get) { response in
        #expect(response.status == .ok)
        #expect(response.text.contains("Vem kontaktar jag?"))
      }
      try await client.execute(uri: "/karta/molndal/blad", method: .get, headers: json) {
        response in
        #expect(response.text.contains("\"rows\""))
      }
      try await client.execute(uri: "/karta/molndal/fynd", method: .get) { response in
        #expect(response.status == .ok)
        #expect(response.text.contains("<h2>Granskning</h2>"))
      }
      try await client.execute(uri: "/karta/molndal/fynd", method: .get, headers: json) {
        response in
        #expect(response.text.contains("\"findings\""))
      }
    }
  }
}

@Suite("samverkan serve: hostile requests")
struct WebHostileTests {
  @Test("traversal, encoded and unknown ids: 404, nothing from outside the maps")
  func traversal() async throws {
    try await withClient { client in
      for uri in [
        "/karta/..%2f..%2fetc%2fpasswd", "/karta/%2e%2e%2fMaps%2fmolndal.yaml",
        "/karta/molndal.yaml", "/karta/Maps%2Fmolndal.yaml", "/karta/%00", "/karta/MOLNDAL",
        "/karta/..", "/static/..%2fPackage.swift", "/Maps/molndal.yaml", "/etc/passwd",
        "/karta/molndal/../../Package.swift",
      ] {
        try await client.execute(uri: uri, method: .get) { response in
          #expect(response.status == .notFound, "\(uri)")
          #expect(!response.text.contains("root:"), "\(uri)")
          #expect(!response.text.contains("PackageDescription"), "\(uri)")
          #expect(response.headers[.xContentTypeOptions] == "nosniff")
        }
      }
    }
  }

  @Test("a huge query is 414, a malformed one 400, a method that changes things 405")
  func queries() async throws {
    try await withClient { client in
      let huge = String(repeating: "a", count: 5000)
      try await client.execute(uri: "/karta/molndal/fraga?text=\(huge)", method: .get) {
        #expect($0.status == .uriTooLong)
      }
      for query in ["text=%E5ngest", "text=%zz", "text=%", "=x", "text=a%00b"] {
        try await client.execute(uri: "/karta/molndal/fraga?\(query)", method: .get) {
          #expect($0.status == .badRequest, "\(query)")
        }
      }
      let many = (0..<40).map { "f\($0)=1" }.joined(separator: "&")
      try await client.execute(uri: "/karta/molndal/fraga?\(many)", method: .get) {
        #expect($0.status == .badRequest)
      }
      try await client.execute(uri: "/karta/molndal", method: .delete) {
        #expect($0.status == .methodNotAllowed)
      }
    }
  }

  @Test("an oversized body is 413, a wrong media type 415")
  func bodies() async throws {
    try await withClient { client in
      let big = "yaml=" + String(repeating: "a", count: WebSite.maxBodySize + 10)
      try await client.execute(
        uri: "/karta/molndal/fall", method: .post,
        headers: [.contentType: "application/x-www-form-urlencoded"], body: ByteBuffer(string: big)
      ) { #expect($0.status == .contentTooLarge) }
      try await client.execute(
        uri: "/karta/molndal/fall", method: .post, headers: [.contentType: "text/plain"],
        body: ByteBuffer(string: "yaml=x")
      ) { #expect($0.status == .unsupportedMediaType) }
    }
  }

  @Test("a client that sends half a body and stops gets 408 within the time limit")
  func slowClient() async throws {
    let server = WebServer(
      paths: [mapsFolder + "/molndal.yaml"],
      settings: .init(port: 0, timeLimit: .seconds(1), idleTimeout: .seconds(5)))
    let port = PortBox()
    let running = Task { try await server.run { bound in port.value.withLock { $0 = bound } } }
    defer { running.cancel() }
    var bound = 0
    for _ in 0..<100 where bound == 0 {
      try await Task.sleep(for: .milliseconds(50))
      bound = port.value.withLock { $0 }
    }
    #expect(bound > 0)
    let reply = await rawRequestOffThePool(
      port: bound,
      "POST /karta/molndal/fall HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\nyaml=abc",
      waitSeconds: 10)
    #expect(reply.hasPrefix("HTTP/1.1 408"), "\(reply.prefix(200))")
  }
}

@Suite("samverkan serve: live maps")
struct WebLiveReloadTests {
  @Test("an edit shows on the next look; a broken edit keeps the last good map and shows where")
  func liveReload() async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "samverkan-web-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("regions"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let maps = packageRoot.appendingPathComponent("Maps")
    try FileManager.default.copyItem(
      at: maps.appendingPathComponent("regions/vastra-gotaland.yaml"),
      to: folder.appendingPathComponent("regions/vastra-gotaland.yaml"))
    let file = folder.appendingPathComponent("molndal.yaml")
    let original = try String(
      contentsOf: maps.appendingPathComponent("molndal.yaml"), encoding: .utf8)
    try original.write(to: file, atomically: true, encoding: .utf8)
    let server = WebServer(paths: [folder.path])
    #expect(server.library.refresh() == false)

    // A renamed map shows its new name.
    try original.replacingOccurrences(of: "name: Mölndals stad", with: "name: Mölndals stad (ny)")
      .write(to: file, atomically: true, encoding: .utf8)
    #expect(server.library.refresh())
    try await withClient(server) { client in
      try await client.execute(uri: "/karta/molndal", method: .get) { response in
        #expect(response.text.contains("<h1>Mölndals stad (ny)</h1>"))
        #expect(!response.text.contains("id=\"problem\""))
      }
    }

    // A broken edit (an unclosed flow sequence on line 8): the map stays, the error is placed.
    var lines = original.components(separatedBy: "\n")
    let line = try #require(lines.firstIndex { $0.hasPrefix("name:") })
    lines[line] = "name: [Mölndals stad"
    try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
    #expect(server.library.refresh())
    try await withClient(server) { client in
      try await client.execute(uri: "/karta/molndal", method: .get) { response in
        #expect(response.status == .ok)
        #expect(response.text.contains("<h1>Mölndals stad (ny)</h1>"))
        #expect(response.text.contains("id=\"problem\""))
        #expect(response.text.contains("molndal.yaml:"))
      }
      try await client.execute(uri: "/karta/molndal/fynd", method: .get, headers: json) {
        response in
        let document = try #require(
          try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
        let problems = try #require(document["problems"] as? [[String: Any]])
        #expect((problems.first?["line"] as? Int).map { $0 >= line + 1 } == true)
        #expect(problems.first?["column"] as? Int != nil)
      }
    }

    // Mended: the error goes.
    try original.write(to: file, atomically: true, encoding: .utf8)
    #expect(server.library.refresh())
    try await withClient(server) { client in
      try await client.execute(uri: "/karta/molndal", method: .get) { response in
        #expect(response.text.contains("<h1>Mölndals stad</h1>"))
        #expect(!response.text.contains("id=\"problem\""))
      }
    }
  }
}

/// What the built `samverkan` prints on standard output for `arguments`, run in the package.
func cliOutput(_ arguments: [String]) throws -> String {
  let process = Process()
  process.executableURL = packageRoot.appendingPathComponent(".build/debug/samverkan")
  process.arguments = arguments
  process.currentDirectoryURL = packageRoot
  var environment = ProcessInfo.processInfo.environment
  environment["LANG"] = "sv_SE.UTF-8"
  environment["LC_ALL"] = nil
  environment["LC_MESSAGES"] = nil
  process.environment = environment
  let output = Pipe()
  process.standardOutput = output
  process.standardError = FileHandle.nullDevice
  try process.run()
  let data = output.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return String(decoding: data, as: UTF8.self)
}

/// Sends `text` on a plain TCP connection to 127.0.0.1:`port` and reads what comes back within
/// `waitSeconds`.
func rawRequest(port: Int, _ text: String, waitSeconds: Int) throws -> String {
  let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
  defer { close(socket) }
  var address = sockaddr_in()
  address.sin_family = sa_family_t(AF_INET)
  address.sin_port = in_port_t(UInt16(port).bigEndian)
  address.sin_addr.s_addr = inet_addr("127.0.0.1")
  let connected = withUnsafePointer(to: &address) {
    $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
      connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
    }
  }
  guard connected == 0 else { return "" }
  var timeout = timeval(tv_sec: waitSeconds, tv_usec: 0)
  setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
  _ = text.withCString { send(socket, $0, strlen($0), 0) }
  var buffer = [UInt8](repeating: 0, count: 65536)
  let count = recv(socket, &buffer, buffer.count, 0)
  return count > 0 ? String(decoding: buffer[..<count], as: UTF8.self) : ""
}

/// The port a server reports once it listens.
final class PortBox: Sendable {
  let value = Mutex(0)
}

/// Debian's chromium and chromedriver with python3-selenium, or nil.
let seleniumPython: String? = {
  let files = FileManager.default
  guard files.isExecutableFile(atPath: "/usr/bin/chromedriver"),
    files.isExecutableFile(atPath: "/usr/bin/chromium"),
    files.isExecutableFile(atPath: "/usr/bin/python3")
  else { return nil }
  let probe = Process()
  probe.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
  probe.arguments = ["-c", "import selenium"]
  probe.standardError = FileHandle.nullDevice
  guard (try? probe.run()) != nil else { return nil }
  probe.waitUntilExit()
  return probe.terminationStatus == 0 ? "/usr/bin/python3" : nil
}()

@Suite("samverkan serve in a browser")
struct WebBrowserTests {
  @Test(
    "ask by typing, see UPH and the lit path, click an actor, zoom, edit, break: all as a person",
    .enabled(
      if: seleniumPython != nil,
      "needs /usr/bin/chromium, /usr/bin/chromedriver and python3-selenium (scripts/bootstrap)"))
  func inChromium() throws {
    let shots = FileManager.default.temporaryDirectory.appendingPathComponent(
      "samverkan-web-shots-\(UUID().uuidString)")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try #require(seleniumPython))
    process.arguments = [
      packageRoot.appendingPathComponent("scripts/check-web-in-browser.py").path,
      packageRoot.appendingPathComponent(".build/debug/samverkan").path, shots.path,
    ]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let text = String(decoding: data, as: UTF8.self)
    #expect(process.terminationStatus == 0, "\(text)")
    let summary = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect((summary["failures"] as? [String])?.isEmpty == true, "\(text)")
    print("screenshots: \(shots.path)")
  }
}

/// Whether `python3` on the PATH has jsonschema and pyyaml (scripts/bootstrap installs them).
let schemaPython: Bool = {
  let probe = Process()
  probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  probe.arguments = ["python3", "-c", "import jsonschema, yaml"]
  probe.standardError = FileHandle.nullDevice
  guard (try? probe.run()) != nil else { return false }
  probe.waitUntilExit()
  return probe.terminationStatus == 0
}()

@Suite("samverkan serve: docs/openapi.yaml")
struct WebOpenAPITests {
  @Test(
    "every route's real JSON, and a refusal, fits its schema in docs/openapi.yaml",
    .enabled(if: schemaPython, "needs python3 with jsonschema and pyyaml (scripts/bootstrap)"))
  func responsesFitTheSpec() async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "samverkan-openapi-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let routes = [
      ("Index", "/"), ("Map", "/karta/molndal"),
      ("WhoAnswer", "/karta/molndal/fraga?text=%C3%A5ngest&fran=kurator&alder=13&grad=mild"),
      ("WhoAnswer", "/karta/orebro/fraga?text=sj%C3%A4lvskada&alder=15"),
      ("CaseWalk", "/karta/molndal/fall?text=%C3%A5ngest&alder=13&grad=mild"),
      ("Sheet", "/karta/molndal/blad"), ("Findings", "/karta/molndal/fynd"),
      ("Error", "/karta/nowhere"), ("Error", "/karta/molndal/fraga?text=xyzzy"),
    ]
    let files = Mutex<[String]>([])
    try await withClient { client in
      for (number, (schema, uri)) in routes.enumerated() {
        try await client.execute(uri: uri, method: .get, headers: json) { response in
          let file = folder.appendingPathComponent("\(number).json")
          try Data(buffer: response.body).write(to: file)
          files.withLock { $0 += [schema, file.path] }
        }
      }
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments =
      ["python3", packageRoot.appendingPathComponent("scripts/check-openapi.py").path]
      + files.withLock { $0 }
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(text)")
  }
}

/// `rawRequest` on a thread of its own, so that the waiting never holds one of the few threads
/// the server in this process answers on.
func rawRequestOffThePool(port: Int, _ text: String, waitSeconds: Int) async -> String {
  await withCheckedContinuation { continuation in
    DispatchQueue.global().async {
      continuation.resume(
        returning: (try? rawRequest(port: port, text, waitSeconds: waitSeconds)) ?? "")
    }
  }
}
