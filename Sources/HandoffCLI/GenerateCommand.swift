import Foundation
import HandoffCore
import HandoffStore

/// `handoff generate --leads N`: a synthetic year of pipeline, for trying Handoff at scale and
/// for the benchmarks.
enum GenerateCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "generate", summary: "Fill an empty board with a synthetic year of leads, campaigns, team and history.",
        options: [
            OptionSpec("--leads", value: "N", required: true, "how many leads (1 to 50,000,000)"),
            OptionSpec("--seed", value: "S", "the random seed (default 1): the same seed gives the same board"),
            OptionSpec("--until", value: "DATE", "the last day of the year of data, YYYY-MM-DD (default: today, UTC)"),
        ],
        details: """
            The team is the demo's (marketing: lucia, inigo, sarah, nuria; sales: tom, javier, begona, james, ana; admin:
            elena, root). Leads arrive faster through the year, from web, paid search, LinkedIn, content, referrals, events,
            webinars and email, with Spanish and English names; about a third are handed off, most handoffs are answered
            within the 24-working-hour service level, and accepted leads move through the sales stages to won or lost.
            Every lead has its history in the event log. The same --seed, --leads and --until give the same board.
            """)

    static func run(_ context: CommandContext) throws -> Int32 {
        let count = try context.integer("--leads", default: 0, range: 1...50_000_000)
        let seedText = context.parsed.value("--seed") ?? "1"
        guard let seed = UInt64(seedText) else {
            throw HandoffError.invalidInput(
                "--seed must be a whole number from 0 to \(UInt64.max), not '\(TerminalText.sanitize(seedText))'")
        }
        var until = Timestamp.now() / 86_400 * 86_400 + 86_400
        if let text = context.parsed.value("--until") {
            guard let day = DateInput.day(text, language: context.strings.language) else {
                throw HandoffError.invalidInput("--until must be a date, YYYY-MM-DD, not '\(TerminalText.sanitize(text))'")
            }
            until = day + 86_400
        }
        let path = context.databasePath
        let existed = FileManager.default.fileExists(atPath: path)
        let store = try context.openStore()
        let progress = ProgressLine()
        let strings = context.strings
        let report: Store.GenerateReport
        do {
            report = try store.generate(leads: count, seed: seed, until: until, actor: try context.actor(in: store)) { written, seconds in
                let rate = seconds > 0 ? Int(Double(written) / seconds) : 0
                progress.show(strings("\(strings.integer(written)) of \(strings.integer(count)) leads, \(strings.integer(rate)) leads/s"))
            }
        } catch {
            progress.end()
            if !existed { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
            throw error
        }
        progress.end()
        let funnel = store.pipeline.leadStages.map { "\($0.id) \(strings.integer(report.stages[$0.id] ?? 0))" }.joined(separator: ", ")
        let leads: Message = report.leads == 1 ? "1 lead" : "\(integer: report.leads) leads"
        let events: Message = report.events == 1 ? "1 event" : "\(integer: report.events) events"
        let answers: Message = report.responses == 1 ? "1 handoff answer" : "\(integer: report.responses) handoff answers"
        let campaigns: Message = report.campaigns == 1 ? "1 campaign" : "\(integer: report.campaigns) campaigns"
        context.say(
            "Generated \(leads), \(events), \(answers) and \(campaigns) in \(decimal: report.seconds) s at \(TerminalText.sanitize(path))")
        context.say("  by stage: \(funnel)")
        return 0
    }
}
