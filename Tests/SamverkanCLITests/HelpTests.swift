import Foundation
import Samverkan
import Testing

/// The commands' help, completions and man page, in Swedish by default and English on request.
@Suite("Help, completions and the man page")
struct HelpTests {
  /// Every command: its name, the start of its Swedish abstract and one example from its help.
  static let commands: [(name: String, abstract: String, example: String)] = [
    ("validate", "Granska kartor mot reglerna", "samverkan validate Maps/molndal.yaml"),
    ("rules", "Lista alla regler", "samverkan rules"),
    (
      "who", "Vem kontaktar jag om det här?",
      "samverkan who Maps/molndal.yaml \"hon sparkades hemma\" --from kuratorn"
    ),
    ("path", "Hur en aktör når en annan", "samverkan path Maps/molndal.yaml elevhalsa bup"),
    ("mandate", "En aktörs uppdrag", "samverkan mandate Maps/molndal.yaml uph"),
    (
      "case", "Gå igenom ett påhittat ärende",
      "samverkan case Maps/molndal.yaml Examples/cases/angest-13.yaml"
    ),
    ("concerns", "Lista de sorters oro som who känner igen", "samverkan concerns"),
    ("render", "Rita kartor som SVG", "samverkan render Maps/molndal.yaml -o molndal.svg"),
    ("report", "Skriv en rapport per karta", "samverkan report Maps/molndal.yaml -o rapporter/"),
    (
      "sheet", "Vem kontaktar jag? En sida per karta",
      "samverkan sheet Maps/molndal.yaml -o molndal-kontakter.html"
    ),
    (
      "overview", "En bild av en region",
      "samverkan overview Maps/ --region vastra-gotaland -o vgr.svg"
    ),
    (
      "diff", "Vad den ena kartan har som den andra saknar",
      "samverkan diff Maps/harryda.yaml Maps/molndal.yaml"
    ),
    (
      "export-dot", "Skriv en karta som Graphviz DOT-text",
      "samverkan export-dot Maps/molndal.yaml -o molndal.dot"
    ),
    ("generate", "Skriv en syntetisk nationell modell", "samverkan generate --municipalities 5"),
    ("list", "Lista en kartas aktörer och kontaktvägar", "samverkan list Maps/molndal.yaml"),
    ("doctor", "Kontrollera Graphviz-installationen", "samverkan doctor"),
    ("serve", "Visar kartorna i en webbläsare", "samverkan serve Maps/"),
  ]

  /// The commands that ask for an actor, whose help says how to list a map's actors.
  static let askingForActors = ["who", "path", "mandate", "render"]

  /// ArgumentParser's own words, which its API cannot translate.
  static let parserWords = [
    "Show help information.", "Show the version.", "USAGE:", "OPTIONS:", "ARGUMENTS:",
    "SUBCOMMANDS:", "See 'samverkan help <subcommand>' for detailed help.", "OVERVIEW:",
  ]

