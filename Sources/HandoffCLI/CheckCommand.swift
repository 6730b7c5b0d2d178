import HandoffCore
import HandoffStore

/// `handoff check`: is the board file sound, do Handoff's own rules hold in it, and is its history
/// as it was written?
enum CheckCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "check", summary: Message(.checkTheBoardFile),
        options: [
            OptionSpec(
                "--print-head",
                Message(.printOnlyTheHistorys)),
            OptionSpec(
                "--expect-head", value: "HEAD", Message(.alsoCheckThatThe)),
        ],
        details: Message(.runsSQLitesIntegrityCheck))

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
                Message(.handoffFailedItsChecks, "\(path)")
            )
            return 1
        }
        if let leads = report.leads, let events = report.events {
            let leadCount: Message = leads == 1 ? Message(.oneLead) : Message(.leads, "\(integer: leads)")
            let eventCount: Message = events == 1 ? Message(.oneEvent) : Message(.events, "\(integer: events)")
            context.say(Message(.checked, "\(path)", "\(leadCount)", "\(eventCount)"))
        } else {
            context.say(Message(.checkedFile, "\(path)"))
        }
        for finding in report.findings { printFinding(finding, context: context, toStandardError: false) }
        if report.passed {
            if let head = report.head { context.say(Message(.historyHead, "\(head)")) }
            context.say(Message(.allChecksPassed))
            return 0
        }
        let failed = report.findings.filter { !$0.passed }.count
        let advice: Message =
            DatabaseEngine.isServerAddress(path)
            ? Message(.keepTheDatabaseAs)
            : Message(.keepTheFileAs, "\(path)")
        context.sayError(
            failed == 1
                ? Message(.handoff1CheckFailed, "\(path)", "\(advice)")
                : Message(.handoffChecksFailedOn, "\(integer: failed)", "\(path)", "\(advice)"))
        return 1
    }

    private static func printFinding(_ finding: BoardCheck.Finding, context: CommandContext, toStandardError: Bool) {
        func output(_ line: String) {
            if toStandardError { context.printError(line) } else { context.print(line) }
        }
        output(context.strings(finding.passed ? Message(.ok) : Message(.fail)) + finding.name + ": " + context.strings(finding.rule))
        for problem in finding.problems { output("      " + context.strings(problem)) }
        if finding.problems.count == BoardCheck.problemLimit {
            output(context.strings(Message(.onlyTheFirstAre, "\(BoardCheck.problemLimit)")))
        }
    }
}
