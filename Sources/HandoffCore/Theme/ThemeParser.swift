import Foundation

/// Reads the theme file format (documented in `themes/README.md`):
///
///     # a comment: `#` at the start of a line, or after a space and followed by a space
///     description = Dark terminals
///     layout = standard                  # or projector
///     title = cyan bold                  # ROLE = FOREGROUND [on BACKGROUND] [bold] [underline] [reverse]
///     status_bar = white on #303030
///
/// It never traps, whatever the input (binary data, huge lines, odd Unicode): every problem
/// becomes a `ThemeError` naming the line.
public enum ThemeParser {
    public static let attributeWords = ["bold", "underline", "reverse"]

    /// `roles` are the role names a theme may set (the screen's `Role` names).
    public static func parse(_ text: String, roles: Set<String>) -> Result<ThemeDocument, ThemeError> {
        // Editors on Windows save a byte order mark first; it is no part of the theme.
        let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        var document = ThemeDocument()
        var seen: Set<String> = []
        var lineNumber = 0
        // "\r\n" is one Character in Swift, so Windows line ends are split on explicitly.
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            lineNumber += 1
            let line = stripComment(String(rawLine)).trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty { continue }
            if line.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\t" || $0.value == 0x7F || $0.value == 0xFFFD }) {
                return .failure(ThemeError(line: lineNumber, .notText))
            }
            guard let equals = line.firstIndex(of: "=") else { return .failure(ThemeError(line: lineNumber, .missingEquals)) }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            if key.isEmpty { return .failure(ThemeError(line: lineNumber, .emptyKey)) }
            guard key == "description" || key == "layout" || roles.contains(key) else {
                return .failure(ThemeError(line: lineNumber, .unknownKey(key)))
            }
            if !seen.insert(key).inserted { return .failure(ThemeError(line: lineNumber, .duplicateKey(key))) }
            if value.isEmpty { return .failure(ThemeError(line: lineNumber, .emptyValue(key))) }
            switch key {
            case "description":
                document.description = value
            case "layout":
                guard let layout = ThemeLayout(rawValue: value.lowercased()) else {
                    return .failure(ThemeError(line: lineNumber, .unknownLayout(value)))
                }
                document.layout = layout
            default:
                switch entry(value) {
                case let .success(entry): document.entries[key] = entry
                case let .failure(problem): return .failure(ThemeError(line: lineNumber, problem))
                }
            }
        }
        return .success(document)
    }

    /// `FOREGROUND [on BACKGROUND] [bold] [underline] [reverse]`, in any order after the colours.
    static func entry(_ value: String) -> Result<ThemeEntry, ThemeError.Problem> {
        var entry = ThemeEntry()
        var colors: [TerminalColor] = []
        var expectBackground = false
        for word in value.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init) {
            let lower = word.lowercased()
            if lower == "on" {
                guard colors.count == 1, !expectBackground else { return .failure(.unknownWord(word)) }
                expectBackground = true
                continue
            }
            if attributeWords.contains(lower) {
                if expectBackground { return .failure(.unknownColor(word)) }
                switch lower {
                case "bold": entry.bold = true
                case "underline": entry.underline = true
                default: entry.reverse = true
                }
                continue
            }
            guard let color = TerminalColor(parsing: word) else {
                return .failure(colors.isEmpty || expectBackground ? .unknownColor(word) : .unknownWord(word))
            }
            if colors.count == 1 && !expectBackground || colors.count >= 2 { return .failure(.tooManyColors) }
            colors.append(color)
            expectBackground = false
        }
        if expectBackground { return .failure(.unknownColor("")) }
        if let foreground = colors.first { entry.foreground = foreground }
        if colors.count > 1 { entry.background = colors[1] }
        return .success(entry)
    }

    /// Cuts a comment: `#` at the start, or after whitespace and followed by whitespace or the
    /// end, so `#1e6fd9` stays a colour.
    static func stripComment(_ line: String) -> String {
        let characters = Array(line)
        var index = 0
        while index < characters.count {
            if characters[index] == "#" {
                let before = index == 0 || characters[index - 1].isWhitespace
                let after = index + 1 == characters.count || characters[index + 1].isWhitespace
                let leading = characters[..<index].allSatisfy(\.isWhitespace)
                if leading || (before && after) { return String(characters[..<index]) }
            }
            index += 1
        }
        return line
    }
}
