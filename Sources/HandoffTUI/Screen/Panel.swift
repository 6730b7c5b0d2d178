import HandoffCore

/// A bordered box over the screen, with a title and scrollable lines, for help and detail views.
struct Panel {
    struct Line {
        var text: String
        var style: Style

        init(_ text: String, _ style: Style = .normal) {
            self.text = text
            self.style = style
        }
    }

    var title: String
    var lines: [Line]
    var footer: String

    /// Draws centred, at most `maxWidth` wide and `height` high (default: the screen less a
    /// line above and below); returns the scroll actually used (clamped).
    @discardableResult
    func draw(into buffer: inout ScreenBuffer, scroll: Int, maxWidth: Int, glyphs: Glyphs, height: Int? = nil) -> Int {
        let width = min(maxWidth, buffer.width - 4)
        let height = min(height ?? buffer.height - 2, buffer.height - 2)
        guard width > 4, height > 4 else { return 0 }
        let x = (buffer.width - width) / 2
        let y = 1
        let border = Style(.accent, bold: true)
        buffer.fill(Rect(x: x, y: y, width: width, height: height))
        buffer.put(glyphs.topLeft + String(repeating: glyphs.horizontal, count: width - 2) + glyphs.topRight, x: x, y: y, style: border)
        buffer.put(
            glyphs.bottomLeft + String(repeating: glyphs.horizontal, count: width - 2) + glyphs.bottomRight, x: x, y: y + height - 1,
            style: border)
        for row in (y + 1)..<(y + height - 1) {
            buffer.put(glyphs.vertical, x: x, y: row, style: border)
            buffer.put(glyphs.vertical, x: x + width - 1, y: row, style: border)
        }
        buffer.put(" \(title) ", x: x + 2, y: y, style: Style(.title, bold: true), maxWidth: width - 4)
        buffer.put(" \(footer) ", x: x + 2, y: y + height - 1, style: Style(.muted), maxWidth: width - 4)
        let visible = height - 2
        let clamped = max(0, min(scroll, lines.count - visible))
        for (offset, line) in lines.dropFirst(clamped).prefix(visible).enumerated() {
            buffer.putFitted(line.text, x: x + 2, y: y + 1 + offset, width: width - 4, style: line.style)
        }
        if clamped + visible < lines.count {
            buffer.put(glyphs.moreBelow, x: x + width - 2, y: y + height - 2, style: border)
        }
        return clamped
    }
}
