import HandoffCore
import HandoffStore

extension AppRuntime {
    /// Writes what the meeting decided and says so in the status line.
    func record(_ change: MeetingChange) throws -> (message: String, closed: Bool) {
        switch change {
        case let .discussed(item, discussed):
            try store.setDiscussed(item, discussed, actor: actor, now: state.now)
            let title = state.meeting?.agenda?.items.first { $0.key == item }?.title ?? item
            return ((discussed ? "Discussed: " : "Not discussed yet: ") + title, false)
        case let .actionItem(item, body, owner, due):
            let action = try store.addActionItem(item: item, body: body, owner: owner, due: due, actor: actor, now: state.now)
            return ("Action item for \(owner): \(action.body)" + (due.map { ", due " + Timestamp.date($0) } ?? ""), false)
        case .close:
            let meeting = try store.closeMeeting(actor: actor, now: state.now)
            let actions = try store.actionItems(meetingID: meeting.id).count
            return ("Meeting closed: \(actions) action item\(actions == 1 ? "" : "s"); the next agenda starts from \(Timestamp.short(state.now)) UTC", true)
        }
    }
}
