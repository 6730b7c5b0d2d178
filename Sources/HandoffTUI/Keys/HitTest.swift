import HandoffCore

/// What is under the pointer, from the same layouts the views draw with. Pure: mouse handling is
/// tested by cells, without a terminal.
public enum HitTest {
    public static func target(x: Int, y: Int, in state: AppState) -> HitTarget? {
        guard x >= 0, y >= 0, x < state.width, y < state.height, !state.boardLayout.isTooSmall else { return nil }
        if case let .palette(palette) = state.overlay {
            let frame = PaletteView.frame(width: state.width, height: state.height)
            let row = y - frame.listTop
            let shown = PaletteView.window(selected: palette.selected, count: state.paletteMatches(palette.query).count, rows: frame.rows)
            guard x >= frame.x, x < frame.x + frame.width, row >= 0, row < shown.count else { return nil }
            return .paletteRow(shown.lowerBound + row)
        }
        if y == 0 {
            return TabBar.tabs(state).first { x >= $0.x && x < $0.x + $0.width }.map { .tab($0.view) }
        }
        if state.view == .board { return boardTarget(x: x, y: y, state: state) }
        if state.view == .inbox { return inboxTarget(y: y, state: state) }
        return nil
    }

    private static func boardTarget(x: Int, y: Int, state: AppState) -> HitTarget? {
        let layout = state.boardLayout
        guard !state.columns.isEmpty, y < layout.cardsTop + layout.cardsHeight else { return nil }
        let first = layout.firstVisibleColumn(selected: state.selectedColumn)
        let shown = min(layout.visibleColumnCount, state.columns.count - first)
        guard
            let slot = (0..<shown).first(where: {
                let frame = layout.columnFrame(slot: $0); return x >= frame.x && x < frame.x + frame.width
            })
        else {
            return nil
        }
        let index = first + slot
        guard y >= layout.cardsTop else { return .column(index) }
        let row = (y - layout.cardsTop) / layout.cardHeight
        return row < state.columns[index].count && row < layout.cardsPerColumn ? .card(column: index, row: row) : .column(index)
    }

    private static func inboxTarget(y: Int, state: AppState) -> HitTarget? {
        let layout = InboxLayout(width: state.width, height: state.height, followUps: state.inbox.followUps.count)
        let row = y - InboxLayout.listTop
        guard row >= 0, row < layout.rowsPerPage else { return nil }
        return row < state.inbox.rows.count ? .inboxRow(row) : .inboxList
    }
}
