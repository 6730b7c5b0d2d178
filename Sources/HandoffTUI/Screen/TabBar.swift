import HandoffCore

/// The top line: the product name and the views, the current one highlighted.
enum TabBar {
    static let brand = " Handoff "

    /// Where each tab is drawn: shared by drawing and by mouse hit-testing.
    static func tabs(_ state: AppState) -> [(view: ViewMode, x: Int, width: Int)] {
        var x = TerminalText.width(brand)
        return ViewMode.allCases.map { mode in
            let width = TerminalText.width(label(mode, state: state))
            defer { x += width }
            return (mode, x, width)
        }
    }

    static func label(_ mode: ViewMode, state: AppState) -> String { " \(mode.rawValue) \(mode.name(state.strings)) " }

    static func draw(into buffer: inout ScreenBuffer, state: AppState) {
        buffer.fill(Rect(x: 0, y: 0, width: buffer.width, height: 1), style: Style(.statusBar))
        buffer.put(brand, x: 0, y: 0, style: Style(.statusBar, bold: true))
        for tab in tabs(state) {
            let active = tab.view == state.view
            buffer.put(label(tab.view, state: state), x: tab.x, y: 0, style: Style(active ? .tabActive : .statusBar, bold: active))
        }
        let hint = state.strings(.tabHint) + " "
        let hintX = buffer.width - TerminalText.width(hint)
        if hintX > (tabs(state).last.map { $0.x + $0.width } ?? 0) {
            buffer.put(hint, x: hintX, y: 0, style: Style(.statusBar))
        }
    }
}
