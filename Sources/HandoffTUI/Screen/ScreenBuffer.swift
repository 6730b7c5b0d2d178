import HandoffCore

/// The whole screen as cells. Views draw into it; tests read it; NcursesTerminal copies it out.
/// Every string goes through `TerminalText.sanitize` on the way in, so nothing from the data can
/// reach the terminal as a control sequence.
public struct ScreenBuffer: Sendable, Equatable {
    public struct Cell: Sendable, Equatable {
        /// What a terminal puts in one cell: a scalar with the combining marks that follow it;
        /// empty for the second cell of a wide character.
        public var text: String
        public var style: Style
    }

    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: Cell(text: " ", style: .normal), count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell { cells[y * width + x] }

    /// Writes text at (x, y), clipped to `maxWidth` cells and the buffer's edge; returns the cells used.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .normal, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = min(width, x + (maxWidth ?? width))
        var column = x
        TerminalText.forEachCell(TerminalText.sanitize(text)) { cell, cellWidth in
            if column + cellWidth > limit { return false }
            if column >= 0 {
                claim(column, y)
                cells[y * width + column] = Cell(text: cell, style: style)
                if cellWidth == 2 {
                    claim(column + 1, y)
                    cells[y * width + column + 1] = Cell(text: "", style: style)
                }
            }
            column += cellWidth
            return true
        }
        return column - x
    }

    /// Text fitted into exactly `width` cells: cut with an ellipsis or padded with spaces.
    public mutating func putFitted(_ text: String, x: Int, y: Int, width: Int, style: Style = .normal, alignRight: Bool = false) {
        put(TerminalText.fit(text, to: width, alignRight: alignRight), x: x, y: y, style: style, maxWidth: width)
    }

    public mutating func fill(_ rect: Rect, style: Style = .normal, with character: String = " ") {
        for row in max(0, rect.y)..<min(height, rect.maxY) {
            for column in max(0, rect.x)..<min(width, rect.maxX) {
                claim(column, row)
                cells[row * width + column] = Cell(text: character, style: style)
            }
        }
    }

    /// Makes room to write cell (x, y): a wide character that it would cut in half becomes a blank,
    /// so a terminal is never sent half a glyph, which would shift the rest of the row.
    private mutating func claim(_ x: Int, _ y: Int) {
        let index = y * width + x
        if cells[index].text.isEmpty && x > 0 { cells[index - 1].text = " " }
        if x + 1 < width && cells[index + 1].text.isEmpty { cells[index + 1].text = " " }
    }

    /// Copies `rows` rows of `page` (a buffer taller than the screen), starting at its row `top`,
    /// to this buffer's row `y`: how a scrolling page is shown through a window.
    public mutating func paste(_ page: ScreenBuffer, from top: Int, to y: Int, rows: Int) {
        for row in 0..<max(0, rows) {
            let source = top + row, target = y + row
            guard source >= 0, source < page.height, target >= 0, target < height else { continue }
            for x in 0..<min(width, page.width) { cells[target * width + x] = page.cells[source * page.width + x] }
        }
    }

    /// One row as plain text, trailing spaces kept: what a screen capture shows.
    public func line(_ y: Int) -> String {
        var text = ""
        for x in 0..<width { text += cells[y * width + x].text }
        return text
    }

    public var lines: [String] { (0..<height).map(line) }

    /// Every row with trailing spaces removed, joined with newlines: `handoff snapshot`'s output.
    public var text: String {
        lines.map { line in
            var trimmed = Substring(line)
            while trimmed.last == " " { trimmed = trimmed.dropLast() }
            return String(trimmed)
        }.joined(separator: "\n")
    }
}
