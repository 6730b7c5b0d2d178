import Foundation
import HandoffCore
import HandoffStore

/// `handoff report`: the meeting's agenda and KPIs as a document for the minutes, from the same
/// store queries as the meeting mode; `--meeting ID` prints a closed meeting's minutes exactly as
/// they were kept at its close.
enum ReportCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "report", summary: "Write the meeting agenda and KPIs as Markdown (or JSON) for the minutes, or a closed meeting's minutes.",
        options: [
            OptionSpec(
                "--since", value: "WHEN",
                "last-meeting (default: since the last meeting held), a date, YYYY-MM-DD or YYYY-MM-DD HH:MM UTC, or Nd / Nw for the last N days or weeks"
            ),
            OptionSpec(
                "--meeting", value: "ID", "the minutes of closed meeting ID, as kept at its close (handoff meeting list gives the IDs)"),
            OptionSpec("--format", value: "FORMAT", choices: ["markdown", "json"], "markdown (default) or json"),
        ],
        details: """
            KPIs count the same window as the agenda, to the second, compared with as long a window just before. The
            report names the history's head (as `handoff check --print-head` prints it) once its hash chains are verified:
            kept in the minutes, `handoff check --expect-head HEAD` proves later that nothing up to it was changed.
            """)

    static func run(_ context: CommandContext) throws -> Int32 {
        let format = context.parsed.value("--format") ?? "markdown"
        guard format == "markdown" || format == "json" else {
            throw HandoffError.invalidInput("--format must be markdown or json, not '\(TerminalText.sanitize(format))'")
        }
        if let text = context.parsed.value("--meeting") {
            guard context.parsed.value("--since") == nil else {
                throw UsageError("--meeting prints the minutes of one meeting, whose window is its own; leave out --since", usage: "")
            }
            return try minutes(text, format: format, context: context)
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
            context.printVerbatim(agenda.markdown(context.strings))
        }
        return 0
    }

    static func minutes(_ text: String, format: String, context: CommandContext) throws -> Int32 {
        guard let id = Int64(text.trimmingCharacters(in: CharacterSet(charactersIn: "#"))), id > 0 else {
            throw HandoffError.invalidInput(
                "--meeting takes a meeting's number, not '\(TerminalText.sanitize(text))'; handoff meeting list gives them")
        }
        let store = try context.openStore(readOnly: true)
        guard let meeting = try store.meeting(id: id) else {
            throw HandoffError.invalidInput("there is no meeting \(id); handoff meeting list gives the meetings held")
        }
        guard meeting.closedAt != nil else {
            throw HandoffError.invalidInput(
                "meeting \(id) is still running: its minutes are written when it closes; handoff report shows its agenda so far")
        }
        guard let stored = try store.minutes(meetingID: id, language: context.strings.language, format: format) else {
            throw HandoffError.invalidInput(
                "meeting \(id) was closed before minutes were kept; handoff report --since \(Timestamp.short(meeting.since)) rebuilds its agenda from the board as it is now"
            )
        }
        if format == "json" { context.printJSON(text: stored) } else { context.printVerbatim(stored) }
        return 0
    }

    /// nil for the last meeting; else the instant typed, or as many days back as `7d` says.
    static func sinceOption(_ text: String?, now: Int64, language: Language) throws -> Int64? {
        guard let text, text != "last-meeting" else { return nil }
        if let days = DateInput.days(text) { return now - days * 86_400 }
        guard let instant = DateInput.moment(text, language: language)?.seconds else {
            throw HandoffError.invalidInput(
                "--since takes last-meeting, a date (YYYY-MM-DD or YYYY-MM-DD HH:MM, UTC) or Nd / Nw, not '\(TerminalText.sanitize(text))'")
        }
        return instant
    }
}
