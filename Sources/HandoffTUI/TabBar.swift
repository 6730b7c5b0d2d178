import HandoffCore

/// The top line: the product name and the views, the current one highlighted.
enum TabBar {
    static func draw(into buffer: inout ScreenBuffer, state: AppState) {
        buffer.fill(Rect(x: 0, y: 0, width: buffer.width, height: 1), style: Style(.statusBar))
        var x = buffer.put(" Handoff ", x: 0, y: 0, style: Style(.statusBar, bold: true))
        x += buffer.put(" 1 Board ", x: x, y: 0, style: Style(.tabActive, bold: true, reverse: false))
        let hint = "? help  q quit "
        buffer.put(hint, x: buffer.width - TerminalText.width(hint), y: 0, style: Style(.statusBar))
    }
}
