import HandoffCore
import HandoffStore

extension AppRuntime {
    /// Writes what the meeting decided and says so in the status line.
    func record(_ change: MeetingChange) throws -> (message: String, closed: Bool) {
        switch change {
        case let .discussed(item, discussed):
            try store.setDiscussed(item, discussed, actor: actor, now: state.now)
            let title = state.meeting?.agenda?.items.first { $0.key == item }?.title ?? item
            return (state.strings(discussed ? .meetingDiscussedStatus : .meetingNotDiscussedStatus, title), false)
        case let .actionItem(item, body, owner, due):
            let action = try store.addActionItem(item: item, body: body, owner: owner, due: due, actor: actor, now: state.now)
            let strings = state.strings
            let who = try store.displayName(login: owner)
            return (due.map { strings(.meetingActionDueStatus, who, action.body, strings.date($0)) } ?? strings(.meetingActionStatus, who, action.body), false)
        case let .actionDone(id):
            let action = try store.setActionItemDone(id, actor: actor, now: state.now)
            return (state.strings(.meetingActionDoneStatus, state.strings(.agendaActionNumber, id), action.body), false)
        case .close:
            // Everyone with the board open now attended, this screen's person included.
            let meeting = try store.closeMeeting(actor: actor, now: state.now, present: [actor] + state.presence.map(\.login))
            let actions = try store.actionItems(meetingID: meeting.id).count
            let strings = state.strings
            let count = actions == 1 ? strings(.meetingActionOne) : strings(.meetingActionCount, actions)
            return (strings(.meetingClosedStatus, count, strings.dateTime(state.now)), true)
        }
    }
}
