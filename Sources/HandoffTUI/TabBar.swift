import HandoffCore

/// The top line: the product name and the views, the current one highlighted.
enum TabBar {
    static func draw(into buffer: inout ScreenBuffer, state: AppState) {
        buffer.fill(Rect(x: 0, y: 0, width: buffer.width, height: 1), style: Style(.statusBar))
        var x = buffer.put(" Handoff ", x: 0, y: 0, style: Style(.statusBar, bold: true))
        for mode in ViewMode.allCases {
            let active = mode == state.view
            x += buffer.put(" \(mode.rawValue) \(mode.title) ", x: x, y: 0, style: Style(active ? .tabActive : .statusBar, bold: active))
        }
        let hint = "? help  q quit "
        buffer.put(hint, x: buffer.width - TerminalText.width(hint), y: 0, style: Style(.statusBar))
    }
}
