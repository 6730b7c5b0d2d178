import Foundation
import HandoffCore
import HandoffStore

/// `handoff copy --to TARGET`: moves a whole board, history and all, between a file and a server.
enum CopyCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "copy", summary: "Copy the whole board, history and all, to another file or PostgreSQL database.",
        options: [
            OptionSpec("--to", value: "TARGET", "the file or postgresql:// address to copy the board into"),
            OptionSpec("--force", "replace a board that TARGET already holds"),
        ],
        details: """
            Copies every lead with its attributes, every event with its time and actor, the scoring versions, the meetings,
            the members, the stages and the settings, from --db (a file or a server) to TARGET (a file or a server), in one
            transaction on each side. TARGET is created if it is a file; a server's database must exist (`handoff init --db`
            is not needed first). A TARGET that already holds a board is refused unless --force. Afterwards `handoff check`
            passes on the copy and `handoff kpi --json` gives the same figures on both.
            """)

    static func run(_ context: CommandContext) throws -> Int32 {
        guard let destination = context.parsed.value("--to") else {
            throw HandoffError.invalidInput("--to TARGET is required: the file or postgresql:// address to copy the board into")
        }
        let source = try context.openStore(readOnly: true)
        let target = try Store(path: destination)
        let report = try source.copy(to: target, replacing: context.parsed.has("--force"))
        let leads: Message = report.leads == 1 ? "1 lead" : "\(integer: report.leads) leads"
        let events: Message = report.events == 1 ? "1 event" : "\(integer: report.events) events"
        context.say("Copied \(leads) and \(events) from \(source.displayName) to \(target.displayName) in \(decimal: report.seconds) s.")
        return 0
    }
}
