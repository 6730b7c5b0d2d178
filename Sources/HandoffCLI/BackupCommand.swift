import Foundation
import HandoffCore
import HandoffStore

/// `handoff backup FILE`: a consistent copy of the board, safe to take while the team works.
enum BackupCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "backup", summary: "Copy the board to FILE, consistently, even while others are writing.", arguments: ["FILE"],
        options: [OptionSpec("--force", "replace FILE if it exists")],
        details: """
            The copy is the board at one moment (SQLite's VACUUM INTO; from a server, one snapshot copied into a
            board file), checked for integrity, and only then renamed to FILE, so FILE is never half written. It is
            readable by you only (mode 0600); open it with `handoff --db FILE`, or put it back on a server with
            `handoff copy --db FILE --to postgresql://...`.
            """)

    static func run(_ context: CommandContext) throws -> Int32 {
        let destination = context.parsed.arguments[0]
        let store = try context.openStore(readOnly: true)
        var info = stat()
        if stat(store.path, &info) == 0 && info.st_size > 64 << 20 {
            context.sayError("Backing up \(integer: Int(info.st_size >> 20)) MB from \(store.path) to \(destination)...")
        }
        let summary = try store.backup(to: destination, replacing: context.parsed.has("--force"))
        let leads: Message = summary.leads == 1 ? "1 lead" : "\(integer: summary.leads) leads"
        let events: Message = summary.events == 1 ? "1 event" : "\(integer: summary.events) events"
        context.say("Backed up \(leads) and \(events) to \(destination) (\(integer: Int(summary.bytes / 1024)) KB); integrity: ok")
        return 0
    }
}
