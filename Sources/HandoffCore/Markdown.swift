/// Text from the data made safe inside a Markdown document: nothing a terminal would interpret,
/// and no character that Markdown would read as formatting, a link or a table cell.
public enum Markdown {
    public static func escape(_ text: String) -> String {
        var result = ""
        for character in TerminalText.sanitize(text) {
            if "\\`*_[]<>|#".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
