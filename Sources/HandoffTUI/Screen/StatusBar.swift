import HandoffCore

/// The last two lines: the outcome of the last action, then where you are, who you are, the active
/// filter (drawn so a filtered count is never read as the whole board), whether you can change
/// anything, and who else has the board open.
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
        let who = state.member.map { "\($0.name) (\($0.login), \($0.team))" } ?? state.user
        var x = buffer.put(
            " " + [state.databaseName, who].joined(separator: separator) + separator, x: 0, y: barRow,
            style: Style(.statusBar), maxWidth: room)
        if let filter = state.filter {
            let count = strings(.statusFiltered, strings.integer(state.matchingLeads ?? 0), strings.integer(state.totalLeads), filter.query)
            x += buffer.put(" " + count + " ", x: x, y: barRow, style: Style(.tabActive, bold: true), maxWidth: room - x)
            x += buffer.put(" " + strings(.statusFilterHint), x: x, y: barRow, style: Style(.statusBar), maxWidth: room - x)
        } else {
            x += buffer.put(
                strings(.leadsCount, strings.integer(state.totalLeads)), x: x, y: barRow, style: Style(.statusBar), maxWidth: room - x)
        }
        var more: [String] = []
        if state.writeRefusal != nil { more.append(strings(.statusReadOnly)) }
        if !state.presence.isEmpty {
            let names = state.presence.map { $0.readOnly ? strings(.presenceReadOnly, $0.name) : $0.name }
            more.append(strings(.statusAlsoHere, names.joined(separator: ", ")))
        }
        if !more.isEmpty {
            buffer.putFitted(
                separator + more.joined(separator: separator), x: x, y: barRow, width: max(0, room - x), style: Style(.statusBar))
        }
        if !right.isEmpty { buffer.put(right, x: room, y: barRow, style: Style(.statusBar, bold: true)) }
    }
}
