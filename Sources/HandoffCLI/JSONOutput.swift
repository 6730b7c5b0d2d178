import Foundation
import HandoffCore

/// JSON as commands print it. JSONSerialization escapes C0 controls but passes C1 controls, bidi
/// overrides and zero-width characters through raw, which a terminal would act on. Those are
/// written as `\uXXXX` escapes instead: the same JSON to a parser, harmless on a screen.
enum JSONOutput {
    static func render(_ object: Any) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return escaped(String(decoding: data, as: UTF8.self))
    }

    /// One object on one line, for JSON Lines (`handoff watch --json`).
    static func line(_ object: Any) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return escaped(String(decoding: data, as: UTF8.self))
    }

    /// JSON text made elsewhere (a report's own encoder), escaped the same way.
    static func escaped(_ json: String) -> String {
        var escaped = String.UnicodeScalarView()
        // Outside strings JSON is ASCII, so every scalar escaped here is inside a string literal.
        for scalar in json.unicodeScalars {
            if TerminalText.isSafe(scalar) || scalar == "\n" {
                escaped.append(scalar)
                continue
            }
            for unit in String(scalar).utf16 {
                escaped.append(contentsOf: String(format: "\\u%04x", unit).unicodeScalars)
            }
        }
        return String(escaped)
    }
}
