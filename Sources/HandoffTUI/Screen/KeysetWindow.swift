import HandoffStore

/// The rows on screen of a long ordered list that is read a page at a time (keyset pagination):
/// a board column, the inbox. How a window is re-read in place, moved to show a row, and scrolled is
/// decided here once, over whatever `Pager` reads the pages, so both lists behave the same and the
/// rules are tested without a database.
struct KeysetWindow<Row>: Sendable where Row: Sendable {
    var rows: [Row]
    /// Rows above the window: where it sits in the list.
    var firstRank: Int
    var selected: Int

    /// Reads pages of the list, in its order, by cursor. `from` starts at the cursor itself (or
    /// just after where its row was, if that row has left); `before` returns the rows just before
    /// the cursor (the last rows when nil), in list order; `rank` counts the rows before a cursor.
    struct Pager {
        var cursor: (Row) -> BoardCursor
        var after: (BoardCursor?, Int) throws -> [Row]
        var from: (BoardCursor, Int) throws -> [Row]
        var before: (BoardCursor?, Int) throws -> [Row]
        var rank: (BoardCursor) throws -> Int
    }

    /// The window re-read from the row it started at, still `limit` rows long when the list has
    /// them: when the end of the list moved up past the window, it fills from above.
    func reloaded(limit: Int, using pager: Pager) throws -> KeysetWindow {
        let anchor = reloadAnchor(using: pager)
        return try reloaded(limit: limit, firstPage: try anchor.map { try pager.from($0, limit) } ?? pager.after(nil, limit), using: pager)
    }

    /// Where a reload reads its first page: from the window's first row, or the list's top (nil)
    /// when the window is at the top, so that rows arriving above it come into view.
    func reloadAnchor(using pager: Pager) -> BoardCursor? {
        guard let anchor = rows.first.map(pager.cursor), firstRank > 0 else { return nil }
        return anchor
    }

    /// `reloaded` with its first page already read (`from` the anchor, or `after(nil)` without
    /// one): a board reads every column's first page in one statement, and each column finishes
    /// here with whatever else it needs.
    func reloaded(limit: Int, firstPage: [Row], using pager: Pager) throws -> KeysetWindow {
        var window = self
        window.rows = firstPage
        guard let anchor = reloadAnchor(using: pager) else {
            window.firstRank = 0
            return window
        }
        if window.rows.count < limit {
            let top = window.rows.first.map(pager.cursor) ?? anchor
            window.rows = try pager.before(top, limit - window.rows.count) + window.rows
        }
        window.firstRank = try window.rows.first.map { try pager.rank(pager.cursor($0)) } ?? 0
        return window
    }

    /// The window that shows the row at `cursor` on screen row `row` (or as near as the list's ends
    /// allow), with that row selected; nil when the row is no longer in the list.
    static func showing(_ cursor: BoardCursor, atRow row: Int, limit: Int, isRow: (Row) -> Bool, using pager: Pager) throws -> KeysetWindow?
    {
        // A row past the window's end (the window shrank with the terminal) means its last row.
        let row = min(max(0, row), max(0, limit - 1))
        let from = try pager.from(cursor, limit)
        guard let first = from.first, isRow(first) else { return nil }
        let above = try pager.before(cursor, max(row, limit - from.count))
        return KeysetWindow(
            rows: Array((above + from).prefix(limit)), firstRank: try pager.rank(cursor) - above.count, selected: above.count)
    }

    /// The window moved by `delta` rows (up when negative), reading only the rows that come in.
    func scrolled(by delta: Int, select: Effect.Selection, limit: Int, using pager: Pager) throws -> KeysetWindow {
        var window = self
        if delta > 0, let last = rows.last {
            let combined = rows + (try pager.after(pager.cursor(last), delta))
            let dropped = max(0, combined.count - limit)
            window.rows = Array(combined.dropFirst(dropped))
            window.firstRank = firstRank + dropped
        } else if delta < 0, let first = rows.first {
            let previous = try pager.before(pager.cursor(first), -delta)
            window.rows = Array((previous + rows).prefix(limit))
            window.firstRank = max(0, firstRank - previous.count)
        }
        switch select {
        case .same: window.selected = min(selected, max(0, window.rows.count - 1))
        case .first: window.selected = 0
        case .last: window.selected = max(0, window.rows.count - 1)
        }
        return window
    }

    /// The first `limit` rows, the first selected.
    static func top(limit: Int, using pager: Pager) throws -> KeysetWindow {
        KeysetWindow(rows: try pager.after(nil, limit), firstRank: 0, selected: 0)
    }

    /// The last `limit` rows of a list of `total`, the last selected.
    static func bottom(limit: Int, total: Int, using pager: Pager) throws -> KeysetWindow {
        let rows = try pager.before(nil, limit)
        return KeysetWindow(rows: rows, firstRank: max(0, total - rows.count), selected: max(0, rows.count - 1))
    }
}
