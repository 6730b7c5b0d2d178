import Foundation
import HandoffCore
import HandoffStore
import HandoffTUI

/// `handoff meeting`: the board opened in meeting mode; `handoff meeting close` records the
/// meeting so the next agenda starts from now; `add`, `actions`, `done` and `reopen` keep the
/// action items the meeting agrees, which stay open (and on every agenda) until they are done.
enum MeetingCommand: HandoffCommand {
    static let actions = ["close", "list", "add", "actions", "edit", "delete", "done", "reopen"]
    static let usage = """
        usage: handoff meeting [--large] [--follow] [--timebox DURATION] [--quiet]
               handoff meeting close [--minutes FILE]
               handoff meeting list [--json]
               handoff meeting add TEXT --owner LOGIN [--due DATE]
               handoff meeting actions [--open] [--owner LOGIN] [--json]
               handoff meeting edit ID [--text TEXT] [--owner LOGIN] [--due DATE|none]
               handoff meeting delete ID | done ID | reopen ID

        Run 'handoff meeting --help' for the options.
        """

    static let spec = CommandSpec(
        name: "meeting",
        summary: "Open the weekly meeting's agenda, close the meeting, list the meetings held, or keep their action items.",
        arguments: ["close|list|add|actions|edit|delete|done|reopen", "TEXT|ID"], optionalArguments: 2,
        options: [
            OptionSpec("--large", "start in the large-text layout, for a projector"),
            OptionSpec(
                "--follow", "follow the chair's screen, read-only: the projector shows the item, line and lead the chair's screen shows"),
            OptionSpec("--timebox", value: "DURATION", "a clock per item against this time: 5m, 90s, 2m30s (T turns it on and off)"),
            OptionSpec("--quiet", "do not celebrate won deals on this screen"),
            OptionSpec("--minutes", value: "FILE", "close: also write the meeting's minutes (Markdown) to FILE"),
            OptionSpec("--text", value: "TEXT", "edit: the action item's new text"),
            OptionSpec("--owner", value: "LOGIN", "add, edit: the member who does it; actions: only theirs"),
            OptionSpec(
                "--due", value: "DATE",
                "add, edit: by when: YYYY-MM-DD, YYYY-MM-DD HH:MM (UTC) or +3 for three days from now; edit: none takes the date away"),
            OptionSpec("--open", "actions: only the action items not done yet"),
            OptionSpec("--json", "list, actions: print JSON instead of a table"),
        ],
        details: """
            The agenda covers the events since the last meeting was closed (a week, for a board that never met).
            In the meeting: n/p step through items (g/G first and last), j/k scroll one, Enter acts on the lead of its line, d marks it discussed,
            w writes a decision or a note, a captures an action item, t ticks one off, x takes a line back,
            A who attends, T the clock per item, C closes, z large text, ? every key, q leaves.
            handoff meeting close [--minutes FILE]               close it: its minutes are kept (handoff report --meeting ID)
            handoff meeting list [--json]                        every meeting: period, chair, attendees, what it got through
            handoff meeting add TEXT --owner LOGIN [--due DATE]   an action item of the running meeting
            handoff meeting actions [--open] [--owner LOGIN]     every action item with its number, open ones first
            handoff meeting edit ID [--text T] [--owner L] [--due D|none]   change an action item
            handoff meeting delete ID                            delete one agreed by mistake
            handoff meeting done ID / reopen ID                  tick one off, or open it again
            Open action items carry over: every next meeting shows them until they are done.
            """)

