import Foundation
import HandoffTestSupport
import Testing

/// Another process changing the board on a schedule (`handoff-writer`): it moves each of `leads`
/// from one stage to another, one every `interval` milliseconds, and writes down when each commit
/// happened. A board in the test's own process notes when it shows each change; `latencies` pairs
/// the two, so "another terminal's change on screen within N ms" is measured end to end.
struct ScheduledWriter {
    private let pid: pid_t
    private let output: String
    private let errors: String
    private let count: Int

    public init(board: TemporaryBoard, actor: String, leads: [Int64], from: String, to: String, intervalMilliseconds: Int) throws {
        output = board.folder + "/writer.out"
        errors = board.folder + "/writer.err"
        count = leads.count
        pid = try ChildProcess.start(
            [
                HandoffBinary.writerPath, board.path, actor, leads.map(String.init).joined(separator: ","),
                String(leads.count), from, to, String(intervalMilliseconds),
            ],
            environment: [:], output: output, error: errors)
    }

    /// The clock the writer stamps its commits with, in milliseconds.
    public static func now() -> Int64 { Int64(Date().timeIntervalSince1970 * 1_000) }

    /// Waits for the writer to end cleanly, then gives, commit by commit, the milliseconds from
    /// the commit to the time in `seenAt` for its lead; `unseen` says what a lead missing there
    /// never did.
    public func latencies(seenAt: [Int64: Int64], unseen: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [Int64] {
        #expect(ChildProcess.wait(pid) == 0, sourceLocation: sourceLocation)
        #expect((try? String(contentsOfFile: errors, encoding: .utf8)) == "", sourceLocation: sourceLocation)
        let commits = (try String(contentsOfFile: output, encoding: .utf8)).split(separator: "\n").map { $0.split(separator: " ") }
        #expect(commits.count == count, sourceLocation: sourceLocation)
        return try commits.map { commit in
            let lead = Int64(commit[0])!, committedAt = Int64(commit[2])!
            let seen = try #require(seenAt[lead], "lead \(lead) \(unseen)", sourceLocation: sourceLocation)
            return seen - committedAt
        }
    }
}
