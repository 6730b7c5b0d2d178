import Foundation
import HandoffCore
import HandoffStore

/// `handoff report`: the meeting's agenda and KPIs as a document for the minutes, from the same
/// store queries as the meeting mode; `--meeting ID` prints a closed meeting's minutes exactly as
/// they were kept at its close.
enum ReportCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "report", summary: Message(.writeTheMeetingAgenda),
        options: [
            OptionSpec(
                "--since", value: "WHEN",
                Message(.lastMeetingDefaultSince)
            ),
            OptionSpec(
                "--meeting", value: "ID", Message(.minutesOfClosedMeeting)),
            OptionSpec("--format", value: "FORMAT", choices: ["markdown", "json"], Message(.markdownDefaultOrJson)),
        ],
        details: Message(.kpisCountTheSame))

    static func run(_ context: CommandContext) throws -> Int32 {
        let format = context.parsed.value("--format") ?? "markdown"
        guard format == "markdown" || format == "json" else {
            throw HandoffError.invalidInput(Message(.formatMustBeMarkdown, "\(TerminalText.sanitize(format))"))
        }
        if let text = context.parsed.value("--meeting") {
            guard context.parsed.value("--since") == nil else {
                throw UsageError(Message(.meetingPrintsTheMinutes), usage: "")
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
                Message(.meetingTakesAMeetings, "\(TerminalText.sanitize(text))"))
        }
        let store = try context.openStore(readOnly: true)
        guard let meeting = try store.meeting(id: id) else {
            throw HandoffError.invalidInput(Message(.thereIsNoMeeting, "\(id)"))
        }
        guard meeting.closedAt != nil else {
            throw HandoffError.invalidInput(
                Message(.meetingIsStillRunning, "\(id)"))
        }
        guard let stored = try store.minutes(meetingID: id, language: context.strings.language, format: format) else {
            throw HandoffError.invalidInput(
                Message(.meetingWasClosedBefore, "\(id)", "\(Timestamp.short(meeting.since))")
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
                Message(.sinceTakesLastMeeting, "\(TerminalText.sanitize(text))"))
        }
        return instant
    }
}