    static func run(_ context: CommandContext) throws -> Int32 {
        guard let action = context.parsed.arguments.first else {
            try refuseOptions(["--owner", "--due", "--open", "--json", "--minutes", "--text"], verb: nil, context)
            let timebox = try context.parsed.value("--timebox").map(duration)
            let follow = context.parsed.has("--follow")
            // A screen that follows shows; it never records, whoever opens it.
            let store = try context.openStore(readOnly: follow || context.parsed.has("--read-only"))
            try BoardCommand.open(store, context: context) { runtime in
                runtime.send(.startMeeting(large: context.parsed.has("--large"), timebox: timebox, follow: follow))
            }
            return 0
        }
        guard actions.contains(action) else {
            throw UsageError(
                "unknown meeting action '\(TerminalText.sanitize(action))'; use \(actions.dropLast().joined(separator: ", ")) or \(actions[actions.count - 1])",
                usage: usage)
        }
        try refuseOptions(
            ["--large", "--follow", "--timebox", "--quiet"] + (["add", "edit"].contains(action) ? [] : ["--due"])
                + (["add", "actions", "edit"].contains(action) ? [] : ["--owner"])
                + (action == "actions" ? [] : ["--open"]) + (["actions", "list"].contains(action) ? [] : ["--json"])
                + (action == "close" ? [] : ["--minutes"]) + (action == "edit" ? [] : ["--text"]), verb: action, context)
        let takesArgument = ["add", "edit", "delete", "done", "reopen"].contains(action)
        if takesArgument != (context.parsed.arguments.count == 2) {
            throw UsageError(
                takesArgument
                    ? "'meeting \(action)' needs \(action == "add" ? "TEXT (in quotes)" : "the action item's ID")"
                    : "'meeting \(action)' takes no further argument", usage: usage)
        }
        switch action {
        case "close": return try close(context)
        case "list": return try meetings(context)
        case "add": return try add(context)
        case "actions": return try list(context)
        case "edit": return try edit(context)
        case "delete": return try delete(context)
        default: return try setDone(context, action == "done")
        }
    }

    /// `5m`, `90s`, `2m30s`, or a number of minutes: the time each agenda item may take.
    static func duration(_ text: String) throws -> Int64 {
        var total: Int64 = 0, digits = "", units = 0
        for character in text.lowercased() {
            if character.isASCII && character.isNumber {
                digits.append(character)
            } else if character == "m" || character == "s", let number = Int64(digits), number < 100_000 {
                total += character == "m" ? number * 60 : number
                digits = ""
                units += 1
            } else {
                digits = "?"
                break
            }
        }
        if !digits.isEmpty {
            if units == 0, let minutes = Int64(digits), minutes < 100_000 { total = minutes * 60 } else { total = 0 }
        }
        guard total > 0, total <= 24 * 3_600 else {
            throw HandoffError.invalidInput("--timebox takes a time such as 5m, 90s or 2m30s, not '\(TerminalText.sanitize(text))'")
        }
        return total
    }

    /// Options of the other actions are a mistake worth saying, not something to ignore.
    private static func refuseOptions(_ options: [String], verb: String?, _ context: CommandContext) throws {
        if let option = options.first(where: { context.parsed.has($0) }) {
            throw UsageError("\(option) does not apply to 'handoff meeting\(verb.map { " " + $0 } ?? "")'", usage: usage)
        }
    }

    static func close(_ context: CommandContext) throws -> Int32 {
        let store = try context.openStore()
        let now = Timestamp.now()
        let meeting = try store.closeMeeting(actor: try context.actor(in: store), now: now, present: try present(at: store))
        let discussed = try store.discussedItems(meetingID: meeting.id).count
        let actions = try store.actionItems(meetingID: meeting.id)
        let strings = context.strings
        let discussedText: Message = discussed == 1 ? "1 item discussed" : "\(integer: discussed) items discussed"
        let actionsText: Message = actions.count == 1 ? "1 action item" : "\(integer: actions.count) action items"
        context.say(
            "Closed meeting \(meeting.id), which covered \(strings.dateTime(meeting.since)) to \(strings.dateTime(now)) UTC: \(discussedText), \(actionsText)."
        )
        let names = try store.memberNames()
        for action in actions { context.print("  - " + TerminalText.sanitize(action.summary(strings, names: names))) }
        if let path = context.parsed.value("--minutes") {
            try writeMinutes(meeting.id, to: path, store: store, context: context)
        }
        context.say("Its minutes are kept: handoff report --meeting \(meeting.id). The next meeting's agenda starts from now.")
        return 0
    }

    /// Members with the board open now (presence), as the meeting's attendees at its close.
    static func present(at store: Store) throws -> [String] {
        Presence.everyone(boardPath: store.path).map(\.login)
    }

