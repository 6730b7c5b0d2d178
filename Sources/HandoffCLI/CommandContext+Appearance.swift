import Foundation
import HandoffCore
import HandoffStore
import HandoffTUI

/// How the person wants the board to look and speak: `--lang`, `--theme`, `--ascii`, `--mouse`
/// and their environment variables.
extension CommandContext {
    /// `--lang`, else LC_ALL, LC_MESSAGES, LANG.
    func language() throws -> Language {
        try Language.choose(flag: parsed.value("--lang"), environment: environment)
    }

    func appOptions() throws -> AppOptions {
        let strings = Strings(try language())
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let themes = ThemeCatalog.locate(executable: executable, environment: environment)
        let requested = parsed.value("--theme") ?? environment["HANDOFF_THEME"].flatMap { $0.isEmpty ? nil : $0 } ?? "default"
        var theme = Theme.builtIn
        var message: StatusMessage?
        switch themes.load(requested, strings: strings) {
        case let .success(loaded):
            theme = loaded
        case let .failure(error):
            // A bad theme never keeps the board from opening: the default is used, and the
            // person is told which file, which line and what is wrong.
            let text = strings(.themeFailed, error.message)
            printError("handoff: " + text)
            message = StatusMessage(text, tone: .error)
        }
        let mouseSetting = (environment["HANDOFF_MOUSE"] ?? "").lowercased()
        return AppOptions(
            strings: strings, glyphs: parsed.has("--ascii") ? .ascii : .unicode, theme: theme, themes: themes,
            mouse: parsed.has("--mouse") || ["1", "on", "yes", "true"].contains(mouseSetting), startupMessage: message,
            quiet: parsed.has("--quiet"))
    }
}
