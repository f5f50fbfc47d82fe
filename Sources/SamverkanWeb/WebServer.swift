import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import Samverkan
import SamverkanRender
import Synchronization

/// `samverkan serve`: the maps, the who-answer, cases, the contact sheet and the findings in a
/// browser, and the same as JSON, from maps watched for changes.
///
/// Safe by default: it listens on 127.0.0.1 unless told otherwise, changes nothing, finds maps by
/// id only, escapes every map text, sends a strict Content-Security-Policy and
/// `X-Content-Type-Options: nosniff`, and bounds the URL, the body and the time of each request.
public struct WebServer: Sendable {
  /// Limits and where to listen.
  public struct Settings: Sendable {
    public var host: String
    /// 0 picks a free port.
    public var port: Int
    /// How long one request may take before it is answered 503.
    public var timeLimit: Duration
    /// How long a connection may stay silent before it is closed.
    public var idleTimeout: Duration
    /// How often the map files are looked at.
    public var watchInterval: Duration

    public init(
      host: String = "127.0.0.1", port: Int = 8080, timeLimit: Duration = .seconds(10),
      idleTimeout: Duration = .seconds(15), watchInterval: Duration = .seconds(1)
    ) {
      self.host = host
      self.port = port
      self.timeLimit = timeLimit
      self.idleTimeout = idleTimeout
      self.watchInterval = watchInterval
    }
  }

  /// The longest request target (path and query) read; longer is 414.
  public static let maxTargetLength = 2048

  public let library: MapLibrary
  public let settings: Settings
  let site: WebSite

  /// A server of the maps in `paths` (folders of `.yaml` files, or files), read at once.
  public init(
    paths: [String], settings: Settings = Settings(), renderer: MapRenderer = MapRenderer()
  ) {
    library = MapLibrary(paths: paths)
    self.settings = settings
    site = WebSite(library: library, pictures: PictureStore(renderer: renderer))
  }

  /// Whether `host` is a loopback address, which only this machine reaches.
  public static func isLoopback(_ host: String) -> Bool {
    host == "localhost" || host == "::1" || host.hasPrefix("127.")
  }

  /// The routes, behind the safety middleware.
  public func router() -> Router<BasicRequestContext> {
    let router = Router(context: BasicRequestContext.self)
    router.add(middleware: SafetyMiddleware())
    let site = site
    let limit = settings.timeLimit
    /// The reply within the time limit, else 503.
    @Sendable func timed(_ body: @escaping @Sendable () async throws -> WebSite.Reply) async throws
      -> Response
    {
      try await Deadline.run(
        limit, else: WebError(.serviceUnavailable, L10n.report("web.error.time")), body
      ).response
    }
    router.get("/") { request, _ in
      try await timed { try site.index(json: Self.wantsJSON(request)) }
    }
    router.get("/static/samverkan.js") { _, _ in
      Response(
        status: .ok,
        headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "no-cache"],
        body: .init(byteBuffer: ByteBuffer(string: WebScript.source)))
    }
    router.get("/karta/:id") { request, context in
      let id = try Self.id(context)
      return try await timed { try await site.map(id: id, json: Self.wantsJSON(request)) }
    }
    router.get("/karta/:id/fraga") { request, context in
      let (id, query) = (try Self.id(context), try WebQuery(request.uri.query))
      return try await timed {
        try await site.who(id: id, query: query, json: Self.wantsJSON(request))
      }
    }
    router.get("/karta/:id/fall") { request, context in
      let (id, query) = (try Self.id(context), try WebQuery(request.uri.query))
      return try await timed {
        try site.caseWalk(id: id, fields: query, posted: false, json: Self.wantsJSON(request))
      }
    }
    router.post("/karta/:id/fall") { request, context in
      let id = try Self.id(context)
      let body = try await Self.form(request, within: limit)
      return try await timed {
        try site.caseWalk(id: id, fields: body, posted: true, json: Self.wantsJSON(request))
      }
    }
    router.get("/karta/:id/blad") { request, context in
      let id = try Self.id(context)
      return try await timed { try site.sheet(id: id, json: Self.wantsJSON(request)) }
    }
    router.get("/karta/:id/fynd") { request, context in
      let id = try Self.id(context)
      return try await timed { try site.findings(id: id, json: Self.wantsJSON(request)) }
    }
    return router
  }

  /// Listens until the task is cancelled, watching the maps; `onRunning` gets the port.
  public func run(onRunning: @escaping @Sendable (Int) -> Void = { _ in }) async throws {
    let application = Application(
      router: router(),
      server: .http1(
        configuration: .init(
          idleTimeout: .nanoseconds(Int64(settings.idleTimeout.components.seconds) * 1_000_000_000),
          httpDecoderConfiguration: .init(
            maxHeaderFieldSize: 16 * 1024, maxHeaderListSize: 32 * 1024, maxHeaderFieldCount: 100))),
      configuration: .init(address: .hostname(settings.host, port: settings.port)),
      onServerRunning: { channel in onRunning(channel.localAddress?.port ?? 0) },
      logger: Self.quietLogger)
    let library = library
    let interval = settings.watchInterval
    try await withThrowingDiscardingTaskGroup { group in
      group.addTask { await library.watch(every: interval) }
      // No signal handlers: a handler (or an ignored signal, which child processes inherit) is the
      // process's business; Ctrl-C ends `samverkan serve` as it ends any command.
      try await application.runService(gracefulShutdownSignals: [])
      group.cancelAll()
    }
  }

  static var quietLogger: Logger {
    var logger = Logger(label: "samverkan-serve")
    logger.logLevel = .warning
    return logger
  }

  static func id(_ context: BasicRequestContext) throws -> String {
    guard let id = context.parameters.get("id") else {
      throw WebError(.notFound, L10n.report("web.error.no-map", ""))
    }
    return id
  }

  static func wantsJSON(_ request: Request) -> Bool {
    request.headers[.accept]?.contains("application/json") ?? false
  }

  /// A form body, at most `WebSite.maxBodySize` bytes, read within `limit` (else 408).
  static func form(_ request: Request, within limit: Duration) async throws -> WebQuery {
    if let type = request.headers[.contentType],
      !type.lowercased().hasPrefix("application/x-www-form-urlencoded")
    {
      throw WebError(.unsupportedMediaType, L10n.report("web.error.media-type"))
    }
    if let length = request.headers[.contentLength].flatMap(Int.init), length > WebSite.maxBodySize
    {
      throw WebError(
        .contentTooLarge,
        L10n.report("web.error.body-too-large", String(WebSite.maxBodySize / 1024)))
    }
    let buffer: ByteBuffer
    do {
      buffer = try await Deadline.run(
        limit, else: WebError(.requestTimeout, L10n.report("web.error.slow-body"))
      ) { try await request.body.collect(upTo: WebSite.maxBodySize) }
    } catch let error as HTTPError where error.status == .contentTooLarge {
      throw WebError(
        .contentTooLarge,
        L10n.report("web.error.body-too-large", String(WebSite.maxBodySize / 1024)))
    }
    guard let text = String(validating: buffer.readableBytesView, as: UTF8.self) else {
      throw WebError(.badRequest, L10n.report("web.error.malformed-query"))
    }
    return try WebQuery(text)
  }
}

