import HandoffCore

/// The last two lines: the outcome of the last action, then where you are, who you are, whether
/// you can change anything, and who else has the board open.
enum StatusBar {
    static func draw(into buffer: inout ScreenBuffer, state: AppState, glyphs: Glyphs) {
        let messageRow = buffer.height - 2
        let barRow = buffer.height - 1
        if let status = state.status {
            let role: Role = status.tone == .error ? .danger : status.tone == .success ? .success : .normal
            buffer.putFitted(" " + status.text, x: 0, y: messageRow, width: buffer.width, style: Style(role, bold: status.tone == .error))
        }
        buffer.fill(Rect(x: 0, y: barRow, width: buffer.width, height: 1), style: Style(.statusBar))
        let separator = " \(glyphs.vertical) "
        var parts = [state.databaseName, state.member.map { "\($0.name) (\($0.login), \($0.team))" } ?? state.user, state.totalLeads == 1 ? "1 lead" : "\(state.totalLeads) leads"]
        if state.writeRefusal != nil { parts.append("read-only") }
        if !state.presence.isEmpty {
            parts.append("also here: " + state.presence.map { $0.name + ($0.readOnly ? " (read-only)" : "") }.joined(separator: ", "))
        }
        buffer.putFitted(" " + parts.joined(separator: separator), x: 0, y: barRow, width: buffer.width, style: Style(.statusBar))
    }
}