    /// The minutes of a closed meeting, as stored, into a file (never over one without asking:
    /// the close is done by then, and the minutes can be printed again with `report --meeting`).
    static func writeMinutes(_ id: Int64, to path: String, store: Store, context: CommandContext) throws {
        guard let minutes = try store.minutes(meetingID: id, language: context.strings.language, format: "markdown") else { return }
        guard !FileManager.default.fileExists(atPath: path) else {
            throw HandoffError.invalidInput(
                "\(path) already exists; the minutes were kept in the board: handoff report --meeting \(id) > FILE")
        }
        guard FileManager.default.createFile(atPath: path, contents: Data(minutes.utf8)) else {
            throw HandoffError.storage("could not write \(path); the minutes were kept in the board: handoff report --meeting \(id) > FILE")
        }
        context.say("Minutes written to \(path).")
    }

    static func meetings(_ context: CommandContext) throws -> Int32 {
        let store = try context.openStore(readOnly: true)
        let summaries = try store.meetingSummaries(now: Timestamp.now())
        if context.parsed.has("--json") {
            try context.printJSON(
                summaries.map { summary -> [String: Any] in
                    [
                        "id": summary.meeting.id, "since": Timestamp.iso(summary.meeting.since), "until": Timestamp.iso(summary.until),
                        "started_at": Timestamp.iso(summary.meeting.startedAt),
                        "closed_at": summary.meeting.closedAt.map { Timestamp.iso($0) as Any } ?? NSNull(),
                        "chair": summary.chair, "attendees": summary.attendees, "items": summary.items, "discussed": summary.discussed,
                        "decisions": summary.decisions, "action_items": summary.actionItems, "minutes": summary.hasMinutes,
                        "open": summary.meeting.isOpen,
                    ]
                })
            return 0
        }
        if summaries.isEmpty {
            context.say("No meetings yet; open one with handoff meeting.")
            return 0
        }
        let strings = context.strings
        context.print(
            meetingRow([strings("ID"), strings("PERIOD"), strings("CHAIR"), strings("DISCUSSED"), strings("ACTIONS"), strings("ATTENDEES")])
        )
        for summary in summaries {
            let period =
                strings.dateTime(summary.meeting.since) + " – " + (summary.meeting.closedAt.map(strings.dateTime) ?? strings("now (open)"))
            let discussed =
                summary.hasMinutes
                ? "\(strings.integer(summary.discussed))/\(strings.integer(summary.items))" : strings.integer(summary.discussed)
            context.print(
                meetingRow([
                    "#\(summary.meeting.id)", period, summary.chair, discussed, strings.integer(summary.actionItems),
                    summary.attendees.isEmpty ? "-" : summary.attendees.joined(separator: ", "),
                ]))
        }
        context.print("")
        context.say("The minutes of a closed meeting: handoff report --meeting ID.")
        return 0
    }

    private static func meetingRow(_ cells: [String]) -> String {
        (zip(cells.dropLast(), [6, 37, 20, 10, 8]).map { TerminalText.fit(TerminalText.sanitize($0), to: $1) } + [
            TerminalText.sanitize(cells[cells.count - 1])
        ])
        .joined(separator: " ").trimmingCharacters(in: .whitespaces)
    }

    static func add(_ context: CommandContext) throws -> Int32 {
        guard let owner = context.parsed.value("--owner") else {
            throw UsageError("'meeting add' needs --owner LOGIN: the member who does it", usage: usage)
        }
        let now = Timestamp.now()
        let due = try context.dueOption(now: now, forActionItem: true)
        let store = try context.openStore()
        let action = try store.addActionItem(
            item: nil, body: context.parsed.arguments[1], owner: owner, due: due, actor: try context.actor(in: store), now: now)
        let strings = context.strings
        let summary = action.summary(strings, names: try store.memberNames())
        context.say(
            "Action item #\(action.id) for \(TerminalText.sanitize(try store.displayName(login: owner))): \(TerminalText.sanitize(summary))"
        )
        context.say("It stays open, and on every meeting's agenda, until `handoff meeting done \(action.id)`.")
        return 0
    }

