import Foundation
import HandoffCore
import HandoffStore

/// What every command needs from the outside world: options, environment, and where output goes.
struct CommandContext {
    let parsed: ParsedCommand
    let environment: [String: String]
    /// The person's language (`--lang`, else the locale variables): every sentence a command
    /// prints goes through it (`say`, `sayError`), and so do errors (`main.swift`).
    let strings: Strings

    /// Prints text for people. Every line is sanitized on its way out, so nothing a command prints
    /// (a name, a path, an echo of an argument) can carry an escape sequence to the terminal.
    func print(_ text: String) {
        FileHandle.standardOutput.write(Data((TerminalText.sanitizeLines(text) + "\n").utf8))
    }

    /// Prints text a script or a file reads back exactly (a definition to load again): as it is to
    /// a pipe or a file, sanitized like `print` only when it reaches a terminal.
    func printVerbatim(_ text: String) {
        let shown = isatty(STDOUT_FILENO) == 1 ? TerminalText.sanitizeLines(text) : text
        FileHandle.standardOutput.write(Data(shown.utf8))
    }

    /// Prints a sentence in the person's language.
    func say(_ message: Message) {
        print(strings(message))
    }

    /// Prints a sentence in the person's language on stderr.
    func sayError(_ message: Message) {
        printError(strings(message))
    }

    func printError(_ text: String) {
        FileHandle.standardError.write(Data((TerminalText.sanitizeLines(text) + "\n").utf8))
    }

    /// Prints JSON for scripts: lossless, and still safe on a terminal (see `JSONOutput`).
    func printJSON(_ object: Any) throws {
        print(try JSONOutput.render(object))
    }

    /// Prints JSON text encoded elsewhere, escaped the same way.
    func printJSON(text: String) {
        print(JSONOutput.escaped(text))
    }

    /// `--db`, else `$HANDOFF_DB`, else the XDG data folder.
    var databasePath: String { parsed.value("--db") ?? environment["HANDOFF_DB"] ?? dataFolder + "/board.db" }

    var dataFolder: String {
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty { return xdg + "/handoff" }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.local/share/handoff"
    }

    /// The operating-system login of the real user running the command (see `SystemLogin`): the
    /// events name it, or record it as who really acted under `--as`.
    var osLogin: String { SystemLogin.current(environment: environment) }

    /// Who is acting on `store`: the operating-system login (on a server, the role the server
    /// authenticated), or the member named by `--as` where the board allows it
    /// (`Store.actingLogin` says when).
    func actor(in store: Store) throws -> String {
        try store.actingLogin(osLogin: store.sessionLogin ?? osLogin, requested: parsed.value("--as"))
    }

    func openStore(readOnly: Bool = false) throws -> Store {
        try Store(path: databasePath, readOnly: readOnly || parsed.has("--read-only"))
    }

    /// Parses a whole number option, or explains which option was wrong.
    func integer(_ option: String, default fallback: Int, range: ClosedRange<Int>) throws -> Int {
        guard let text = parsed.value(option) else { return fallback }
        guard let value = Int(text), range.contains(value) else {
            throw HandoffError.invalidInput(
                Message(.mustBeAWhole, "\(option)", "\(range.lowerBound)", "\(range.upperBound)", "\(text)"))
        }
        return value
    }
}
