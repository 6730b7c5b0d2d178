/// Paragraphs broken into lines of at most `width` cells at spaces, for panels that explain
/// things in sentences (formulas, agenda lines on a projector).
public enum TextWrap {
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            let candidate = line.isEmpty ? word : line + " " + word
            if TerminalText.width(candidate) <= width {
                line = candidate
                continue
            }
            if !line.isEmpty { lines.append(line) }
            // A word longer than the line is cut, never lost.
            var rest = word
            while TerminalText.width(rest) > width {
                var head = ""
                for character in rest {
                    if TerminalText.width(head + String(character)) > width { break }
                    head.append(character)
                }
                lines.append(head)
                rest = String(rest.dropFirst(head.count))
            }
            line = rest
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}
