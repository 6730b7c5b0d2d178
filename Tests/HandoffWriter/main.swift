import Foundation
import HandoffCore
import HandoffStore

// A writer process for the concurrency tests: opens the board once, as a terminal would, and moves
// its own leads back and forth between two stages through `Store.apply`, each move its own
// transaction, as fast as it can (or with a pause). Any error is printed to stderr and ends the
// process with status 1, so the tests can say "no error surfaced".
//
//   handoff-writer DB ACTOR LEADS MOVES STAGE_A STAGE_B [PAUSE_MS]
//
// LEADS is comma-separated. With PAUSE_MS, each commit's wall-clock time in milliseconds is printed
// as `LEAD STAGE MILLISECONDS`, for the live-update latency test.
let arguments = CommandLine.arguments
guard arguments.count >= 7, let moves = Int(arguments[4]) else {
    FileHandle.standardError.write(Data("usage: handoff-writer DB ACTOR LEADS MOVES STAGE_A STAGE_B [PAUSE_MS]\n".utf8))
    exit(2)
}
let leads = arguments[3].split(separator: ",").compactMap { Int64($0) }
let stages = (arguments[5], arguments[6])
let pause = arguments.count > 7 ? Int(arguments[7]) : nil
do {
    let store = try Store(path: arguments[1])
    for index in 0..<moves {
        let leadID = leads[index % leads.count]
        let current = try store.requireLead(id: leadID)
        let target = current.stage == stages.0 ? stages.1 : stages.0
        try store.apply(.move(leadID: leadID, toStage: target, expectedVersion: current.version), actor: arguments[2])
        if let pause {
            // Written straight to the descriptor: the test reads it while this process still runs.
            FileHandle.standardOutput.write(Data("\(leadID) \(target) \(Int64(Date().timeIntervalSince1970 * 1_000))\n".utf8))
            usleep(UInt32(pause * 1_000))
        }
    }
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
}