    static func list(_ context: CommandContext) throws -> Int32 {
        let store = try context.openStore(readOnly: true)
        let owner = context.parsed.value("--owner")
        let items = try store.allActionItems(openOnly: context.parsed.has("--open")).filter { owner == nil || $0.owner == owner }
        if context.parsed.has("--json") {
            try context.printJSON(items.map { $0.jsonObject() })
            return 0
        }
        if items.isEmpty {
            let open = context.parsed.has("--open")
            if let owner {
                let who = TerminalText.sanitize(owner)
                context.say(open ? "No open action items for \(who)." : "No action items for \(who).")
            } else {
                context.say(
                    open ? "No open action items." : "No action items yet; capture one in the meeting (a) or with handoff meeting add.")
            }
            return 0
        }
        let now = Timestamp.now()
        let strings = context.strings
        context.print(row([strings("ID"), strings("STATUS"), strings("DUE"), strings("OWNER"), strings("WHAT")]))
        for item in items {
            let status =
                item.doneAt.map { strings("done \(strings.date($0))") }
                ?? (item.due.map { $0 < now } == true ? strings("OVERDUE") : strings("open"))
            context.print(
                row(["#\(item.id)", status, item.due.map(strings.date) ?? "-", try store.displayName(login: item.owner), item.body]))
        }
        let open = items.filter(\.isOpen).count
        context.print("")
        let done = items.count - open
        let openText: Message = open == 1 ? "1 open" : "\(integer: open) open"
        let doneText: Message = done == 1 ? "1 done" : "\(integer: done) done"
        context.say("\(openText), \(doneText). Tick one off with handoff meeting done ID.")
        return 0
    }

    static func actionID(_ context: CommandContext) throws -> Int64 {
        let text = context.parsed.arguments[1].trimmingCharacters(in: CharacterSet(charactersIn: "#"))
        guard let id = Int64(text), id > 0 else {
            throw HandoffError.invalidInput(
                "'\(TerminalText.sanitize(context.parsed.arguments[1]))' is not an action item number; `handoff meeting actions` lists them"
            )
        }
        return id
    }

    static func edit(_ context: CommandContext) throws -> Int32 {
        let id = try actionID(context)
        let now = Timestamp.now()
        let dueText = context.parsed.value("--due")
        let clearDue = dueText?.lowercased() == "none"
        let due = clearDue ? nil : try context.dueOption(now: now, forActionItem: true)
        guard context.parsed.value("--text") != nil || context.parsed.value("--owner") != nil || dueText != nil else {
            throw UsageError("'meeting edit' needs --text, --owner or --due: what to change", usage: usage)
        }
        let store = try context.openStore()
        let action = try store.editActionItem(
            id, body: context.parsed.value("--text"), owner: context.parsed.value("--owner"), due: due, clearDue: clearDue,
            actor: try context.actor(in: store), now: now)
        context.say("Changed: #\(id) \(TerminalText.sanitize(action.summary(context.strings, names: try store.memberNames())))")
        return 0
    }

    static func delete(_ context: CommandContext) throws -> Int32 {
        let id = try actionID(context)
        let store = try context.openStore()
        let action = try store.deleteActionItem(id, actor: try context.actor(in: store), now: Timestamp.now())
        context.say(
            "Deleted: #\(id) \(TerminalText.sanitize(action.summary(context.strings, names: try store.memberNames()))); the board's log keeps what it said."
        )
        return 0
    }

    static func setDone(_ context: CommandContext, _ done: Bool) throws -> Int32 {
        let id = try actionID(context)
        let store = try context.openStore()
        let action = try store.setActionItemDone(id, done, actor: try context.actor(in: store), now: Timestamp.now())
        let summary = TerminalText.sanitize(action.summary(context.strings, names: try store.memberNames()))
        context.say(done ? "Done: #\(id) \(summary)" : "Open again: #\(id) \(summary)")
        return 0
    }

    private static func row(_ cells: [String]) -> String {
        // The last column, what is to be done, is never cut.
        (zip(cells.dropLast(), [6, 20, 10, 20]).map { TerminalText.fit(TerminalText.sanitize($0), to: $1) } + [
            TerminalText.sanitize(cells[cells.count - 1])
        ])
        .joined(separator: " ").trimmingCharacters(in: .whitespaces)
    }
}
