import Foundation
import HandoffCore
import HandoffStore

/// `handoff backup FILE`: a consistent copy of the board, safe to take while the team works.
enum BackupCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "backup", summary: Message(.copyTheBoardTo), arguments: ["FILE"],
        options: [OptionSpec("--force", Message(.replaceFILEIfIt))],
        details: Message(.copyIsTheBoard))

    static func run(_ context: CommandContext) throws -> Int32 {
        let destination = context.parsed.arguments[0]
        let store = try context.openStore(readOnly: true)
        var info = stat()
        if stat(store.path, &info) == 0 && info.st_size > 64 << 20 {
            context.sayError(Message(.backingUpMBFrom, "\(integer: Int(info.st_size >> 20))", "\(store.path)", "\(destination)"))
        }
        let summary = try store.backup(to: destination, replacing: context.parsed.has("--force"))
        let leads: Message = summary.leads == 1 ? Message(.oneLead) : Message(.leads, "\(integer: summary.leads)")
        let events: Message = summary.events == 1 ? Message(.oneEvent) : Message(.events, "\(integer: summary.events)")
        context.say(Message(.backedUpAndTo, "\(leads)", "\(events)", "\(destination)", "\(integer: Int(summary.bytes / 1024))"))
        return 0
    }
}
