/// Text from the data made safe inside a Markdown document: nothing a terminal would interpret,
/// and no character that Markdown would read as formatting (strikethrough `~~` too), a link or a
/// table cell. A bare address (`https://`, `www.`) would become a link by itself in GitHub's and
/// most renderers' Markdown: an escape inside it keeps it text.
public enum Markdown {
    public static func escape(_ text: String) -> String {
        var result = ""
        let characters = Array(TerminalText.sanitize(text))
        for (index, character) in characters.enumerated() {
            if "\\`*_[]<>|#~".contains(character) { result.append("\\") }
            // `http://` -> `http\://`, `www.` -> `www\.`: the renderer no longer sees an address.
            if character == ":" && characters[(index + 1)...].starts(with: ["/", "/"]) { result.append("\\") }
            if character == ".", index >= 3, String(characters[(index - 3)..<index]).lowercased() == "www",
                index == 3 || !characters[index - 4].isLetter && !characters[index - 4].isNumber
            {
                result.append("\\")
            }
            result.append(character)
        }
        return result
    }
}
