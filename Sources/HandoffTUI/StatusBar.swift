import HandoffCore

/// The last two lines: the outcome of the last action, then where you are and who you are, and
/// the active filter, drawn so a filtered count is never read as the whole board.
enum StatusBar {
    static func draw(into buffer: inout ScreenBuffer, state: AppState, glyphs: Glyphs) {
        let strings = state.strings
        let messageRow = buffer.height - 2
        let barRow = buffer.height - 1
        if let status = state.status {
            let role: Role = status.tone == .error ? .danger : status.tone == .success ? .success : .normal
            buffer.putFitted(" " + status.text, x: 0, y: messageRow, width: buffer.width, style: Style(role, bold: status.tone == .error))
        }
        buffer.fill(Rect(x: 0, y: barRow, width: buffer.width, height: 1), style: Style(.statusBar))
        let separator = " \(glyphs.vertical) "
        var right = ""
        if state.mouseEnabled { right = strings(.statusMouse) + " " }
        let room = buffer.width - TerminalText.width(right)
        var x = buffer.put(" " + [state.databaseName, state.user].joined(separator: separator) + separator, x: 0, y: barRow,
                           style: Style(.statusBar), maxWidth: room)
        if let filter = state.filter {
            let count = strings(.statusFiltered, strings.integer(state.matchingLeads ?? 0), strings.integer(state.totalLeads), filter.query)
            x += buffer.put(" " + count + " ", x: x, y: barRow, style: Style(.tabActive, bold: true), maxWidth: room - x)
            x += buffer.put(" " + strings(.statusFilterHint), x: x, y: barRow, style: Style(.statusBar), maxWidth: room - x)
        } else {
            x += buffer.put(strings(.leadsCount, strings.integer(state.totalLeads)), x: x, y: barRow, style: Style(.statusBar), maxWidth: room - x)
        }
        if !right.isEmpty { buffer.put(right, x: room, y: barRow, style: Style(.statusBar, bold: true)) }
    }
}
