import Foundation
import HandoffCore
import HandoffStore

/// `handoff restore BACKUP`: the one safe way to put a backup back (see `BoardRestore`).
enum RestoreCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "restore", summary: Message(.putABackupBack),
        arguments: ["BACKUP"],
        details: Message(.refusesWhileAnyoneHas))

    static func run(_ context: CommandContext) throws -> Int32 {
        let backup = context.parsed.arguments[0]
        let path = context.databasePath
        if context.parsed.has("--read-only") {
            throw HandoffError.notPermitted(Message(.restoreReplacesTheBoard))
        }
        let summary = try BoardRestore(backup: backup, board: path).run()
        let report = summary.check
        context.say(
            Message(.restoredFromLeadsEvents, "\(path)", "\(backup)", "\(integer: report.leads ?? 0)", "\(integer: report.events ?? 0)"))
        if let replaced = summary.replaced {
            context.say(Message(.boardItReplacedIs, "\(replaced)"))
        }
        if report.passed {
            if let head = report.head { context.say(Message(.historyHead, "\(head)")) }
            context.say(Message(.allChecksPassed))
            return 0
        }
        for finding in report.findings where !finding.passed {
            context.printError(context.strings(Message(.fail)) + finding.name + ": " + context.strings(finding.rule))
            for problem in finding.problems { context.printError("      " + context.strings(problem)) }
        }
        context.sayError(
            Message(.handoffTheRestoredBoard, "\(path)")
        )
        return 1
    }
}
