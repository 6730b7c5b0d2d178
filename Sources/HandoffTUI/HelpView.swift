import HandoffCore

/// Help generated from the key map itself, grouped by where the keys work.
enum HelpView {
    static func draw(into buffer: inout ScreenBuffer, keyMap: KeyMap, scroll: Int, glyphs: Glyphs) {
        Panel(title: "Keys", lines: lines(for: keyMap), footer: "j/k scroll · Esc close")
            .draw(into: &buffer, scroll: scroll, maxWidth: 76, glyphs: glyphs)
    }

    static func lines(for keyMap: KeyMap) -> [Panel.Line] {
        var lines: [Panel.Line] = []
        for context in [KeyContext.board, .detail] {
            lines.append(Panel.Line(context == .board ? "On the board" : "In a lead's detail", Style(.title, bold: true)))
            for binding in keyMap.bindings(in: context) {
                let keys = binding.keys.map(\.label).joined(separator: " ")
                lines.append(Panel.Line("  " + TerminalText.fit(keys, to: 16) + binding.summary))
            }
            lines.append(Panel.Line(""))
        }
        return lines
    }
}
