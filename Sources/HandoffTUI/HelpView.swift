import HandoffCore

/// Help generated from the key map and the `:` command table themselves, grouped by where the
/// keys work, in the person's language.
enum HelpView {
    static func draw(into buffer: inout ScreenBuffer, state: AppState, scroll: Int) {
        Panel(title: state.strings(.helpTitle), lines: lines(for: state.keyMap, strings: state.strings), footer: state.strings(.panelFooter))
            .draw(into: &buffer, scroll: scroll, maxWidth: 84, glyphs: state.glyphs)
    }

    static let sections: [(KeyContext, StringKey)] = [
        (.global, .helpEverywhere), (.board, .helpBoard), (.inbox, .helpInbox), (.filter, .helpFilter), (.detail, .helpDetail),
        (.form, .helpForm), (.prompt, .helpPrompt), (.palette, .helpPalette),
    ]

    static func lines(for keyMap: KeyMap, strings: Strings) -> [Panel.Line] {
        var lines: [Panel.Line] = []
        func section(_ title: StringKey, _ rows: [(String, String)]) {
            lines.append(Panel.Line(strings(title), Style(.title, bold: true)))
            for (left, right) in rows { lines.append(Panel.Line("  " + TerminalText.fit(left, to: 18) + right)) }
            lines.append(Panel.Line(""))
        }
        for (context, title) in sections {
            section(title, keyMap.bindings(in: context).map { binding in
                (binding.keys.map(\.label).joined(separator: " "), strings(binding.summary))
            })
        }
        section(.helpCommands, AppState.lineCommands.map { (":" + $0.usage(strings), strings($0.summary)) })
        section(.helpFilterSyntax, [.helpFilterText, .helpFilterOwner, .helpFilterOrigin, .helpFilterScore, .helpFilterStale].map { ("", strings($0)) })
        section(.helpMouse, [.helpMouseClick, .helpMouseWheel, .helpMouseTab].map { ("", strings($0)) })
        return lines
    }
}
