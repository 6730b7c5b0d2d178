import Foundation
import HandoffCore
import HandoffStore
import HandoffTUI

/// `handoff meeting`: the board opened in meeting mode; `handoff meeting close` records the
/// meeting so the next agenda starts from now.
enum MeetingCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "meeting", summary: "Open the weekly meeting's agenda, or close the meeting (handoff meeting close).",
        arguments: ["close"], optionalArguments: 1,
        options: [OptionSpec("--large", "start in the large-text layout, for a projector")],
        details: """
            The agenda covers the events since the last meeting was closed (a week, for a board that never met).
            In the meeting: n/p step through items, d marks one discussed, a captures an action item, C closes, z large text, q leaves.
            """)

    static func run(_ context: CommandContext) throws -> Int32 {
        if let action = context.parsed.arguments.first {
            guard action == "close" else {
                throw UsageError("unknown meeting action '\(TerminalText.sanitize(action))'; the only one is close",
                                 usage: "")
            }
            return try close(context)
        }
        let store = try context.openStore()
        try BoardCommand.open(store, context: context) { runtime in
            for action in [UserAction.openMeeting] + (context.parsed.has("--large") ? [.toggleLargeText] : []) {
                if let key = KeyMap.standard.key(for: action) { runtime.send(.key(key)) }
            }
        }
        return 0
    }

    static func close(_ context: CommandContext) throws -> Int32 {
        let store = try context.openStore()
        let now = Timestamp.now()
        let meeting = try store.closeMeeting(actor: try context.actor(in: store), now: now)
        let discussed = try store.discussedItems(meetingID: meeting.id).count
        let actions = try store.actionItems(meetingID: meeting.id)
        let strings = context.strings
        let discussedText: Message = discussed == 1 ? "1 item discussed" : "\(discussed) items discussed"
        let actionsText: Message = actions.count == 1 ? "1 action item" : "\(actions.count) action items"
        context.say("Closed the meeting that covered \(strings.dateTime(meeting.since)) to \(strings.dateTime(now)) UTC: \(discussedText), \(actionsText).")
        for action in actions { context.print("  - " + TerminalText.sanitize(action.summary(strings))) }
        context.say("The next meeting's agenda starts from now.")
        return 0
    }
}
