import ArgumentParser
import Foundation
import Samverkan
import SamverkanWeb
import Synchronization

extension SamverkanCommand {
  struct Serve: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(
        commandName: "serve",
        abstract: L10n.help("help.serve.abstract"),
        discussion: HelpText.discussion(L10n.help("help.serve.discussion")))
    }

    @OptionGroup var maps: MapArguments

    @Option(
      help: ArgumentHelp(L10n.help("help.serve.port"), valueName: L10n.help("help.value.number")))
    var port: Int = 8080

    @Option(help: ArgumentHelp(L10n.help("help.serve.host"), valueName: "HOST"))
    var host: String = "127.0.0.1"

    func validate() throws {
      if !(0...65535).contains(port) { throw ValidationError(L10n.cli("serve.port-range")) }
    }

    func run() throws {
      // A process started by another that blocks signals (a test runner's thread) inherits the
      // block: Ctrl-C and `kill` must still end the server.
      var stopping = sigset_t()
      sigemptyset(&stopping)
      sigaddset(&stopping, SIGINT)
      sigaddset(&stopping, SIGTERM)
      pthread_sigmask(SIG_UNBLOCK, &stopping, nil)
      try Console.run { console in
        _ = try maps.mapFiles()
        if !WebServer.isLoopback(host) { console.printError(L10n.cli("serve.host-warning", host)) }
        let server = WebServer(paths: maps.paths, settings: .init(host: host, port: port))
        let entries = server.library.all
        let shown = entries.filter { $0.shown != nil }.count
        for entry in entries where entry.shown == nil {
          console.report(entry.problems ?? [])
        }
        let address = host.contains(":") ? "[\(host)]" : host
        let failure = Mutex<String?>(nil)
        let done = DispatchSemaphore(value: 0)
        Task {
          do {
            try await server.run { port in
              FileHandle.standardError.write(
                Data(
                  (L10n.cli("serve.listening", String(shown), "http://\(address):\(port)/")
                    + "\n").utf8))
            }
          } catch {
            failure.withLock { $0 = OutputFile.plain(error) }
          }
          done.signal()
        }
        done.wait()
        if let message = failure.withLock({ $0 }) {
          throw ConsoleError(L10n.cli("serve.failed", "\(address):\(port)", message))
        }
      }
    }
  }
}
