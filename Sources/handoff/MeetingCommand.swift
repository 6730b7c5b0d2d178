import Foundation
import HandoffCore
import HandoffStore
import HandoffTUI

/// `handoff meeting`: the board opened in meeting mode; `handoff meeting close` records the
/// meeting so the next agenda starts from now; `add`, `actions`, `done` and `reopen` keep the
/// action items the meeting agrees, which stay open (and on every agenda) until they are done.
enum MeetingCommand: HandoffCommand {
    static let actions = ["close", "add", "actions", "done", "reopen"]
    static let usage = """
        usage: handoff meeting [--large]
               handoff meeting close
               handoff meeting add TEXT --owner LOGIN [--due DATE]
               handoff meeting actions [--open] [--owner LOGIN] [--json]
               handoff meeting done ID | reopen ID

        Run 'handoff meeting --help' for the options.
        """

    static let spec = CommandSpec(
        name: "meeting", summary: "Open the weekly meeting's agenda, close the meeting, or keep its action items.",
        arguments: ["close|add|actions|done|reopen", "TEXT|ID"], optionalArguments: 2,
        options: [
            OptionSpec("--large", "start in the large-text layout, for a projector"),
            OptionSpec("--owner", value: "LOGIN", "add: the member who does it; actions: only theirs"),
            OptionSpec("--due", value: "DATE", "add: by when: YYYY-MM-DD, YYYY-MM-DD HH:MM (UTC) or +3 for three days from now"),
            OptionSpec("--open", "actions: only the action items not done yet"),
            OptionSpec("--json", "actions: print JSON instead of a table"),
        ],
        details: """
        The agenda covers the events since the last meeting was closed (a week, for a board that never met).
        In the meeting: n/p step through items, d marks one discussed, a captures an action item, t ticks one off,
        C closes, z large text, q leaves.
        handoff meeting add TEXT --owner LOGIN [--due DATE]   an action item of the running meeting
        handoff meeting actions [--open] [--owner LOGIN]     every action item with its number, open ones first
        handoff meeting done ID / reopen ID                  tick one off, or open it again
        Open action items carry over: every next meeting shows them until they are done.
        """)

    static func run(_ context: CommandContext) throws -> Int32 {
        guard let action = context.parsed.arguments.first else {
            try refuseOptions(["--owner", "--due", "--open", "--json"], verb: nil, context)
            let store = try context.openStore()
            try BoardCommand.open(store, context: context) { runtime in
                for action in [UserAction.openMeeting] + (context.parsed.has("--large") ? [.toggleLargeText] : []) {
                    if let key = KeyMap.standard.key(for: action) { runtime.send(.key(key)) }
                }
            }
            return 0
        }
        guard actions.contains(action) else {
            throw UsageError("unknown meeting action '\(TerminalText.sanitize(action))'; use \(actions.dropLast().joined(separator: ", ")) or \(actions[actions.count - 1])",
                             usage: usage)
        }
        try refuseOptions(["--large"] + (action == "add" ? [] : ["--due"]) + (["add", "actions"].contains(action) ? [] : ["--owner"])
                          + (action == "actions" ? [] : ["--open", "--json"]), verb: action, context)
        let takesArgument = ["add", "done", "reopen"].contains(action)
        if takesArgument != (context.parsed.arguments.count == 2) {
            throw UsageError(takesArgument ? "'meeting \(action)' needs \(action == "add" ? "TEXT (in quotes)" : "the action item's ID")"
                                           : "'meeting \(action)' takes no further argument", usage: usage)
        }
        switch action {
        case "close": return try close(context)
        case "add": return try add(context)
        case "actions": return try list(context)
        default: return try setDone(context, action == "done")
        }
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
        let meeting = try store.closeMeeting(actor: try context.actor(in: store), now: now)
        let discussed = try store.discussedItems(meetingID: meeting.id).count
        let actions = try store.actionItems(meetingID: meeting.id)
        let strings = context.strings
        let discussedText: Message = discussed == 1 ? "1 item discussed" : "\(integer: discussed) items discussed"
        let actionsText: Message = actions.count == 1 ? "1 action item" : "\(integer: actions.count) action items"
        context.say("Closed the meeting that covered \(strings.dateTime(meeting.since)) to \(strings.dateTime(now)) UTC: \(discussedText), \(actionsText).")
        for action in actions { context.print("  - " + TerminalText.sanitize(action.summary(strings))) }
        context.say("The next meeting's agenda starts from now.")
        return 0
    }

    static func add(_ context: CommandContext) throws -> Int32 {
        guard let owner = context.parsed.value("--owner") else {
            throw UsageError("'meeting add' needs --owner LOGIN: the member who does it", usage: usage)
        }
        let now = Timestamp.now()
        let due = try context.dueOption(now: now)
        let store = try context.openStore()
        let action = try store.addActionItem(item: nil, body: context.parsed.arguments[1], owner: owner, due: due, actor: try context.actor(in: store), now: now)
        let strings = context.strings
        context.say("Action item #\(action.id) for \(TerminalText.sanitize(try store.displayName(login: owner))): \(TerminalText.sanitize(action.summary(strings)))")
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
                context.say(open ? "No open action items." : "No action items yet; capture one in the meeting (a) or with handoff meeting add.")
            }
            return 0
        }
        let now = Timestamp.now()
        let strings = context.strings
        context.print(row([strings("ID"), strings("STATUS"), strings("DUE"), strings("OWNER"), strings("WHAT")]))
        for item in items {
            let status = item.doneAt.map { strings("done \(strings.date($0))") } ?? (item.due.map { $0 < now } == true ? strings("OVERDUE") : strings("open"))
            context.print(row(["#\(item.id)", status, item.due.map(strings.date) ?? "-", try store.displayName(login: item.owner), item.body]))
        }
        let open = items.filter(\.isOpen).count
        context.print("")
        let done = items.count - open
        let openText: Message = open == 1 ? "1 open" : "\(integer: open) open"
        let doneText: Message = done == 1 ? "1 done" : "\(integer: done) done"
        context.say("\(openText), \(doneText). Tick one off with handoff meeting done ID.")
        return 0
    }

    static func setDone(_ context: CommandContext, _ done: Bool) throws -> Int32 {
        let text = context.parsed.arguments[1].trimmingCharacters(in: CharacterSet(charactersIn: "#"))
        guard let id = Int64(text), id > 0 else {
            throw HandoffError.invalidInput("'\(TerminalText.sanitize(context.parsed.arguments[1]))' is not an action item number; `handoff meeting actions` lists them")
        }
        let store = try context.openStore()
        let action = try store.setActionItemDone(id, done, actor: try context.actor(in: store), now: Timestamp.now())
        let summary = TerminalText.sanitize(action.summary(context.strings))
        context.say(done ? "Done: #\(id) \(summary)" : "Open again: #\(id) \(summary)")
        return 0
    }

    private static func row(_ cells: [String]) -> String {
        // The last column, what is to be done, is never cut.
        (zip(cells.dropLast(), [6, 20, 10, 20]).map { TerminalText.fit(TerminalText.sanitize($0), to: $1) } + [TerminalText.sanitize(cells[cells.count - 1])])
            .joined(separator: " ").trimmingCharacters(in: .whitespaces)
    }
}
