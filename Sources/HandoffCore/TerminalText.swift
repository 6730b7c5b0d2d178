/// Text from the database or a file is never trusted to be printable: this is the one place that
/// makes it safe to put on a terminal and measures how many cells it takes.
public enum TerminalText {
    /// Replaces everything a terminal would interpret (C0/C1 controls, ESC sequences, bidi
    /// overrides, zero-width format characters) with a visible stand-in, so `ESC[2J` shows as
    /// `␛[2J` instead of clearing the screen.
    public static func sanitize(_ text: String) -> String {
        var needsWork = text.unicodeScalars.first.map(isCombining) ?? false
        for scalar in text.unicodeScalars where !isPlain(scalar) {
            needsWork = true
            break
        }
        if !needsWork { return text }
        var result = String.UnicodeScalarView()
        var previousWasBase = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x20 {
                result.append(Unicode.Scalar(0x2400 + value)!)
                previousWasBase = true
            } else if value == 0x7F {
                result.append("\u{2421}")
                previousWasBase = true
            } else if (0x80...0x9F).contains(value) || isInvisibleFormat(value) {
                result.append("\u{FFFD}")
                previousWasBase = true
            } else if value == 0xFE0F {
                // Variation selectors change a glyph's width in some terminals and not others.
                continue
            } else if isCombining(scalar) && !previousWasBase {
                // A combining mark with nothing to sit on would merge into the cell before it.
                result.append("\u{25CC}")
                result.append(scalar)
                previousWasBase = true
            } else {
                result.append(scalar)
                previousWasBase = !isCombining(scalar)
            }
        }
        return String(result)
    }

    /// Cells a sanitized character takes on a terminal: 0, 1 or 2.
    public static func width(of character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        if isCombining(first) { return 0 }
        return isWide(first) ? 2 : 1
    }

    public static func width(_ text: String) -> Int {
        var total = 0
        for character in text { total += width(of: character) }
        return total
    }

    /// Cuts sanitized text to at most `width` cells, ending with an ellipsis when anything was cut.
    public static func truncate(_ text: String, to width: Int) -> String {
        if width <= 0 { return "" }
        if text.utf8.count <= width, text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        if self.width(text) <= width { return text }
        var result = ""
        var used = 0
        for character in text {
            let w = self.width(of: character)
            if used + w > width - 1 { break }
            result.append(character)
            used += w
        }
        return result + "…"
    }

    /// Splits text into lines of at most `width` cells, between words where it can (a word
    /// longer than a line is cut).
    public static func wrap(_ text: String, to width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ").map(String.init) {
            var word = word
            while self.width(word) > width {
                if !line.isEmpty { lines.append(line); line = "" }
                var head = ""
                for character in word {
                    if self.width(head) + self.width(of: character) > width { break }
                    head.append(character)
                }
                lines.append(head)
                word = String(word.dropFirst(head.count))
            }
            if line.isEmpty { line = word }
            else if self.width(line) + 1 + self.width(word) <= width { line += " " + word }
            else { lines.append(line); line = word }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// Pads or truncates sanitized text to exactly `width` cells.
    public static func fit(_ text: String, to width: Int, alignRight: Bool = false) -> String {
        let cut = truncate(text, to: width)
        let padding = String(repeating: " ", count: max(0, width - self.width(cut)))
        return alignRight ? padding + cut : cut + padding
    }

    private static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value >= 0x20 && value < 0x7F { return true }
        if value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value) || value == 0xFE0F { return false }
        if isInvisibleFormat(value) { return false }
        return true
    }

    private static func isInvisibleFormat(_ value: UInt32) -> Bool {
        switch value {
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF, 0x00AD, 0x061C, 0x180E:
            return true
        default:
            return false
        }
    }

    private static func isCombining(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return true
        default: return false
        }
    }

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x1100 { return false }
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return scalar.properties.isEmojiPresentation
        }
    }
}
