import HandoffCore
import HandoffStore

/// `handoff check`: is the board file sound, do Handoff's own rules hold in it, and is its history
/// as it was written?
enum CheckCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "check", summary: "Check the board file for damage, broken rules and a rewritten history (exit 1 if any).",
        options: [
            OptionSpec(
                "--print-head",
                "print only the history's head (after every check passes): keep it, to prove later that nothing up to it changed"),
            OptionSpec(
                "--expect-head", value: "HEAD", "also check that the history up to HEAD (printed earlier by --print-head) is unchanged"),
        ],
        details: """
            Runs SQLite's integrity check and checks that references between rows hold, every lead is in a
            known stage, the column totals equal the leads, every lead has its created event, and every lead
            is in the stage its latest stage event names. Then it follows the hash chain of the events and of
            the board events from the first one, and names the first entry changed, removed or inserted outside
            Handoff. Someone who can write the file can still rewrite the whole history and every hash after
            it: a head printed before (it is in every meeting report) proves the history up to it unchanged.
            Reads only; safe while others use the board.
            """)

    static func run(_ context: CommandContext) throws -> Int32 {
        let path = context.databasePath
        let report = try BoardCheck.run(path: path, expectedHead: context.parsed.value("--expect-head"))
        if context.parsed.has("--print-head") {
            if report.passed, let head = report.head {
                context.print(head)
                return 0
            }
            for finding in report.findings where !finding.passed { printFinding(finding, context: context, toStandardError: true) }
            context.sayError(
                "handoff: \(path) failed its checks, so its head was not printed: a head vouches for a history that holds. Nothing was changed."
            )
            return 1
        }
        if let leads = report.leads, let events = report.events {
            let leadCount: Message = leads == 1 ? "1 lead" : "\(integer: leads) leads"
            let eventCount: Message = events == 1 ? "1 event" : "\(integer: events) events"
            context.say("Checked \(path): \(leadCount), \(eventCount)")
        } else {
            context.say("Checked \(path)")
        }
        for finding in report.findings { printFinding(finding, context: context, toStandardError: false) }
        if report.passed {
            if let head = report.head { context.say("History head: \(head)") }
            context.say("All checks passed.")
            return 0
        }
        let failed = report.findings.filter { !$0.passed }.count
        let advice: Message =
            DatabaseEngine.isServerAddress(path)
            ? "Keep the database as it is, find who changed it in the server's log, and put the last good backup back with `handoff copy --db BACKUP --to ADDRESS --force`."
            : """
            Keep the file as it is and restore the last good copy from a backup (`handoff restore BACKUP`); \
            `sqlite3 \(path) .recover` may save what a damaged file still holds.
            """
        context.sayError(
            failed == 1
                ? "handoff: 1 check failed on \(path). \(advice)" : "handoff: \(integer: failed) checks failed on \(path). \(advice)")
        return 1
    }

    private static func printFinding(_ finding: BoardCheck.Finding, context: CommandContext, toStandardError: Bool) {
        func output(_ line: String) {
            if toStandardError { context.printError(line) } else { context.print(line) }
        }
        output(context.strings(finding.passed ? "ok    " : "FAIL  ") + finding.name + ": " + context.strings(finding.rule))
        for problem in finding.problems { output("      " + context.strings(problem)) }
        if finding.problems.count == BoardCheck.problemLimit {
            output(context.strings("      (only the first \(BoardCheck.problemLimit) are listed)"))
        }
    }
}
