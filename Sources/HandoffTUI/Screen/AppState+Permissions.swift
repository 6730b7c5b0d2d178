import HandoffCore

/// The same permission rules the store enforces, checked before a key opens a form, so nobody
/// types an amount or a reason only to be told at the end that their team may not do it.
extension AppState {
    /// The acting member, when the board has members and the user is one.
    public var member: Member? { reference.members.first { $0.login == user } }

    /// Why nothing can be changed from this session (`--read-only`, or not a member), or nil.
    public var writeRefusal: Message? {
        if readOnly { return Message(.thisBoardIsOpen) }
        if reference.permissions.hasMembers && member == nil { return Permissions.joinHint(user) }
        return nil
    }

    /// The refusal the store would give for `ability`, or nil when the user may.
    func refusal(_ ability: Ability) -> Message? {
        writeRefusal ?? reference.permissions.refusal(ability, login: user, member: member)
    }

    func refusal(toMove lead: Lead, to target: Stage) -> Message? {
        guard let current = pipeline.stage(lead.stage) else { return writeRefusal }
        return writeRefusal
            ?? reference.permissions.refusal(
                Ability.forMove(from: current, to: target), login: user, member: member,
                doing: Ability.phrase(forMoveFrom: current, to: target))
    }

    mutating func refuse(_ message: Message) -> [Effect] {
        status = StatusMessage(strings(message), tone: .error)
        return []
    }
}
