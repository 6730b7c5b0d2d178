import HandoffCore

/// Help generated from the key map and the `:` command table themselves, grouped by where the
/// keys work, in the person's language.
enum HelpView {
    static let maxWidth = 84
    /// The keys' column; summaries start after it and wrap under themselves.
    static let keysWidth = 18

    static func draw(into buffer: inout ScreenBuffer, state: AppState, scroll: Int) {
        // The panel's text area: its width less borders and margins.
        let textWidth = min(maxWidth, buffer.width - 4) - 4
        Panel(
            title: state.strings(.helpTitle),
            lines: lines(for: state.keyMap, strings: state.strings, glyphs: state.glyphs, width: textWidth),
            footer: state.strings(.panelFooter)
        )
        .draw(into: &buffer, scroll: scroll, maxWidth: maxWidth, glyphs: state.glyphs)
    }

    static let sections: [(KeyContext, StringKey)] = [
        (.global, .helpEverywhere), (.board, .helpBoard), (.inbox, .helpInbox), (.scoring, .helpScoring), (.dashboard, .helpDashboard),
        (.content, .helpContent), (.piece, .helpPiece), (.insights, .helpInsights), (.meeting, .helpMeeting),
        (.filter, .helpFilter), (.detail, .helpDetail), (.account, .helpAccount),
        (.form, .helpForm), (.prompt, .helpPrompt), (.palette, .helpPalette), (.importPanel, .helpImportPanel),
    ]

    /// Help as lines of at most `width` cells: a long summary wraps under itself, never cut.
    static func lines(for keyMap: KeyMap, strings: Strings, glyphs: Glyphs, width: Int) -> [Panel.Line] {
        var lines: [Panel.Line] = []
        let indent = 2 + keysWidth
        func section(_ title: StringKey, _ rows: [(String, String)]) {
            lines.append(Panel.Line(strings(title), Style(.title, bold: true)))
            for (left, right) in rows {
                let wrapped = TerminalText.wrap(right, to: max(10, width - indent))
                lines.append(Panel.Line("  " + TerminalText.fit(left, to: keysWidth) + (wrapped.first ?? "")))
                for more in wrapped.dropFirst() { lines.append(Panel.Line(String(repeating: " ", count: indent) + more)) }
            }
            lines.append(Panel.Line(""))
        }
        for (context, title) in sections {
            section(
                title,
                keyMap.bindings(in: context).map { binding in
                    (binding.keys.map { $0.label(strings) }.joined(separator: " "), strings(binding.summary))
                })
            if context == .board {
                // What each fact on a card's third line means, beside the keys that act on cards.
                let days: String = strings(.daysShort, 3) + "  " + strings(.daysShort, 9) + "!"
                let legend: [(String, StringKey)] = [
                    ("42", .helpCardScore), (strings.compactMoney(18_500), .helpCardValue), ("ana", .helpCardOwner),
                    (days, .helpCardDays), (glyphs.nextStep, .helpCardNextStep), ("#1234", .helpCardID),
                ]
                section(.helpCardTitle, legend.map { ($0.0, strings($0.1)) })
            }
        }
        section(.helpCommands, AppState.lineCommands.map { (":" + $0.usage(strings), strings($0.summary)) })
        section(
            .helpFilterSyntax,
            [.helpFilterText, .helpFilterOwner, .helpFilterOrigin, .helpFilterScore, .helpFilterStale].map { ("", strings($0)) })
        section(.helpMouse, [.helpMouseClick, .helpMouseWheel, .helpMouseTab].map { ("", strings($0)) })
        return lines
    }
}
