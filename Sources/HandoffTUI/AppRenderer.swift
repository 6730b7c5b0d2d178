import HandoffCore

/// Draws the whole screen for a state. Pure: the same state always gives the same buffer.
public enum AppRenderer {
    public static func render(_ state: AppState, glyphs: Glyphs = .unicode) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: state.width, height: state.height)
        let layout = BoardLayout(width: state.width, height: state.height, columnCount: state.columns.count)
        if layout.isTooSmall {
            drawTooSmall(into: &buffer, state: state)
            return buffer
        }
        TabBar.draw(into: &buffer, state: state)
        switch state.view {
        case .board: BoardView.draw(into: &buffer, state: state, layout: layout, glyphs: glyphs)
        case .inbox: InboxView.draw(into: &buffer, state: state, glyphs: glyphs)
        case .scoring: ScoringView.draw(into: &buffer, state: state, glyphs: glyphs)
        }
        StatusBar.draw(into: &buffer, state: state, glyphs: glyphs)
        switch state.overlay {
        case let .help(scroll):
            HelpView.draw(into: &buffer, keyMap: state.keyMap, scroll: scroll, glyphs: glyphs)
        case let .detail(detail):
            DetailView.draw(into: &buffer, detail: detail, pipeline: state.pipeline, now: state.now, glyphs: glyphs)
        case let .form(form):
            FormView.draw(into: &buffer, form: form, glyphs: glyphs)
        case nil:
            break
        }
        return buffer
    }

    private static func drawTooSmall(into buffer: inout ScreenBuffer, state: AppState) {
        let lines = ["Terminal too small",
                     "\(state.width)x\(state.height); needs \(BoardLayout.minimumWidth)x\(BoardLayout.minimumHeight)",
                     "Enlarge the window, or q to quit"]
        for (offset, line) in lines.enumerated() {
            let y = max(0, state.height / 2 - 1) + offset
            let x = max(0, (state.width - TerminalText.width(line)) / 2)
            buffer.put(line, x: x, y: y, style: Style(offset == 0 ? .warning : .normal, bold: offset == 0))
        }
    }
}
