import HandoffCore

/// Help generated from the key map itself, grouped by where the keys work.
enum HelpView {
    static func draw(into buffer: inout ScreenBuffer, keyMap: KeyMap, scroll: Int, glyphs: Glyphs) {
        Panel(title: "Keys", lines: lines(for: keyMap), footer: "j/k scroll · Esc close")
            .draw(into: &buffer, scroll: scroll, maxWidth: 76, glyphs: glyphs)
    }

    static func lines(for keyMap: KeyMap) -> [Panel.Line] {
        var lines: [Panel.Line] = []
        let sections: [(KeyContext, String)] = [(.global, "Everywhere"), (.board, "On the board"), (.inbox, "In the inbox"), (.scoring, "In the scoring panel"), (.detail, "In a lead's detail"), (.form, "In a form or the command line")]
        for (context, title) in sections {
            lines.append(Panel.Line(title, Style(.title, bold: true)))
            for binding in keyMap.bindings(in: context) {
                let keys = binding.keys.map(\.label).joined(separator: " ")
                lines.append(Panel.Line("  " + TerminalText.fit(keys, to: 16) + binding.summary))
            }
            lines.append(Panel.Line(""))
        }
        return lines
    }
}
