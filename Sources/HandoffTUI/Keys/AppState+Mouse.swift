import HandoffCore

extension AppState {
    /// Lines a wheel notch scrolls.
    static let wheelStep = 3

    /// A click or a wheel turn, turned into what the keys would do: select a card (a second click
    /// opens it), scroll the column under the pointer, switch tabs, choose in the palette.
    mutating func mouse(_ event: MouseEvent) -> [Effect] {
        let target = HitTest.target(x: event.x, y: event.y, in: self)
        switch overlay {
        case .help, .detail, .formula, .importPanel, .account, .piece:
            if event.kind != .press { scrollOverlay(by: event.kind == .wheelUp ? -AppState.wheelStep : AppState.wheelStep) }
            return []
        case .palette:
            if event.kind != .press { return editPalette(event.kind == .wheelUp ? .paletteUp : .paletteDown) }
            guard case let .paletteRow(row)? = target, case var .palette(palette) = overlay else { return [] }
            palette.selected = row
            overlay = .palette(palette)
            return editPalette(.submitForm)
        case .form, .prompt:
            return []
        case nil:
            break
        }
        // The meeting covers the board: the wheel scrolls the item, a click does nothing under it.
        if meeting != nil {
            return event.kind == .press ? [] : performMeeting(event.kind == .wheelUp ? .scrollUp : .scrollDown)
        }
        if view == .dashboard, event.kind != .press {
            return performDashboard(event.kind == .wheelUp ? .previousFigure : .nextFigure)
        }
        switch (target, event.kind) {
        case let (.tab(mode)?, .press):
            return perform(KeyMap.action(showing: mode))
        case let (.card(column, row)?, .press):
            if column == selectedColumn && columns[column].selected == row { return perform(.openDetail) }
            selectedColumn = column
            columns[column].selected = row
            return []
        case let (.column(column)?, .press):
            selectedColumn = column
            return []
        case let (.card(column, _)?, _), let (.column(column)?, _):
            return wheel(column: column, up: event.kind == .wheelUp)
        case let (.inboxRow(row)?, .press):
            if inbox.selected == row { return perform(.openDetail) }
            inbox.selected = row
            return []
        case (.inboxRow?, _), (.inboxList?, _):
            if event.kind == .wheelUp { return inbox.firstRank > 0 ? [.scrollInbox(delta: -AppState.wheelStep, select: .same)] : [] }
            return inbox.hasMoreBelow ? [.scrollInbox(delta: AppState.wheelStep, select: .same)] : []
        default:
            return []
        }
    }

    /// The wheel scrolls the column under the pointer without changing which column is selected.
    private func wheel(column index: Int, up: Bool) -> [Effect] {
        let column = columns[index]
        if up { return column.firstRank > 0 ? [.scroll(column: index, delta: -AppState.wheelStep, select: .same)] : [] }
        return column.hasMoreBelow ? [.scroll(column: index, delta: AppState.wheelStep, select: .same)] : []
    }
}
