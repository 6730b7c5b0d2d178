import Foundation
import HandoffCore
import HandoffStore
import HandoffTUI

/// `handoff meeting`: the board opened in meeting mode; `handoff meeting close` records the
/// meeting so the next agenda starts from now; `add`, `actions`, `done` and `reopen` keep the
/// action items the meeting agrees, which stay open (and on every agenda) until they are done.
enum MeetingCommand: HandoffCommand {
    static let actions = ["close", "list", "add", "actions", "edit", "delete", "done", "reopen"]
    /// The forms of the command: its syntax is the same in every language, the words around it are not.
    static func usage(_ strings: Strings) -> String {
        let forms = [
            "handoff meeting [--large] [--follow] [--timebox DURATION] [--quiet]", "handoff meeting close [--minutes FILE]",
            "handoff meeting list [--json]", "handoff meeting add TEXT --owner LOGIN [--due DATE]",
            "handoff meeting actions [--open] [--owner LOGIN] [--json]",
            "handoff meeting edit ID [--text TEXT] [--owner LOGIN] [--due DATE|none]", "handoff meeting delete ID | done ID | reopen ID",
        ]
        return UsageError.forms(forms, help: "handoff meeting", strings)
    }

    static let spec = CommandSpec(
        name: "meeting",
        summary: Message(.openTheWeeklyMeetings),
        arguments: ["close|list|add|actions|edit|delete|done|reopen", "TEXT|ID"], optionalArguments: 2,
        options: [
            OptionSpec("--large", Message(.startInTheLarge)),
            OptionSpec(
                "--follow", Message(.followTheChairsScreen)),
            OptionSpec("--timebox", value: "DURATION", Message(.clockPerItemAgainst)),
            OptionSpec("--quiet", Message(.doNotCelebrateWon)),
            OptionSpec("--minutes", value: "FILE", Message(.closeAlsoWriteThe)),
            OptionSpec("--text", value: "TEXT", Message(.editTheActionItems)),
            OptionSpec("--owner", value: "LOGIN", Message(.addEditTheMember)),
            OptionSpec(
                "--due", value: "DATE",
                Message(.addEditByWhen)),
            OptionSpec("--open", Message(.actionsOnlyTheAction)),
            OptionSpec("--json", Message(.listActionsPrintJSON)),
        ],
        details: Message(.agendaCoversTheEvents))

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
                Message(
                    .unknownMeetingActionUse, "\(TerminalText.sanitize(action))", "\(actions.dropLast().joined(separator: ", "))",
                    "\(actions[actions.count - 1])"),
                usage: usage(context.strings))
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
                    ? Message(.meetingNeeds, "\(action)", "\(action == "add" ? Message(.textInQuotes) : Message(.theActionItemsID))")
                    : Message(.meetingTakesNoFurther, "\(action)"), usage: usage(context.strings))
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
            throw HandoffError.invalidInput(Message(.timeboxTakesATime, "\(TerminalText.sanitize(text))"))
        }
        return total
    }

    /// Options of the other actions are a mistake worth saying, not something to ignore.
    private static func refuseOptions(_ options: [String], verb: String?, _ context: CommandContext) throws {
        if let option = options.first(where: { context.parsed.has($0) }) {
            throw UsageError(Message(.doesNotApplyTo, "\(option)", "\(verb.map { " " + $0 } ?? "")"), usage: usage(context.strings))
        }
    }

    static func close(_ context: CommandContext) throws -> Int32 {
        let store = try context.openStore()
        let now = Timestamp.now()
        let meeting = try store.closeMeeting(actor: try context.actor(in: store), now: now, present: try present(at: store))
        let discussed = try store.discussedItems(meetingID: meeting.id).count
        let actions = try store.actionItems(meetingID: meeting.id)
        let strings = context.strings
        let discussedText: Message = discussed == 1 ? Message(.oneItemDiscussed) : Message(.itemsDiscussed, "\(integer: discussed)")
        let actionsText: Message = actions.count == 1 ? Message(.oneActionItem) : Message(.actionItems, "\(integer: actions.count)")
        context.say(
            Message(
                .closedMeetingWhichCovered, "\(meeting.id)", "\(strings.dateTime(meeting.since))", "\(strings.dateTime(now))",
                "\(discussedText)", "\(actionsText)")
        )
        let names = try store.memberNames()
        for action in actions { context.print("  - " + TerminalText.sanitize(action.summary(strings, names: names))) }
        if let path = context.parsed.value("--minutes") {
            try writeMinutes(meeting.id, to: path, store: store, context: context)
        }
        context.say(Message(.itsMinutesAreKept, "\(meeting.id)"))
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
                Message(.alreadyExistsTheMinutes, "\(path)", "\(id)"))
        }
        guard FileManager.default.createFile(atPath: path, contents: Data(minutes.utf8)) else {
            throw HandoffError.storage(Message(.couldNotWriteThe, "\(path)", "\(id)"))
        }
        context.say(Message(.minutesWrittenTo, "\(path)"))
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
            context.say(Message(.noMeetingsYetOpen))
            return 0
        }
        let strings = context.strings
        context.print(
            meetingRow([
                strings(Message(.id)), strings(Message(.period)), strings(Message(.chair)), strings(Message(.discussed)),
                strings(Message(.actions)), strings(Message(.attendees)),
            ])
        )
        for summary in summaries {
            let period =
                strings.dateTime(summary.meeting.since) + " – "
                + (summary.meeting.closedAt.map(strings.dateTime) ?? strings(Message(.nowOpen)))
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
        context.say(Message(.minutesOfAClosed))
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
            throw UsageError(Message(.meetingAddNeedsOwner), usage: usage(context.strings))
        }
        let now = Timestamp.now()
        let due = try context.dueOption(now: now, forActionItem: true)
        let store = try context.openStore()
        let action = try store.addActionItem(
            item: nil, body: context.parsed.arguments[1], owner: owner, due: due, actor: try context.actor(in: store), now: now)
        let strings = context.strings
        let summary = action.summary(strings, names: try store.memberNames())
        context.say(
            Message(
                .actionItemFor, "\(action.id)", "\(TerminalText.sanitize(try store.displayName(login: owner)))",
                "\(TerminalText.sanitize(summary))")
        )
        context.say(Message(.itStaysOpenAnd, "\(action.id)"))
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
                context.say(open ? Message(.noOpenActionItems, "\(who)") : Message(.noActionItemsFor, "\(who)"))
            } else {
                context.say(
                    open ? Message(.noOpenActionItemsAtAll) : Message(.noActionItemsYet))
            }
            return 0
        }
        let now = Timestamp.now()
        let strings = context.strings
        context.print(
            row([
                strings(Message(.id)), strings(Message(.status)), strings(Message(.dueHeader)), strings(Message(.owner)),
                strings(Message(.what)),
            ]))
        for item in items {
            let status =
                item.doneAt.map { strings(Message(.done, "\(strings.date($0))")) }
                ?? (item.due.map { $0 < now } == true ? strings(Message(.overdueHeader)) : strings(Message(.open)))
            context.print(
                row(["#\(item.id)", status, item.due.map(strings.date) ?? "-", try store.displayName(login: item.owner), item.body]))
        }
        let open = items.filter(\.isOpen).count
        context.print("")
        let done = items.count - open
        let openText: Message = open == 1 ? Message(.oneOpen) : Message(.openCount, "\(integer: open)")
        let doneText: Message = done == 1 ? Message(.oneDone) : Message(.doneCount, "\(integer: done)")
        context.say(Message(.tickOneOffWith, "\(openText)", "\(doneText)"))
        return 0
    }

    static func actionID(_ context: CommandContext) throws -> Int64 {
        let text = context.parsed.arguments[1].trimmingCharacters(in: CharacterSet(charactersIn: "#"))
        guard let id = Int64(text), id > 0 else {
            throw HandoffError.invalidInput(
                Message(.isNotAnAction, "\(TerminalText.sanitize(context.parsed.arguments[1]))")
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
            throw UsageError(Message(.meetingEditNeedsText), usage: usage(context.strings))
        }
        let store = try context.openStore()
        let action = try store.editActionItem(
            id, body: context.parsed.value("--text"), owner: context.parsed.value("--owner"), due: due, clearDue: clearDue,
            actor: try context.actor(in: store), now: now)
        context.say(Message(.changed, "\(id)", "\(TerminalText.sanitize(action.summary(context.strings, names: try store.memberNames())))"))
        return 0
    }

    static func delete(_ context: CommandContext) throws -> Int32 {
        let id = try actionID(context)
        let store = try context.openStore()
        let action = try store.deleteActionItem(id, actor: try context.actor(in: store), now: Timestamp.now())
        context.say(
            Message(
                .deletedTheBoardsLog, "\(id)", "\(TerminalText.sanitize(action.summary(context.strings, names: try store.memberNames())))")
        )
        return 0
    }

    static func setDone(_ context: CommandContext, _ done: Bool) throws -> Int32 {
        let id = try actionID(context)
        let store = try context.openStore()
        let action = try store.setActionItemDone(id, done, actor: try context.actor(in: store), now: Timestamp.now())
        let summary = TerminalText.sanitize(action.summary(context.strings, names: try store.memberNames()))
        context.say(done ? Message(.doneActionItem, "\(id)", "\(summary)") : Message(.openAgain, "\(id)", "\(summary)"))
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