  @Test("each command's help is Swedish: its abstract, a worked example, the exit codes, --lang")
  func swedishHelp() throws {
    for command in Self.commands {
      let result = try CommandRunner.run(["help", command.name])
      #expect(result.status == 0, "\(command.name): \(result.stderr)")
      let help = Self.flattened(result.stdout)
      #expect(help.contains(command.abstract), "\(command.name)")
      #expect(help.contains("Exempel:"), "\(command.name)")
      #expect(help.contains(command.example), "\(command.name)")
      #expect(help.contains("Slutkod: 0 "), "\(command.name)")
      #expect(help.contains("--lang sv|en: hjälp och utskrifter på svenska"), "\(command.name)")
      if Self.askingForActors.contains(command.name) {
        #expect(help.contains("`samverkan list KARTA` visar"), "\(command.name)")
      }
      for english in Self.englishProse(of: command.name) {
        #expect(!help.contains(english), "\(command.name) has English: \(english)")
      }
      var words = help
      for parser in Self.parserWords { words = words.replacingOccurrences(of: parser, with: "") }
      words = words.replacing(/\((default|values): [^)]*\)/, with: "")
      for english in [" the ", " and ", " of ", "Exit codes", "Example:", "Examples:"] {
        #expect(!words.contains(english), "\(command.name) has '\(english)'")
      }
    }
  }

  @Test("--lang en gives each command's help in English")
  func englishHelp() throws {
    for command in Self.commands {
      let result = try CommandRunner.run(["--lang", "en", command.name, "--help"])
      #expect(result.status == 0, "\(command.name): \(result.stderr)")
      let help = Self.flattened(result.stdout)
      let abstract = L10n.help("help.\(command.name).abstract", in: .english)
      #expect(abstract != "help.\(command.name).abstract")
      #expect(help.contains(abstract), "\(command.name)")
      #expect(help.contains("Exit codes: 0 "), "\(command.name)")
      #expect(help.contains("--lang sv|en: help and output in Swedish"), "\(command.name)")
      #expect(!help.contains(command.abstract), "\(command.name)")
    }
  }

  @Test("the root help names every command in Swedish, concerns too, and --lang sv|en")
  func rootHelp() throws {
    let swedish = try CommandRunner.run(["--help"])
    #expect(swedish.status == 0)
    let help = Self.flattened(swedish.stdout)
    #expect(help.contains("Processkartor över hur skola, socialtjänst och hälso- och sjukvård"))
    #expect(help.contains("--lang sv|en"))
    #expect(help.contains("samverkan list Maps/molndal.yaml"))
    for command in Self.commands {
      #expect(help.contains("\(command.name) \(command.abstract)"), "\(command.name)")
    }
    let english = try CommandRunner.run(["--help"], environment: ["LANG": "en_US.UTF-8"])
    #expect(english.status == 0)
    #expect(Self.flattened(english.stdout).contains("Process maps of how school, social services"))
  }

  @Test(
    "every example in the Swedish help works as written",
    arguments: HelpTests.commands.map(\.name) + ["samverkan"])
  func examplesRun(command: String) throws {
    let result = try CommandRunner.run(command == "samverkan" ? ["--help"] : [command, "--help"])
    let examples = Self.examples(in: result.stdout)
    #expect(!examples.isEmpty, "\(command) has no example")
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    for name in ["Maps", "Examples"] {
      try FileManager.default.copyItem(
        at: CommandRunner.packageRoot.appendingPathComponent(name),
        to: folder.appendingPathComponent(name))
    }
    let path = CommandRunner.binary.deletingLastPathComponent().path
    for example in examples {
      // serve runs until stopped: it must say where it listens, and is stopped after 3 s (124).
      let run = try CommandRunner.run(
        URL(fileURLWithPath: "/bin/sh"),
        ["-c", command == "serve" ? "timeout 3 \(example)" : example],
        in: folder,
        environment: ["PATH": path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "")])
      if command == "serve" {
        #expect(run.status == 124, "\(example): \(run.stderr)")
        #expect(run.stderr.contains("http://127.0.0.1:"), "\(example): \(run.stderr)")
        continue
      }
      // diff says with 1 that the maps differ: that is its answer.
      #expect(run.status == (command == "diff" ? 1 : 0), "\(example): \(run.stderr)")
    }
  }

  @Test("samverkan concerns lists every concern with its name and examples, in both languages")
  func concerns() throws {
    let swedish = try CommandRunner.run(["concerns"])
    #expect(swedish.status == 0)
    #expect(swedish.stdout.contains("psykisk ohälsa — i kartor: mental-health"))
    #expect(swedish.stdout.contains("\"hemmasittare sedan i höstas\""))
    #expect(swedish.stdout.contains("de sorters oro som who känner igen"))
    let english = try CommandRunner.run(["--lang", "en", "concerns"])
    #expect(english.status == 0)
    #expect(english.stdout.contains("mental ill-health — in maps: mental-health"))
    #expect(english.stdout.contains("These are the concerns who recognises."))
    for concern in Concern.allCases {
      #expect(swedish.stdout.contains(L10n.values("concern.\(concern.rawValue)", in: .swedish)))
      for example in ConcernVocabulary.examples(for: concern) {
        #expect(swedish.stdout.contains("\"\(example)\""))
      }
    }
  }

  @Test("an actor argument completes to the ids and names of the map given before it")
  func actorCompletion() throws {
    let words = ["samverkan", "who", "Maps/molndal.yaml", "ångest", "--from", ""]
    let from = try CommandRunner.run(["---completion", "who", "--", "--from", "5", "0"] + words)
    #expect(from.status == 0, "\(from.stderr)")
    let offered = from.stdout.split(separator: "\n").map(String.init)
    for expected in ["elevhalsa", "kurator", "socialtjanst", "bup", "Elevhälsoteamet (EHT)"] {
      #expect(offered.contains(expected), "\(expected) in \(offered)")
    }
    let path = try CommandRunner.run(
      ["---completion", "path", "--", "positional@1", "3", "0"]
        + ["samverkan", "path", "Maps/molndal.yaml", ""])
    #expect(path.stdout.split(separator: "\n").contains("elevhalsa"))
    let mandate = try CommandRunner.run(
      ["---completion", "mandate", "--", "positional@1", "3", "0"]
        + ["samverkan", "mandate", "'Maps/molndal.yaml'", ""])
    #expect(mandate.stdout.split(separator: "\n").contains("uph"))
    let missing = try CommandRunner.run(
      ["---completion", "who", "--", "--from", "4", "0"]
        + ["samverkan", "who", "Maps/no-such-map.yaml", "--from", ""])
    #expect(missing.status == 0)
    #expect(missing.stdout.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
  }

  @Test("the bash completion script completes maps to .yaml files and actors with the map's")
  func bashCompletionScript() throws {
    let result = try CommandRunner.run(["--generate-completion-script", "bash"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("---completion who -- --from"))
    #expect(result.stdout.contains("---completion path -- positional@1"))
    #expect(result.stdout.contains("---completion mandate -- positional@1"))
    #expect(result.stdout.contains("'!*.@(yaml|yml)'"))
    let zsh = try CommandRunner.run(["--generate-completion-script", "zsh"])
    #expect(zsh.status == 0)
    #expect(zsh.stdout.contains("Vem kontaktar jag om det här?"))
  }

  @Test("the committed man page docs/man/samverkan.1 holds today's Swedish help (scripts/man)")
  func manPageIsCurrent() throws {
    let page = try String(
      contentsOf: CommandRunner.packageRoot.appendingPathComponent("docs/man/samverkan.1"),
      encoding: .utf8)
    let dump = try CommandRunner.run(["--experimental-dump-help"])
    #expect(dump.status == 0)
    let info = try JSONDecoder().decode(DumpedHelp.self, from: dump.output)
    var texts: [String] = []
    func collect(_ command: DumpedHelp.Command) {
      texts.append(command.abstract ?? "")
      texts += (command.discussion ?? "").split(separator: "\n").map(String.init)
      texts += (command.arguments ?? []).filter { $0.shouldDisplay }.compactMap(\.abstract)
      for subcommand in command.subcommands ?? [] { collect(subcommand) }
    }
    collect(info.command)
    #expect(
      Set(info.command.subcommands?.map(\.commandName) ?? [])
        == Set(Self.commands.map(\.name) + ["help"]))
    for text in texts where !text.trimmingCharacters(in: .whitespaces).isEmpty {
      #expect(page.contains(Self.roff(text)), "not in docs/man/samverkan.1: \(text)")
    }
  }

  /// The help as one line: its words with single spaces, lines wrapped by the parser joined and
  /// an example's continued lines (`\`) too.
  static func flattened(_ help: String) -> String {
    help.replacingOccurrences(of: "\\\n", with: " ").split(whereSeparator: \.isWhitespace)
      .joined(separator: " ")
  }

  /// The English texts of a command's own help keys, which must not show in its Swedish help.
  static func englishProse(of command: String) -> [String] {
    ["abstract", "discussion", "exit-codes"].map { "help.\(command).\($0)" }
      .filter { L10n.help.has($0, in: .english) }
      .map { L10n.help($0, in: .english) } + [L10n.help("help.common.lang", in: .english)]
  }

  /// The command lines under "Exempel:" in a help text, continued lines joined.
  static func examples(in help: String) -> [String] {
    var examples: [String] = []
    var inExamples = false
    for line in help.replacingOccurrences(of: "\\\n", with: " ").split(
      separator: "\n", omittingEmptySubsequences: false)
    {
      if line.hasPrefix("Exempel:") {
        inExamples = true
        continue
      }
      if inExamples, line.hasPrefix("  samverkan ") {
        examples.append(line.trimmingCharacters(in: .whitespaces))
      } else if inExamples, !line.hasPrefix("  ") {
        inExamples = false
      }
    }
    // The root help lists its examples after a sentence, not under "Exempel:".
    if examples.isEmpty {
      examples = help.replacingOccurrences(of: "\\\n", with: " ").split(separator: "\n")
        .filter { $0.hasPrefix("  samverkan ") }.map { $0.trimmingCharacters(in: .whitespaces) }
    }
    return examples
  }

  /// Text as generate-manual writes it, after scripts/man: a backslash as `\e`, a character
  /// outside ASCII as `\[uXXXX]`, and a double quote in a name line as `\(dq`.
  static func roff(_ text: String) -> String {
    text.unicodeScalars.map { scalar in
      if scalar == "\\" { return "\\e" }
      if scalar.isASCII { return String(scalar) }
      return "\\[u" + String(format: "%04X", scalar.value) + "]"
    }.joined()
  }

  /// The part of `--experimental-dump-help` the man page is made from.
  struct DumpedHelp: Decodable {
    struct Argument: Decodable {
      var abstract: String?
      var shouldDisplay: Bool
    }
    struct Command: Decodable {
      var commandName: String
      var abstract: String?
      var discussion: String?
      var arguments: [Argument]?
      var subcommands: [Command]?
    }
    var command: Command
  }
}
