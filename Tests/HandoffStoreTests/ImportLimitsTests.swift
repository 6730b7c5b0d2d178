import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// A line that never ends is refused once it passes the longest header or row an import reads,
/// not read whole into memory first (a 200 MB header took 1.9 GB before failing).
@Suite struct ImportLimitsTests {
    let now = TemporaryBoard.now

    func write(_ board: TemporaryBoard, _ name: String, _ parts: [String], repeating filler: String, times: Int) throws -> String {
        let path = board.folder + "/" + name
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.write(contentsOf: Data(parts[0].utf8))
        let block = Data(String(repeating: filler, count: 1 << 16).utf8)
        for _ in 0..<times { try handle.write(contentsOf: block) }
        try handle.write(contentsOf: Data(parts[1].utf8))
        try handle.close()
        return path
    }

    @Test(.enabled(if: TemporaryBoard.onFile, "compares the board file byte for byte")) func aHeaderLineThatNeverEndsIsRefusedEarly() throws
    {
        let board = TemporaryBoard()
        let store = try board.seedSmallBoard()
        let before = try DatabaseDigest.of(board.path)
        // 24 MB of header, no line end anywhere.
        let path = try write(board, "header.csv", ["name,", ""], repeating: "column,", times: 54)
        let started = Date()
        #expect(
            throws: HandoffError.invalidInput(
                "the header line of \(path) is longer than 1 MB without ending: is it a CSV file? Nothing was imported")
        ) {
            try store.importCSV(at: path, options: ImportOptions(), actor: "seed", now: now)
        }
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(try DatabaseDigest.of(board.path) == before)
    }

    @Test func aQuoteLeftOpenIsRefusedAtItsRow() throws {
        let board = TemporaryBoard()
        let store = try board.seedSmallBoard()
        let path = try write(board, "open.csv", ["name,company\nOne,Acme\nTwo,\"Never closed ", ""], repeating: "x", times: 280)
        #expect(
            throws: HandoffError.invalidInput(
                "row 3 of \(path), from line 3, is longer than 16 MB: a quote left open takes in the rest of the file. Nothing was imported"
            )
        ) {
            try store.importCSV(at: path, options: ImportOptions(), actor: "seed", now: now)
        }
        #expect(try store.leadCount() == 5)
    }
}
