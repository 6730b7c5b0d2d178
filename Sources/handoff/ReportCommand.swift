import Foundation
import HandoffCore
import HandoffStore

/// `handoff report`: the meeting's agenda and KPIs as a document for the minutes, from the same
/// store queries as the meeting mode.
enum ReportCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "report", summary: "Write the meeting agenda and KPIs as Markdown (or JSON) for the minutes.",
        options: [
            OptionSpec("--since", value: "WHEN", "last-meeting (default: since the last meeting held), a date, YYYY-MM-DD or YYYY-MM-DD HH:MM UTC, or Nd / Nw for the last N days or weeks"),
            OptionSpec("--format", value: "FORMAT", choices: ["markdown", "json"], "markdown (default) or json"),
        ],
        details: """
            KPIs cover whole UTC days, from the day the window starts to today, compared with as many days before. The
            report names the history's head (as `handoff check --print-head` prints it) once its hash chains are verified:
            kept in the minutes, `handoff check --expect-head HEAD` proves later that nothing up to it was changed.
            """)

    static func run(_ context: CommandContext) throws -> Int32 {
        let format = context.parsed.value("--format") ?? "markdown"
        guard format == "markdown" || format == "json" else {
            throw HandoffError.invalidInput("--format must be markdown or json, not '\(TerminalText.sanitize(format))'")
        }
        let now = Timestamp.now()
        let since = try sinceOption(context.parsed.value("--since"), now: now, language: context.strings.language)
        let store = try context.openStore(readOnly: true)
        var agenda = try store.meetingAgenda(now: now, since: since, strings: context.strings)
        let history = try store.verifiedHistoryHead()
        agenda.history = history.head.map { .head($0) } ?? .broken(problems: history.problems)
        if format == "json" {
            context.printJSON(text: try agenda.jsonText())
        } else {
            context.print(agenda.markdown(context.strings))
        }
        return 0
    }

    /// nil for the last meeting; else the instant typed, or as many days back as `7d` says.
    static func sinceOption(_ text: String?, now: Int64, language: Language) throws -> Int64? {
        guard let text, text != "last-meeting" else { return nil }
        if let days = DateInput.days(text) { return now - days * 86_400 }
        guard let instant = DateInput.moment(text, language: language)?.seconds else {
            throw HandoffError.invalidInput("--since takes last-meeting, a date (YYYY-MM-DD or YYYY-MM-DD HH:MM, UTC) or Nd / Nw, not '\(TerminalText.sanitize(text))'")
        }
        return instant
    }
}
