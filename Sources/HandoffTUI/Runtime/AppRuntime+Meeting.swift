import Foundation
import HandoffCore
import HandoffStore

extension AppRuntime {
    /// Writes what the meeting decided and says so in the status line.
    func record(_ change: MeetingChange) throws -> (message: String, closed: Bool) {
        let strings = state.strings
        let now = state.now
        func title(_ key: String?) -> String { state.meeting?.agenda?.items.first { $0.key == key }?.title ?? key ?? "" }
        switch change {
        case let .discussed(item, discussed):
            try store.setDiscussed(item, discussed, actor: actor, now: now)
            return (strings(discussed ? .meetingDiscussedStatus : .meetingNotDiscussedStatus, title(item)), false)
        case let .actionItem(item, body, owner, due):
            let action = try store.addActionItem(item: item, body: body, owner: owner, due: due, actor: actor, now: now)
            let who = try store.displayName(login: owner)
            return (
                due.map { strings(.meetingActionDueStatus, who, action.body, strings.date($0)) }
                    ?? strings(.meetingActionStatus, who, action.body), false
            )
        case let .editAction(id, body, owner, due):
            let action = try store.editActionItem(id, body: body, owner: owner, due: due, clearDue: due == nil, actor: actor, now: now)
            return (
                strings(
                    .meetingActionEditedStatus, strings(.agendaActionNumber, id), action.summary(strings, names: try store.memberNames())),
                false
            )
        case let .deleteAction(id):
            let action = try store.deleteActionItem(id, actor: actor, now: now)
            return (
                strings(
                    .meetingActionDeletedStatus, strings(.agendaActionNumber, id), action.summary(strings, names: try store.memberNames())),
                false
            )
        case let .actionDone(id):
            let action = try store.setActionItemDone(id, actor: actor, now: now)
            return (strings(.meetingActionDoneStatus, strings(.agendaActionNumber, id), action.body), false)
        case let .note(item, kind, body):
            let note = try store.addMeetingNote(item: item, kind: kind, body: body, actor: actor, now: now)
            return (strings(kind == .decision ? .meetingDecisionStatus : .meetingNoteStatus, title(item), note.body), false)
        case let .removeNote(id):
            let body = state.meeting?.agenda?.notes.first { $0.id == id }?.body ?? ""
            try store.removeMeetingNote(id, actor: actor, now: now)
            return (strings(.meetingNoteRemovedStatus, body), false)
        case let .attendance(login, attended):
            try store.setAttended(login, attended, actor: actor, now: now)
            return (strings(attended ? .attendeeAddedStatus : .attendeeRemovedStatus, try store.displayName(login: login)), false)
        case let .close(minutesPath):
            // The file is checked before anything is closed, so a name already taken costs nothing.
            let path = minutesPath.map { ($0 as NSString).expandingTildeInPath }
            if let path, FileManager.default.fileExists(atPath: path) {
                throw HandoffError.invalidInput(
                    Message(.alreadyExistsTheMeeting, "\(path)"))
            }
            // Everyone with the board open now attended, this screen's person included.
            let meeting = try store.closeMeeting(actor: actor, now: now, present: [actor] + state.presence.map(\.login))
            let actions = try store.actionItems(meetingID: meeting.id).count
            let count = actions == 1 ? strings(.meetingActionOne) : strings(.meetingActionCount, actions)
            guard let path else { return (strings(.meetingClosedStatus, count, strings.dateTime(now)), true) }
            let minutes = try store.minutes(meetingID: meeting.id, language: strings.language, format: "markdown") ?? ""
            guard FileManager.default.createFile(atPath: path, contents: Data(minutes.utf8)) else {
                throw HandoffError.storage(
                    Message(.couldNotWriteTheMeeting, "\(path)", "\(meeting.id)"))
            }
            return (strings(.meetingClosedMinutesStatus, count, path, strings.dateTime(now)), true)
        }
    }
}

/// The room follows the chair: a meeting screen that may run the meeting publishes where it
/// stands in the presence file (see `Presence.publish`); screens opened with `--follow` show the
/// position published last. Publishing happens after the frame is drawn, never between a key and
/// its frame.
extension AppRuntime {
    /// Publishes this screen's meeting position if it changed (at most every 150 ms; a held-back
    /// one goes out on the next frame or idle tick). Called by the loop after each frame.
    public func publishMeetingPosition(at now: Int64 = Presence.clock()) {
        guard let presence else { return }
        let position = state.meetingPosition
        guard position != meetingLink.published || meetingLink.pending else { return }
        guard now - meetingLink.publishedAt >= MeetingLink.publishIntervalMilliseconds else {
            meetingLink.pending = true
            return
        }
        // A lost write is retried on the next frame: the position is still different then.
        guard (try? presence.publish(position, at: now)) != nil else { return }
        meetingLink.published = position
        meetingLink.publishedAt = now
        meetingLink.pending = false
    }

    /// On a screen that follows, shows the chair's position when it moved.
    func followChair(_ presence: Presence, at now: Int64) {
        guard state.meeting?.following != nil else { return }
        let chair = try? presence.chair(at: now)
        guard chair != meetingLink.followed || state.meeting?.following?.live != (chair != nil) else { return }
        meetingLink.followed = chair
        send(.followed(chair))
    }

    /// While a meeting is being recorded on this screen, the members present (with the board
    /// open, this screen's person included) are added to its attendees as they come.
    func noteAttendance() {
        guard let meeting = state.meeting, meeting.following == nil, meeting.agenda?.meeting != nil, state.refusal(.runMeeting) == nil
        else { return }
        let present = Set([actor] + state.presence.map(\.login))
        guard present != meetingLink.notedPresent else { return }
        meetingLink.notedPresent = present
        guard let added = try? store.notePresent(present.sorted(), actor: actor, now: state.now), !added.isEmpty else { return }
        for action in perform(.loadMeeting) { send(action) }
    }
}
