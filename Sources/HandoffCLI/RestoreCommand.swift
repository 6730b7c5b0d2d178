import Foundation
import HandoffCore
import HandoffStore

/// `handoff restore BACKUP`: the one safe way to put a backup back (see `BoardRestore`).
enum RestoreCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "restore", summary: "Put a backup back as the board, with nobody using it; the board it replaces is kept.",
        arguments: ["BACKUP"],
        details: """
            Refuses while anyone has the board open. The backup is copied beside the board, checked, given the board's
            mode and group, and takes the board's name in one step; the board it replaces is kept as
            BOARD.replaced-TIME, together with its -wal and -journal, so nothing is lost and no old log is left to be
            merged into the backup (copying a backup over the board by hand does that, and damages it). The result is
            then checked as `handoff check` does.
            """)

    static func run(_ context: CommandContext) throws -> Int32 {
        let backup = context.parsed.arguments[0]
        let path = context.databasePath
        if context.parsed.has("--read-only") {
            throw HandoffError.notPermitted("restore replaces the board; it cannot be run --read-only. Nothing was changed.")
        }
        let summary = try BoardRestore(backup: backup, board: path).run()
        let report = summary.check
        context.say("Restored \(path) from \(backup): \(integer: report.leads ?? 0) leads, \(integer: report.events ?? 0) events.")
        if let replaced = summary.replaced {
            context.say("The board it replaced is kept as \(replaced) (open it with --db to look at it; its -wal, if any, is beside it).")
        }
        if report.passed {
            if let head = report.head { context.say("History head: \(head)") }
            context.say("All checks passed.")
            return 0
        }
        for finding in report.findings where !finding.passed {
            context.printError(context.strings("FAIL  ") + finding.name + ": " + context.strings(finding.rule))
            for problem in finding.problems { context.printError("      " + context.strings(problem)) }
        }
        context.sayError(
            "handoff: the restored board fails the checks above: the backup held them already. Run `handoff check --db \(path)`, or restore an older backup."
        )
        return 1
    }
}
