/// Text five rows tall, for the projector layout of the meeting: titles and amounts readable from
/// the back of the room. Letters are drawn with `fill` (a block, or `#` in ASCII); characters
/// without a glyph are shown as a blank.
public enum BigText {
    public static let height = 5

    /// The five rows of `text`, one column of space between characters.
    public static func render(_ text: String, fill: String) -> [String] {
        var rows = Array(repeating: "", count: height)
        for (index, character) in text.uppercased().enumerated() {
            let glyph = glyphs[character] ?? glyphs[" "]!
            for row in 0..<height {
                if index > 0 { rows[row] += " " }
                rows[row] += glyph[row].map { $0 == "#" ? fill : " " }.joined()
            }
        }
        return rows
    }

    /// Cells the text takes when rendered.
    public static func width(_ text: String) -> Int {
        let characters = Array(text.uppercased())
        let glyphWidth = characters.reduce(0) { $0 + (glyphs[$1] ?? glyphs[" "]!)[0].count }
        return glyphWidth + max(0, characters.count - 1)
    }

    static let glyphs: [Character: [String]] = [
        " ": ["  ", "  ", "  ", "  ", "  "],
        "A": [" # ", "# #", "###", "# #", "# #"], "B": ["## ", "# #", "## ", "# #", "## "],
        "C": [" ##", "#  ", "#  ", "#  ", " ##"], "D": ["## ", "# #", "# #", "# #", "## "],
        "E": ["###", "#  ", "## ", "#  ", "###"], "F": ["###", "#  ", "## ", "#  ", "#  "],
        "G": [" ##", "#  ", "# #", "# #", " ##"], "H": ["# #", "# #", "###", "# #", "# #"],
        "I": ["###", " # ", " # ", " # ", "###"], "J": ["  #", "  #", "  #", "# #", " # "],
        "K": ["# #", "# #", "## ", "# #", "# #"], "L": ["#  ", "#  ", "#  ", "#  ", "###"],
        "M": ["#   #", "## ##", "# # #", "#   #", "#   #"], "N": ["#  #", "## #", "# ##", "#  #", "#  #"],
        "O": [" # ", "# #", "# #", "# #", " # "], "P": ["## ", "# #", "## ", "#  ", "#  "],
        "Q": [" # ", "# #", "# #", "## ", " ##"], "R": ["## ", "# #", "## ", "# #", "# #"],
        "S": [" ##", "#  ", " # ", "  #", "## "], "T": ["###", " # ", " # ", " # ", " # "],
        "U": ["# #", "# #", "# #", "# #", "###"], "V": ["# #", "# #", "# #", "# #", " # "],
        "W": ["#   #", "#   #", "# # #", "## ##", "#   #"], "X": ["# #", "# #", " # ", "# #", "# #"],
        "Y": ["# #", "# #", " # ", " # ", " # "], "Z": ["###", "  #", " # ", "#  ", "###"],
        "0": ["###", "# #", "# #", "# #", "###"], "1": [" # ", "## ", " # ", " # ", "###"],
        "2": ["## ", "  #", " # ", "#  ", "###"], "3": ["## ", "  #", " # ", "  #", "## "],
        "4": ["# #", "# #", "###", "  #", "  #"], "5": ["###", "#  ", "## ", "  #", "## "],
        "6": [" ##", "#  ", "###", "# #", "###"], "7": ["###", "  #", " # ", " # ", " # "],
        "8": ["###", "# #", "###", "# #", "###"], "9": ["###", "# #", "###", "  #", "## "],
        ".": [" ", " ", " ", " ", "#"], ",": [" ", " ", " ", "#", "#"], ":": [" ", "#", " ", "#", " "],
        "!": ["#", "#", "#", " ", "#"], "?": ["## ", "  #", " # ", "   ", " # "], "-": ["   ", "   ", "###", "   ", "   "],
        "+": ["   ", " # ", "###", " # ", "   "], "%": ["# #", "  #", " # ", "#  ", "# #"], "/": ["  #", "  #", " # ", "#  ", "#  "],
        "'": ["#", "#", " ", " ", " "], "&": [" # ", "# #", " # ", "# #", " ##"],
        "€": [" ##", "#  ", "###", "#  ", " ##"], "$": [" ##", "## ", " # ", " ##", "## "],
    ]
}
