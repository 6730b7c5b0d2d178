import Foundation
import HandoffTestSupport

/// The programs the benchmark runs: the `handoff` built beside it, the sqlite3 tool and tmux.
/// Children act as whoever runs the benchmark, whom `DataSet.copy` makes an admin of the boards
/// that are written to (a login comes from the user id, not from `$USER`); the measures that write
/// in this process act as `elena`, an admin of generated boards.
struct Tools: Sendable {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let handoff: String
    let scratch: String
    var environment: [String: String]

    init(scratch: String) throws {
        handoff = HandoffBinary.path
        guard FileManager.default.isExecutableFile(atPath: handoff) else {
            throw Failure(
                description:
                    "no handoff executable at \(handoff); build both with `swift build -c release` (or run `swift run -c release handoff-bench`)"
            )
        }
        for tool in ["sqlite3", "tmux"] where Tools.find(tool) == nil {
            throw Failure(description: "the benchmark needs \(tool); install it with `sudo apt-get install -y \(tool)`")
        }
        self.scratch = scratch
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment["TMUX"] = nil
        self.environment = environment
    }

    /// The member every change measured in this process is made by.
    static let actor = "elena"

    static func find(_ program: String) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return folders.map { "\($0)/\(program)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `arguments` to completion; its wall time in seconds and its output. A failure is an
    /// error that quotes what the program said.
    @discardableResult
    func run(_ arguments: [String]) throws -> (seconds: Double, output: String) {
        let output = scratch + "/child.out", error = scratch + "/child.err"
        var status: Int32 = 0
        let seconds = try Samples.time {
            let pid = try ChildProcess.start(arguments, environment: environment, output: output, error: error)
            status = ChildProcess.wait(pid)
        }
        let printed = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        guard status == 0 else {
            let said = (try? String(contentsOfFile: error, encoding: .utf8)) ?? ""
            throw Failure(
                description:
                    "\(arguments.joined(separator: " ")) failed (exit \(status)): \(said.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        return (seconds, printed)
    }

    func handoff(_ arguments: [String]) throws -> (seconds: Double, output: String) {
        try run([handoff] + arguments)
    }
}
