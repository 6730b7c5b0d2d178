import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// A scoring file cannot hold the board: a list of 200,000 values is refused before anything is
/// scored, and while the largest definition allowed is scored, other people's notes go through.
@Suite struct ScoringLimitsEndToEndTests {
    @Test func aHugeListIsRefusedWithItsPlaceAndNotesGoThroughDuringALargeLoad() throws {
        let board = TemporaryBoard()
        #expect(
            try HandoffBinary.run(["generate", "--leads", "20000", "--seed", "3", "--until", "2026-06-30", "--db", board.path]).status == 0)
        let values = (0..<200_000).map { "\"v\($0)\"" }.joined(separator: ", ")
        let huge = board.folder + "/huge.txt"
        try "threshold 60\n[fit]\nindustry in (\(values)) -> 10\n".write(toFile: huge, atomically: true, encoding: .utf8)
        let before = try DatabaseDigest.of(board.path)
        let refused = try HandoffBinary.run(["scoring", "load", huge, "--as", "elena", "--db", board.path])
        #expect(refused.status == 1)
        #expect(
            refused.error
                == "handoff: \(huge):1:1: the definition is larger than 1024 KB; a scoring definition is at most 1024 KB; nothing was changed\n",
            "\(refused.error)")
        let long = board.folder + "/long.txt"
        try "threshold 60\n[fit]\nindustry in (\((0..<5_000).map { "\"v\($0)\"" }.joined(separator: ", "))) -> 10\n".write(
            toFile: long, atomically: true, encoding: .utf8)
        let list = try HandoffBinary.run(["scoring", "load", long, "--as", "elena", "--db", board.path])
        #expect(
            list.status == 1 && list.error.contains("long.txt:3:") && list.error.contains("the list has more than 1000 values"),
            "\(list.error)")
        #expect(try DatabaseDigest.of(board.path) == before)

        // Nearly the largest definition there may be: 10 rules of 999 values and one of 2, on every open lead.
        var largest = "threshold 60\n[fit]\n"
        for rule in 0..<10 { largest += "industry in (\((0..<999).map { "\"r\(rule)v\($0)\"" }.joined(separator: ", "))) -> 1\n" }
        largest += "industry in (\"software\", \"fintech\") -> 70\n"
        let file = board.folder + "/largest.txt"
        try largest.write(toFile: file, atomically: true, encoding: .utf8)
        let load = try SpawnedProcess([HandoffBinary.path, "scoring", "load", file, "--as", "elena", "--db", board.path])
        var notes: [(status: Int32, seconds: Double)] = []
        while notes.count < 3 {
            let started = Date()
            let note = try HandoffBinary.run(["note", "5", "while scoring \(notes.count)", "--as", "elena", "--db", board.path])
            notes.append((note.status, Date().timeIntervalSince(started)))
            #expect(note.status == 0, "\(note.error)")
        }
        #expect(load.waitBlocking() == 0, "\(load.errorText)")
        #expect(notes.allSatisfy { $0.status == 0 && $0.seconds < 5 })
        #expect(try HandoffBinary.run(["check", "--db", board.path]).status == 0)
    }
}
