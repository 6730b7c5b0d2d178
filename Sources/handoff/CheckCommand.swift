import HandoffCore
import HandoffStore

/// `handoff check`: is the board file sound, and do Handoff's own rules hold in it?
enum CheckCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "check", summary: "Check the board file for damage and broken rules (exit 1 if any).",
        details: """
            Runs SQLite's integrity check and checks that references between rows hold, every lead is in a
            known stage, the column totals equal the leads, every lead has its created event, and every lead
            is in the stage its latest stage event names. Reads only; safe while others use the board.
            """)

    static func run(_ context: CommandContext) throws -> Int32 {
        let path = context.databasePath
        let report = try BoardCheck.run(path: path)
        if let leads = report.leads, let events = report.events {
            let leadCount: Message = leads == 1 ? "1 lead" : "\(integer: leads) leads"
            let eventCount: Message = events == 1 ? "1 event" : "\(integer: events) events"
            context.say("Checked \(path): \(leadCount), \(eventCount)")
        } else {
            context.say("Checked \(path)")
        }
        for finding in report.findings {
            context.print(context.strings(finding.passed ? "ok    " : "FAIL  ") + finding.name + ": " + context.strings(finding.rule))
            for problem in finding.problems { context.print("      " + problem) }
            if finding.problems.count == BoardCheck.problemLimit { context.say("      (only the first \(integer: BoardCheck.problemLimit) are listed)") }
        }
        if report.passed {
            context.say("All checks passed.")
            return 0
        }
        let failed = report.findings.filter { !$0.passed }.count
        let advice: Message = """
            Keep the file as it is and restore the last good copy from a backup (`handoff backup` makes one); \
            `sqlite3 \(path) .recover` may save what a damaged file still holds.
            """
        context.sayError(failed == 1 ? "handoff: 1 check failed on \(path). \(advice)" : "handoff: \(integer: failed) checks failed on \(path). \(advice)")
        return 1
    }
}
