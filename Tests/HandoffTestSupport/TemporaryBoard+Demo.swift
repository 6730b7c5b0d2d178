import Foundation
import HandoffStore

extension TemporaryBoard {
    nonisolated(unsafe) private static var template: TemporaryBoard?
    private static let templateLock = NSLock()

    /// A board of its own holding the demo data (335 leads, the demo team), copied from one made
    /// with `handoff demo` once per process: the many tests that need a real-sized board do not
    /// each pay for loading it.
    public static func withDemoData() throws -> TemporaryBoard {
        templateLock.lock()
        defer { templateLock.unlock() }
        if template == nil {
            let made = TemporaryBoard()
            try HandoffBinary.makeDemo(at: made.folder + "/demo.db")
            template = made
        }
        let board = TemporaryBoard()
        let demo = template!.folder + "/demo.db"
        if TemporaryBoard.onServer {
            // On the server, the demo file is copied in as `handoff copy` would.
            _ = try Store(path: demo, readOnly: true).copy(to: try Store(path: board.path), replacing: false)
            return board
        }
        // `handoff demo` closes the file cleanly, so the one file holds everything: no -wal to copy.
        try FileManager.default.copyItem(atPath: demo, toPath: board.path)
        return board
    }
}