extension WebSite.Reply {
  var response: Response {
    Response(
      status: .init(code: status),
      headers: [
        .contentType: json ? "application/json; charset=utf-8" : "text/html; charset=utf-8",
        .vary: "Accept",
      ],
      body: .init(byteBuffer: ByteBuffer(bytes: body)))
  }
}

/// Every response's safety headers, the limits on the request's target and time, and every
/// refusal as a page (or JSON) with its status, never a crash.
struct SafetyMiddleware: RouterMiddleware {
  typealias Context = BasicRequestContext

  /// No script but the server's own file, no plug-in, nothing from elsewhere; inline style only
  /// for the pictures' style sheets; forms only to this server; no framing.
  static let contentSecurityPolicy =
    "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; img-src data:; "
    + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

  func handle(
    _ request: Request, context: Context,
    next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    var response: Response
    let json = WebServer.wantsJSON(request)
    do {
      try Self.check(request)
      response = try await next(request, context)
    } catch let refusal as WebError {
      response = Self.refusal(refusal, json: json)
    } catch let error as HTTPError {
      let message =
        switch error.status {
        case .notFound: L10n.report("web.error.not-found")
        case .methodNotAllowed: L10n.report("web.error.method")
        default: error.body ?? error.status.reasonPhrase
        }
      response = Self.refusal(WebError(error.status, message), json: json)
    } catch is CancellationError {
      response = Self.refusal(
        WebError(.serviceUnavailable, L10n.report("web.error.time")), json: json)
    } catch {
      response = Self.refusal(
        WebError(.internalServerError, L10n.report("web.error.internal", "\(error)")), json: json)
    }
    response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
    response.headers[.xContentTypeOptions] = "nosniff"
    response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
    response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
    response.headers[.cacheControl] = response.headers[.cacheControl] ?? "no-store"
    return response
  }

  /// Refuses a target that is too long (414) and a method that changes things (405).
  static func check(_ request: Request) throws {
    guard request.uri.string.utf8.count <= WebServer.maxTargetLength else {
      throw WebError(
        .uriTooLong, L10n.report("web.error.too-long", String(WebServer.maxTargetLength)))
    }
    guard [.get, .head, .post].contains(request.method) else {
      throw WebError(.methodNotAllowed, L10n.report("web.error.method"))
    }
  }

  static func refusal(_ refusal: WebError, json: Bool) -> Response {
    Response(
      status: refusal.status,
      headers: [
        .contentType: json ? "application/json; charset=utf-8" : "text/html; charset=utf-8"
      ],
      body: .init(
        byteBuffer: ByteBuffer(
          bytes: json ? WebJSON.error(refusal) : Data(WebPages.error(refusal).utf8))))
  }

}

/// Work that must end within a time limit.
enum Deadline {
  /// `body`'s result, or `refusal` thrown when it takes longer than `limit`. The caller is answered
  /// at the limit even when `body` does not stop at once (a drawing goes on and is kept; a body
  /// read from a stalled client ends when the connection does).
  static func run<T: Sendable>(
    _ limit: Duration, else refusal: WebError, _ body: @escaping @Sendable () async throws -> T
  ) async throws -> T {
    let waiting = Waiting<T>()
    return try await withCheckedThrowingContinuation { continuation in
      waiting.set(continuation)
      let work = Task {
        do { waiting.resume(.success(try await body())) } catch { waiting.resume(.failure(error)) }
      }
      Task {
        try? await Task.sleep(for: limit)
        waiting.resume(.failure(refusal))
        work.cancel()
      }
    }
  }

  /// A continuation resumed once, by whichever comes first.
  private final class Waiting<T: Sendable>: Sendable {
    private let continuation = Mutex<CheckedContinuation<T, any Error>?>(nil)

    func set(_ continuation: CheckedContinuation<T, any Error>) {
      self.continuation.withLock { $0 = continuation }
    }

    func resume(_ result: Result<T, any Error>) {
      continuation.withLock { stored in
        stored?.resume(with: result)
        stored = nil
      }
    }
  }
}
