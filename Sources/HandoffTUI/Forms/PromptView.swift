import HandoffCore

/// The `:` and `/` lines at the bottom of the screen, like vim's: the line being typed, and above
/// it Tab's candidates or the reason the last Enter was refused.
enum PromptView {
    static func draw(into buffer: inout ScreenBuffer, prompt: PromptState, strings: Strings, glyphs: Glyphs) {
        let row = buffer.height - 2
        guard row >= 1 else { return }
        buffer.fill(Rect(x: 0, y: row, width: buffer.width, height: 1))
        let hint = strings(prompt.kind == .command ? .promptCommandHint : .promptFilterHint)
        let hintWidth = TerminalText.width(hint)
        let inputWidth = buffer.width - 1 - (buffer.width >= hintWidth + 40 ? hintWidth + 2 : 0)
        // Keep the end of a long line in view, where the cursor is.
        var shown = prompt.text
        while TerminalText.width(shown) > inputWidth - 2, !shown.isEmpty { shown.removeFirst() }
        let used = buffer.put(prompt.kind.symbol, x: 0, y: row, style: Style(.title, bold: true))
        let typed = buffer.put(shown, x: used, y: row, style: Style(.normal, bold: true), maxWidth: inputWidth - used)
        buffer.put(glyphs.cursor, x: used + typed, y: row, style: Style(.accent, bold: true))
        if inputWidth < buffer.width - 1 {
            buffer.put(hint, x: buffer.width - hintWidth - 1, y: row, style: Style(.muted))
        }
        let above = row - 1
        guard above >= 1 else { return }
        if let error = prompt.error {
            buffer.putFitted(" " + error, x: 0, y: above, width: buffer.width, style: Style(.danger, bold: true))
        } else if !prompt.candidates.isEmpty {
            buffer.fill(Rect(x: 0, y: above, width: buffer.width, height: 1), style: Style(.statusBar))
            var x = 1
            for (index, candidate) in prompt.candidates.enumerated() {
                let width = TerminalText.width(candidate)
                guard x + width < buffer.width else {
                    buffer.put(glyphs.moreRight, x: buffer.width - 2, y: above, style: Style(.statusBar, bold: true))
                    break
                }
                let current = index == prompt.candidateIndex
                buffer.put(candidate, x: x, y: above, style: Style(current ? .tabActive : .statusBar, bold: current))
                x += width + 2
            }
        }
    }
}
