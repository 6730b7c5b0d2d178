import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// A write that needs pages the file may not have (SQLite's max_page_count, standing in for a full
/// disk): refused as a whole, with the sentence a user sees, and the board usable afterwards.
@Suite(.enabled(if: TemporaryBoard.onFile, "a full disk is the file's; the server's is its administrator's")) struct DiskFullStoreTests {
    @Test func aWriteThatDoesNotFitIsRefusedWhole() throws {
        let board = TemporaryBoard()
        let store = try board.seedSmallBoard()
        let pages = try #require(try store.connection.scalar("PRAGMA page_count"))
        try store.connection.execute("PRAGMA max_page_count = \(pages)")
        let body = String(repeating: "too long to fit ", count: 240)
        var refused = false
        // Free pages fill up first; within a few notes there is no room left.
        for _ in 0..<100 where !refused {
            let notes = try store.connection.scalar("SELECT count(*) FROM notes")
            let events = try store.eventCount()
            do {
                try store.apply(.note(leadID: 1, body: body, due: nil), actor: "tom")
            } catch let error as HandoffError {
                refused = true
                #expect(error.description.contains("is full") && error.description.contains("nothing was written"), "\(error)")
                #expect(try store.connection.scalar("SELECT count(*) FROM notes") == notes)
                #expect(try store.eventCount() == events)
            }
        }
        #expect(refused, "a hundred notes fitted in a file that may not grow")
        #expect(try BoardCheck.run(path: board.path).passed)
        let events = try store.eventCount()
        try store.connection.execute("PRAGMA max_page_count = 1000000")
        try store.apply(.note(leadID: 1, body: body, due: nil), actor: "tom")
        #expect(try store.eventCount() == events + 1)
    }
}
