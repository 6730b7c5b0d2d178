import HandoffCore

/// Draws the whole screen for a state. Pure: the same state always gives the same buffer.
public enum AppRenderer {
    public static func render(_ state: AppState) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: state.width, height: state.height)
        let layout = state.boardLayout
        let glyphs = state.glyphs
        if layout.isTooSmall {
            drawTooSmall(into: &buffer, state: state)
            return buffer
        }
        if let meeting = state.meeting {
            MeetingView.draw(into: &buffer, state: state, meeting: meeting, glyphs: glyphs)
        } else {
            TabBar.draw(into: &buffer, state: state)
            switch state.view {
            case .board: BoardView.draw(into: &buffer, state: state, layout: layout, glyphs: glyphs)
            case .inbox: InboxView.draw(into: &buffer, state: state, glyphs: glyphs)
            case .scoring: ScoringView.draw(into: &buffer, state: state, glyphs: glyphs)
            case .dashboard: DashboardView.draw(into: &buffer, state: state, glyphs: glyphs)
            case .content: ContentView.draw(into: &buffer, state: state, glyphs: glyphs)
            case .insights: InsightsView.draw(into: &buffer, state: state, glyphs: glyphs)
            }
            StatusBar.draw(into: &buffer, state: state, glyphs: glyphs)
        }
        if let banner = state.celebration, state.now < banner.until {
            CelebrationView.draw(banner, into: &buffer, strings: state.strings, glyphs: glyphs)
        }
        switch state.overlay {
        case let .help(scroll):
            HelpView.draw(into: &buffer, state: state, scroll: scroll)
        case let .detail(detail):
            DetailView.draw(into: &buffer, detail: detail, state: state)
        case let .form(form):
            FormView.draw(into: &buffer, form: form, strings: state.strings, glyphs: glyphs)
        case let .prompt(prompt):
            PromptView.draw(into: &buffer, prompt: prompt, strings: state.strings, glyphs: glyphs)
        case let .palette(palette):
            PaletteView.draw(into: &buffer, state: state, palette: palette)
        case let .formula(id, scroll):
            FormulaView.draw(into: &buffer, id: id, scroll: scroll, state: state, glyphs: glyphs)
        case let .importPanel(panel):
            ImportPanelView.draw(into: &buffer, panel: panel, state: state)
        case let .account(detail):
            AccountDetailView.draw(into: &buffer, detail: detail, state: state)
        case let .piece(detail):
            PieceDetailView.draw(into: &buffer, detail: detail, state: state)
        case nil:
            break
        }
        return buffer
    }

    private static func drawTooSmall(into buffer: inout ScreenBuffer, state: AppState) {
        let strings = state.strings
        let lines = [
            strings(.tooSmallTitle),
            strings(.tooSmallSize, state.width, state.height, BoardLayout.minimumWidth, BoardLayout.minimumHeight),
            strings(.tooSmallHint),
        ]
        for (offset, line) in lines.enumerated() {
            let y = max(0, state.height / 2 - 1) + offset
            let x = max(0, (state.width - TerminalText.width(line)) / 2)
            buffer.put(line, x: x, y: y, style: Style(offset == 0 ? .warning : .normal, bold: offset == 0))
        }
    }
}
