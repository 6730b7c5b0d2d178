import Foundation
import HandoffCore
import HandoffStore

/// The theme files the board can use: `NAME.theme` in the `themes/` folder shipped with Handoff
/// (or `$HANDOFF_THEMES`), or any file named by its path.
public struct ThemeCatalog: Sendable, Equatable {
    public static let fileExtension = ".theme"
    /// Where named themes live; nil when no folder was found (only the built-in default exists).
    public var folder: String?

    public init(folder: String?) {
        self.folder = folder
    }

    /// The shipped folder next to the executable's checkout or install prefix, or `$HANDOFF_THEMES`.
    public static func locate(executable: String, environment: [String: String]) -> ThemeCatalog {
        ThemeCatalog(
            folder: ResourceFolder.locate(
                "themes", marker: "default" + fileExtension, executable: executable,
                override: environment["HANDOFF_THEMES"]))
    }

    /// The names `:theme` offers, sorted; always includes `default`.
    public var names: [String] {
        var names: Set<String> = ["default"]
        if let folder, let files = try? FileManager.default.contentsOfDirectory(atPath: folder) {
            for file in files where file.hasSuffix(ThemeCatalog.fileExtension) {
                names.insert(String(file.dropLast(ThemeCatalog.fileExtension.count)))
            }
        }
        return names.sorted()
    }

    /// A theme by name (`light`) or path (`./mine.theme`, anything with a `/`). The message of a
    /// failure says which file, which line and what is wrong, in the person's language.
    public func load(_ nameOrPath: String, strings: Strings) -> Result<Theme, ThemeLoadError> {
        let isPath = nameOrPath.contains("/") || nameOrPath.hasSuffix(ThemeCatalog.fileExtension)
        let name =
            isPath ? String(((nameOrPath as NSString).lastPathComponent as String).split(separator: ".").first ?? "theme") : nameOrPath
        var path = nameOrPath
        if !isPath {
            guard let folder, FileManager.default.fileExists(atPath: folder + "/" + nameOrPath + ThemeCatalog.fileExtension) else {
                if nameOrPath == "default" { return .success(.builtIn) }
                return .failure(ThemeLoadError(strings(.themeNotFound, TerminalText.sanitize(nameOrPath), names.joined(separator: ", "))))
            }
            path = folder + "/" + nameOrPath + ThemeCatalog.fileExtension
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(ThemeLoadError(strings(.themeUnreadable, TerminalText.sanitize(path))))
        }
        // Invalid UTF-8 becomes U+FFFD, which the parser refuses as "not a text file" on its line.
        let text = String(decoding: data, as: UTF8.self)
        switch Theme.parse(text, name: name) {
        case let .success(theme): return .success(theme)
        case let .failure(error): return .failure(ThemeLoadError(TerminalText.sanitize(path) + ", " + error.message(strings)))
        }
    }
}
