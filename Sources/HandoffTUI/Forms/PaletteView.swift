import HandoffCore

/// The Ctrl-P palette: a search line and the matching actions, each with its keys and where it
/// works, so every action can be found without knowing its key.
enum PaletteView {
    struct Frame {
        var x: Int
        var y: Int
        var width: Int
        var height: Int
        /// The first line of the list of actions, and how many lines it has.
        var listTop: Int
        var rows: Int
    }

    static func frame(width: Int, height: Int) -> Frame {
        let boxWidth = min(width - 4, 96)
        let boxHeight = min(height - 2, 24)
        let x = (width - boxWidth) / 2
        let y = 1
        return Frame(x: x, y: y, width: boxWidth, height: boxHeight, listTop: y + 3, rows: max(0, boxHeight - 4))
    }

    /// The part of the list on screen: it scrolls to keep the chosen line visible.
    static func window(selected: Int, count: Int, rows: Int) -> Range<Int> {
        guard count > rows, rows > 0 else { return 0..<count }
        let start = max(0, min(selected - rows / 2, count - rows))
        return start..<(start + rows)
    }

    static func draw(into buffer: inout ScreenBuffer, state: AppState, palette: PaletteState) {
        let strings = state.strings
        let glyphs = state.glyphs
        let frame = frame(width: buffer.width, height: buffer.height)
        guard frame.rows > 0 else { return }
        Panel(title: strings(.paletteTitle), lines: [], footer: strings(.paletteFooter))
            .draw(into: &buffer, scroll: 0, maxWidth: frame.width, glyphs: glyphs, height: frame.height)
        let inner = frame.width - 4
        let input = buffer.put("> ", x: frame.x + 2, y: frame.y + 1, style: Style(.title, bold: true))
        let typed = buffer.put(
            palette.query, x: frame.x + 2 + input, y: frame.y + 1, style: Style(.normal, bold: true), maxWidth: inner - input - 1)
        buffer.put(glyphs.cursor, x: frame.x + 2 + input + typed, y: frame.y + 1, style: Style(.accent, bold: true))
        buffer.fill(Rect(x: frame.x + 1, y: frame.y + 2, width: frame.width - 2, height: 1), style: Style(.muted), with: glyphs.horizontal)
        let matches = state.paletteMatches(palette.query)
        if matches.isEmpty {
            buffer.putFitted(strings(.paletteNoMatch, palette.query), x: frame.x + 2, y: frame.listTop, width: inner, style: Style(.muted))
            return
        }
        // Where an action works is the first thing to go on a narrow screen: the summary matters more.
        let keysWidth = min(18, inner / 5)
        let placeWidth = inner >= 88 ? min(22, inner / 5) : 0
        let summaryWidth = max(1, inner - keysWidth - placeWidth - (placeWidth > 0 ? 2 : 1))
        let window = window(selected: palette.selected, count: matches.count, rows: frame.rows)
        for (offset, index) in window.enumerated() {
            let entry = matches[index]
            let y = frame.listTop + offset
            let chosen = index == palette.selected
            if chosen { buffer.fill(Rect(x: frame.x + 1, y: y, width: frame.width - 2, height: 1), style: Style(.selected, reverse: true)) }
            func style(_ role: Role, bold: Bool = false) -> Style {
                Style(chosen ? .selected : role, bold: bold || chosen, reverse: chosen)
            }
            buffer.putFitted(entry.keys, x: frame.x + 2, y: y, width: keysWidth, style: style(.accent, bold: true))
            buffer.putFitted(entry.summary, x: frame.x + 3 + keysWidth, y: y, width: summaryWidth, style: style(.normal))
            if placeWidth > 0 {
                buffer.putFitted(
                    entry.place, x: frame.x + 4 + keysWidth + summaryWidth, y: y, width: placeWidth, style: style(.muted), alignRight: true)
            }
        }
    }
}
