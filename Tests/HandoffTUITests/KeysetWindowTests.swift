import HandoffStore
@testable import HandoffTUI
import Testing

/// The window's rules on a list in memory: re-reading in place, showing a row, scrolling, the ends.
@Suite struct KeysetWindowTests {
    /// A list of ids 1...count in order, read as the store reads a column: ids double as cursors.
    final class List {
        var ids: [Int64]
        var reads = 0
        init(_ ids: [Int64]) { self.ids = ids }

        var pager: KeysetWindow<Int64>.Pager {
            KeysetWindow.Pager(
                cursor: { BoardCursor(enteredAt: 0, id: $0) },
                after: { cursor, limit in
                    self.reads += 1
                    return Array(self.ids.filter { cursor == nil || $0 > cursor!.id }.prefix(limit))
                },
                from: { cursor, limit in
                    self.reads += 1
                    return Array(self.ids.filter { $0 >= cursor.id }.prefix(limit))
                },
                before: { cursor, limit in
                    self.reads += 1
                    return Array(self.ids.filter { cursor == nil || $0 < cursor!.id }.suffix(limit))
                },
                rank: { cursor in self.ids.filter { $0 < cursor.id }.count })
        }
    }

    @Test func aReloadKeepsTheWindowWhereItStarted() throws {
        let list = List(Array(1...20))
        let window = KeysetWindow<Int64>(rows: [6, 7, 8, 9], firstRank: 5, selected: 2)
        list.ids.removeAll { $0 == 3 }
        let reloaded = try window.reloaded(limit: 4, using: list.pager)
        #expect(reloaded.rows == [6, 7, 8, 9] && reloaded.firstRank == 4 && reloaded.selected == 2)
    }

    @Test func aWindowWhoseListEndedAboveItFillsFromAbove() throws {
        let list = List(Array(1...20))
        let window = KeysetWindow<Int64>(rows: [17, 18, 19, 20], firstRank: 16, selected: 0)
        list.ids.removeAll { $0 >= 18 }
        let reloaded = try window.reloaded(limit: 4, using: list.pager)
        #expect(reloaded.rows == [14, 15, 16, 17] && reloaded.firstRank == 13)
    }

    @Test func showingARowPutsItOnItsRowOrAsNearAsTheEndsAllow() throws {
        let list = List(Array(1...20))
        let middle = try #require(
            try KeysetWindow.showing(BoardCursor(enteredAt: 0, id: 10), atRow: 2, limit: 4, isRow: { $0 == 10 }, using: list.pager))
        #expect(middle.rows == [8, 9, 10, 11] && middle.selected == 2 && middle.firstRank == 7)
        let nearTop = try #require(
            try KeysetWindow.showing(BoardCursor(enteredAt: 0, id: 1), atRow: 3, limit: 4, isRow: { $0 == 1 }, using: list.pager))
        #expect(nearTop.rows == [1, 2, 3, 4] && nearTop.selected == 0)
        let nearEnd = try #require(
            try KeysetWindow.showing(BoardCursor(enteredAt: 0, id: 20), atRow: 0, limit: 4, isRow: { $0 == 20 }, using: list.pager))
        #expect(nearEnd.rows == [17, 18, 19, 20] && nearEnd.selected == 3 && nearEnd.firstRank == 16)
        // A row past a shrunken window's end means its last row, never a row off the window.
        let shrunk = try #require(
            try KeysetWindow.showing(BoardCursor(enteredAt: 0, id: 10), atRow: 7, limit: 4, isRow: { $0 == 10 }, using: list.pager))
        #expect(shrunk.rows[shrunk.selected] == 10 && shrunk.selected == 3)
        #expect(
            try KeysetWindow.showing(BoardCursor(enteredAt: 0, id: 99), atRow: 0, limit: 4, isRow: { $0 == 99 }, using: list.pager) == nil)
    }

    @Test func scrollingReadsOnlyTheRowsThatComeIn() throws {
        let list = List(Array(1...20))
        let window = KeysetWindow<Int64>(rows: [1, 2, 3, 4], firstRank: 0, selected: 3)
        let down = try window.scrolled(by: 1, select: .last, limit: 4, using: list.pager)
        #expect(down.rows == [2, 3, 4, 5] && down.firstRank == 1 && down.selected == 3)
        let up = try down.scrolled(by: -4, select: .same, limit: 4, using: list.pager)
        #expect(up.rows == [1, 2, 3, 4] && up.firstRank == 0 && up.selected == 3)
        #expect(list.reads == 2)
    }

    @Test func theEndsOfTheList() throws {
        let list = List(Array(1...20))
        let top = try KeysetWindow.top(limit: 4, using: list.pager)
        #expect(top.rows == [1, 2, 3, 4] && top.firstRank == 0 && top.selected == 0)
        let bottom = try KeysetWindow.bottom(limit: 4, total: 20, using: list.pager)
        #expect(bottom.rows == [17, 18, 19, 20] && bottom.firstRank == 16 && bottom.selected == 3)
    }
}
